package io.github.taskrouter4j.emulator.internal.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may use the console: callers with the emulator's HTTP Basic credentials, or with a one-time
 * login token; either gets a session cookie and a per-session CSRF token for its forms.
 */
final class ConsoleSessions {
  static final String COOKIE = "taskrouter4j_console";
  private static final int TOKEN_BYTES = 24;
  private static final int MAX_SESSIONS = 1_000;

  private final SecureRandom random = new SecureRandom();
  private final byte[] expectedAuthorization;
  private final Set<String> loginTokens = ConcurrentHashMap.newKeySet();
  private final Map<String, String> csrfBySession = new ConcurrentHashMap<>();

  ConsoleSessions(String accountSid, String authToken) {
    String basic = accountSid + ":" + authToken;
    this.expectedAuthorization =
        ("Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)))
            .getBytes(StandardCharsets.UTF_8);
  }

  /** A new token that opens one session, once. */
  String newLoginToken() {
    String token = randomToken();
    loginTokens.add(token);
    return token;
  }

  /** A new session if {@code token} is an unused login token (it is used up either way). */
  Optional<String> login(String token) {
    return token != null && loginTokens.remove(token)
        ? Optional.of(newSession())
        : Optional.empty();
  }

  boolean basicAuthorized(String authorizationHeader) {
    return authorizationHeader != null
        && MessageDigest.isEqual(
            authorizationHeader.trim().getBytes(StandardCharsets.UTF_8), expectedAuthorization);
  }

  String newSession() {
    if (csrfBySession.size() >= MAX_SESSIONS) {
      csrfBySession.clear(); // a local tool: forget everyone rather than grow without bound
    }
    String session = randomToken();
    csrfBySession.put(session, randomToken());
    return session;
  }

  /** The CSRF token of a live session. */
  Optional<String> csrf(String session) {
    return session == null ? Optional.empty() : Optional.ofNullable(csrfBySession.get(session));
  }

  boolean csrfMatches(String session, String submitted) {
    Optional<String> expected = csrf(session);
    return expected.isPresent()
        && submitted != null
        && MessageDigest.isEqual(
            expected.get().getBytes(StandardCharsets.UTF_8),
            submitted.getBytes(StandardCharsets.UTF_8));
  }

  /** The session named by the request's Cookie header, if it is live. */
  Optional<String> session(String cookieHeader) {
    if (cookieHeader == null) {
      return Optional.empty();
    }
    for (String part : cookieHeader.split(";")) {
      String[] pair = part.trim().split("=", 2);
      if (pair.length == 2 && pair[0].equals(COOKIE) && csrfBySession.containsKey(pair[1])) {
        return Optional.of(pair[1]);
      }
    }
    return Optional.empty();
  }

  private String randomToken() {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
