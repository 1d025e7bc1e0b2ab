package io.github.taskrouter4j.emulator.internal.console;

import io.github.taskrouter4j.emulator.internal.engine.Emulation;
import io.github.taskrouter4j.emulator.internal.http.ApiHandler;
import io.github.taskrouter4j.emulator.internal.http.ExchangeHandler;

/**
 * The web console of one emulator: register {@link #handler()} at {@code /console} and {@link
 * #close()} it when the emulator stops (that ends the open live-update streams).
 */
public final class Console implements AutoCloseable {
  private final ConsoleSessions sessions;
  private final LiveUpdates live;
  private final ConsoleHandler handler;

  /**
   * A console over {@code emulation}, whose actions go through {@code api} (the REST endpoints
   * answered in process) and advance {@code clock} when it is manual.
   */
  public Console(Emulation emulation, ConsoleClock clock, ApiHandler api) {
    this.sessions = new ConsoleSessions(emulation.accountSid, emulation.authToken);
    this.live = new LiveUpdates(emulation, clock);
    this.handler =
        new ConsoleHandler(emulation, clock, sessions, new ConsoleActions(api, clock), live);
  }

  /** The handler of every path under {@code /console}. */
  public ExchangeHandler handler() {
    return handler;
  }

  /** A new one-time login token: {@code /console/login?token=…} opens one session. */
  public String newLoginToken() {
    return sessions.newLoginToken();
  }

  /** Ends the live-update streams and their thread. */
  @Override
  public void close() {
    live.close();
  }
}
