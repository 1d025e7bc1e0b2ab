package io.github.taskrouter4j.emulator.internal.http;

import java.io.IOException;

/**
 * The one root of the emulator's HTTP answers, over sockets and in process alike: {@code /console}
 * and below to the console, {@code OPTIONS *} answered here, everything else to the REST API (whose
 * unknown paths get 404, code 20404).
 */
public final class Dispatch implements ExchangeHandler {
  /** The methods the REST API answers, as {@code OPTIONS *} lists them. */
  static final String ALLOWED = "GET, POST, DELETE";

  private final ExchangeHandler api;
  private final ExchangeHandler console;

  /** Sends console paths to {@code console}, the rest to {@code api}. */
  public Dispatch(ExchangeHandler api, ExchangeHandler console) {
    this.api = api;
    this.console = console;
  }

  @Override
  public void handle(ServerExchange exchange) throws IOException {
    String path = exchange.path();
    if (path.equals(RequestHead.ASTERISK)) {
      exchange.setHeader("Allow", ALLOWED);
      exchange.respondError(
          new ApiError(
              405,
              20004,
              "OPTIONS * is not answered: the TaskRouter API answers "
                  + ALLOWED
                  + " on its paths"));
    } else if (path.equals("/console") || path.startsWith("/console/")) {
      console.handle(exchange);
    } else {
      api.handle(exchange);
    }
  }
}
