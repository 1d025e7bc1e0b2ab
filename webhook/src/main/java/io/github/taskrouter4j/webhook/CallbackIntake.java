package io.github.taskrouter4j.webhook;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
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
  private final String kind;
  private final Logger log;
  private final Function<Map<String, List<String>>, T> parser;

  /**
   * An intake for one kind of callback.
   *
   * @param security the signature policy
   * @param kind the callback's kind for messages: {@code assignment} or {@code event}
   * @param log the endpoint's logger
   * @param parser reads the decoded form; throws {@link InvalidCallbackException}
   */
  CallbackIntake(
      CallbackSecurity security,
      String kind,
      Logger log,
      Function<Map<String, List<String>>, T> parser) {
    this.security = security;
    this.kind = kind;
    this.log = log;
    this.parser = parser;
  }

  /**
   * Reads {@code request} and hands a valid callback to {@code respond}: 405 for anything but POST,
   * 400 for a body or callback that cannot be read, 403 for a missing or wrong signature.
   */
  WebhookResponse handle(WebhookRequest request, Function<T, WebhookResponse> respond) {
    if (!request.method().equals("POST")) {
      return WebhookResponse.error(405, kind + " callbacks are POSTed; got " + request.method());
    }
    Map<String, List<String>> form;
    try {
      form = CallbackParams.decodeForm(request.bodyText());
    } catch (InvalidCallbackException e) {
      return WebhookResponse.error(400, e.getMessage());
    }
    SignatureCheck check = security.check(request, form);
    if (!check.isValid()) {
      log.log(Level.WARNING, "rejected " + kind + " callback: {0}", check.explanation());
      return WebhookResponse.error(403, "invalid " + TwilioSignature.HEADER);
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
