package io.github.taskrouter4j.webhook;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The request handling every endpoint shares: POST only, form decoding, the signature check, typed
 * parsing, and the answer when the user's handler throws. Each refusal is an error response, never
 * an exception.
 *
 * @param <T> the typed callback, e.g. {@link AssignmentCallback}
 */
final class CallbackIntake<T> {
  private final CallbackSecurity security;
  private final int maxBodyBytes;
  private final String kind;
  private final Logger log;
  private final Function<Map<String, List<String>>, T> parser;

  /**
   * An intake for one kind of callback.
   *
   * @param security the signature policy
   * @param maxBodyBytes the largest body read
   * @param kind the callback's kind for messages: {@code assignment} or {@code event}
   * @param log the endpoint's logger
   * @param parser reads the decoded form; throws {@link InvalidCallbackException}
   */
  CallbackIntake(
      CallbackSecurity security,
      int maxBodyBytes,
      String kind,
      Logger log,
      Function<Map<String, List<String>>, T> parser) {
    this.security = security;
    this.maxBodyBytes = maxBodyBytes;
    this.kind = kind;
    this.log = log;
    this.parser = parser;
  }

  /** The largest body read. */
  int maxBodyBytes() {
    return maxBodyBytes;
  }

  /**
   * The answer that needs no body: 405 for anything but POST, 403 when a signature is required and
   * absent, 413 when the declared {@code Content-Length} exceeds the limit.
   */
  Optional<WebhookResponse> refuseBeforeBody(String method, Map<String, List<String>> headers) {
    if (!method.equalsIgnoreCase("POST")) {
      return Optional.of(WebhookResponse.error(405, kind + " callbacks are POSTed; got " + method));
    }
    Map<String, List<String>> named = WebhookRequest.caseInsensitive(headers);
    if (security.requiresSignature()
        && WebhookRequest.first(named, TwilioSignature.HEADER)
            .filter(s -> !s.isEmpty())
            .isEmpty()) {
      log.log(
          Level.WARNING,
          "rejected "
              + kind
              + " callback: the request has no "
              + TwilioSignature.HEADER
              + " header");
      return Optional.of(invalidSignature());
    }
    Optional<String> declared = WebhookRequest.first(named, "Content-Length").map(String::trim);
    if (declared.isPresent() && exceedsLimit(declared.get())) {
      return Optional.of(WebhookResponse.bodyTooLarge(maxBodyBytes));
    }
    return Optional.empty();
  }

  private boolean exceedsLimit(String contentLength) {
    if (contentLength.isEmpty() || !contentLength.chars().allMatch(Character::isDigit)) {
      return false; // not a length: the server reading the body copes with it, capped
    }
    return contentLength.length() > 18 || Long.parseLong(contentLength) > maxBodyBytes;
  }

  private static WebhookResponse invalidSignature() {
    return WebhookResponse.error(403, "invalid " + TwilioSignature.HEADER);
  }

  /**
   * Reads {@code request} and hands a valid callback to {@code respond}: the refusals of {@link
   * #refuseBeforeBody}, then 413 for a body over the limit, 400 for a URL, body or callback that
   * cannot be read, 403 for a wrong signature.
   */
  WebhookResponse handle(WebhookRequest request, Function<T, WebhookResponse> respond) {
    Optional<WebhookResponse> early = refuseBeforeBody(request.method(), request.headers());
    if (early.isPresent()) {
      return early.get();
    }
    if (request.bodyLength() > maxBodyBytes) {
      return WebhookResponse.bodyTooLarge(maxBodyBytes);
    }
    Map<String, List<String>> form;
    SignatureCheck check;
    try {
      CallbackSecurity.parseUrl(request.url());
      form = CallbackParams.decodeForm(request.bodyText());
      check = security.check(request, form);
    } catch (InvalidCallbackException e) {
      return WebhookResponse.error(400, e.getMessage());
    }
    if (!check.isValid()) {
      log.log(Level.WARNING, "rejected " + kind + " callback: {0}", check.explanation());
      return invalidSignature();
    }
    T callback;
    try {
      callback = parser.apply(form);
    } catch (InvalidCallbackException e) {
      return WebhookResponse.error(400, e.getMessage());
    }
    return respond.apply(callback);
  }

  /**
   * Logs a handler's failure and answers 500 with only the exception's type (its message may hold
   * secrets), so TaskRouter tries the fallback URL.
   *
   * @param subject what the handler was working on, for the log
   * @param failure what it threw
   */
  WebhookResponse handlerFailed(Object subject, RuntimeException failure) {
    log.log(Level.ERROR, kind + " handler failed for " + subject, failure);
    return WebhookResponse.error(
        500, kind + " handler failed: " + failure.getClass().getSimpleName());
  }
}
