package io.github.taskrouter4j.emulator.internal.http;

import java.io.IOException;

/** Answers one request; it must answer every exchange it is given, once. */
@FunctionalInterface
public interface ExchangeHandler {
  /**
   * Answers {@code exchange}.
   *
   * @throws IOException when the connection failed (the front closes it)
   */
  void handle(ServerExchange exchange) throws IOException;
}
