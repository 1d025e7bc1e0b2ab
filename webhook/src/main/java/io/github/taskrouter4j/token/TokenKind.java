package io.github.taskrouter4j.token;

/** Which kind of Twilio token a {@link DecodedToken} is. */
public enum TokenKind {
  /** An Access Token ({@code cty: twilio-fpa;v=1}, {@code grants}). */
  ACCESS_TOKEN,
  /** A legacy TaskRouter capability token ({@code version: v1}, {@code policies}). */
  CAPABILITY_TOKEN
}
