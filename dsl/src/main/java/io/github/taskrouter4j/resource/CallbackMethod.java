package io.github.taskrouter4j.resource;

/** The HTTP method Twilio uses to call one of your callback URLs. */
public enum CallbackMethod {
  /** {@code GET}: lets Twilio cache static files (hold music). */
  GET,
  /** {@code POST}: Twilio's default. */
  POST
}
