package io.github.taskrouter4j.webhook;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Servlet-agnostic core of an event-callback endpoint: checks the signature, parses the typed
 * {@link TaskRouterEvent}, drops redeliveries if a {@link EventDeduplicator} is set, calls your
 * {@link EventHandler}, and answers {@code 204} with {@code Content-Type: application/json} as
 * TaskRouter asks.
 *
 * <pre>{@code
 * EventEndpoint endpoint = EventEndpoint.builder()
 *     .authToken(authToken)
 *     .deduplicator(EventDeduplicator.create(10_000, Duration.ofHours(4)))
 *     .handler(event -> {
 *       if (event.type() == EventType.TASK_CANCELED) { ... }
 *     })
 *     .build();
 * }</pre>
 *
 * <p>Answers: 405 for anything but POST, 403 for a bad signature, 400 for an unreadable event, 500
 * if the handler throws, 204 otherwise (also for a duplicate, which the handler does not see).
 */
public final class EventEndpoint implements WebhookEndpoint {
  private static final System.Logger LOG = System.getLogger(EventEndpoint.class.getName());

  private final CallbackSecurity security;
  private final EventHandler handler;
  private final Optional<EventDeduplicator> deduplicator;

  private EventEndpoint(
      CallbackSecurity security, EventHandler handler, Optional<EventDeduplicator> deduplicator) {
    this.security = security;
    this.handler = handler;
    this.deduplicator = deduplicator;
  }

  /** A builder; a handler and a signature policy are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public WebhookResponse handle(WebhookRequest request) {
    if (!request.method().equals("POST")) {
      return WebhookResponse.error(405, "event callbacks are POSTed; got " + request.method());
    }
    TaskRouterEvent event;
    try {
      Map<String, List<String>> form = CallbackParams.decodeForm(request.bodyText());
      SignatureCheck check = security.check(request, form);
      if (!check.isValid()) {
        LOG.log(Level.WARNING, "rejected event callback: {0}", check.explanation());
        return WebhookResponse.error(403, "invalid " + TwilioSignature.HEADER);
      }
      event = TaskRouterEvent.fromForm(form);
    } catch (InvalidCallbackException e) {
      return WebhookResponse.error(400, e.getMessage());
    }
    if (deduplicator.isPresent() && !deduplicator.get().firstDelivery(event)) {
      return WebhookResponse.noContent();
    }
    try {
      handler.onEvent(event);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "event handler failed for " + event, e);
      return WebhookResponse.error(500, "event handler failed: " + e.getClass().getSimpleName());
    }
    return WebhookResponse.noContent();
  }

  /** Builds an {@link EventEndpoint}. */
  public static final class Builder {
    private Optional<SignatureValidator> validator = Optional.empty();
    private boolean skipValidation;
    private Optional<URI> publicBaseUrl = Optional.empty();
    private boolean trustForwardedHeaders;
    private Optional<EventDeduplicator> deduplicator = Optional.empty();
    private EventHandler handler;

    private Builder() {}

    /**
     * Validates signatures with this validator.
     *
     * @param validator the validator
     * @return this
     */
    public Builder signatureValidator(SignatureValidator validator) {
      this.validator = Optional.of(Objects.requireNonNull(validator, "validator == null"));
      return this;
    }

    /**
     * Validates signatures with the account's Auth Token.
     *
     * @param authToken the Auth Token
     * @return this
     */
    public Builder authToken(String authToken) {
      return signatureValidator(SignatureValidator.of(authToken));
    }

    /**
     * Accepts unsigned requests; only for local tests.
     *
     * @return this
     */
    public Builder skipSignatureValidation() {
      this.skipValidation = true;
      return this;
    }

    /**
     * The scheme and host Twilio calls, when behind a proxy.
     *
     * @param base for example {@code https://app.example.com}
     * @return this
     */
    public Builder publicBaseUrl(URI base) {
      this.publicBaseUrl = Optional.of(Objects.requireNonNull(base, "base == null"));
      return this;
    }

    /**
     * Rebuilds the public URL from {@code X-Forwarded-*} headers; only behind a proxy that sets
     * them.
     *
     * @return this
     */
    public Builder trustForwardedHeaders() {
      this.trustForwardedHeaders = true;
      return this;
    }

    /**
     * Drops redelivered events (same event SID) before they reach the handler.
     *
     * @param deduplicator the de-duplicator, usually shared by all requests
     * @return this
     */
    public Builder deduplicator(EventDeduplicator deduplicator) {
      this.deduplicator = Optional.of(Objects.requireNonNull(deduplicator, "deduplicator == null"));
      return this;
    }

    /**
     * Your processing.
     *
     * @param handler called once per valid, new event
     * @return this
     */
    public Builder handler(EventHandler handler) {
      this.handler = Objects.requireNonNull(handler, "handler == null");
      return this;
    }

    /** Builds the endpoint; fails if the handler or the signature policy is missing. */
    public EventEndpoint build() {
      if (handler == null) {
        throw new IllegalStateException("EventEndpoint needs a handler(..)");
      }
      return new EventEndpoint(
          CallbackSecurity.build(
              validator, skipValidation, publicBaseUrl, trustForwardedHeaders, "EventEndpoint"),
          handler,
          deduplicator);
    }
  }
}
