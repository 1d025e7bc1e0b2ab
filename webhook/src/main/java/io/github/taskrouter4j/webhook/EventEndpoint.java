package io.github.taskrouter4j.webhook;

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

  private final CallbackIntake<TaskRouterEvent> intake;
  private final EventHandler handler;
  private final Optional<EventDeduplicator> deduplicator;

  private EventEndpoint(
      CallbackSecurity security, EventHandler handler, Optional<EventDeduplicator> deduplicator) {
    this.intake = new CallbackIntake<>(security, "event", LOG, TaskRouterEvent::fromForm);
    this.handler = handler;
    this.deduplicator = deduplicator;
  }

  /** A builder; a handler and a signature policy are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public WebhookResponse handle(WebhookRequest request) {
    return intake.handle(request, this::answer);
  }

  private WebhookResponse answer(TaskRouterEvent event) {
    if (deduplicator.isPresent() && !deduplicator.get().firstDelivery(event)) {
      return WebhookResponse.noContent();
    }
    try {
      handler.onEvent(event);
    } catch (RuntimeException e) {
      return intake.handlerFailed(event, e);
    }
    return WebhookResponse.noContent();
  }

  /**
   * Builds an {@link EventEndpoint}: a signature policy ({@code authToken}, {@code
   * signatureValidator} or, for local tests, {@code skipSignatureValidation}), a handler and
   * optionally a de-duplicator.
   */
  public static final class Builder extends SecuredEndpointBuilder<Builder> {
    private Optional<EventDeduplicator> deduplicator = Optional.empty();
    private EventHandler handler;

    private Builder() {}

    @Override
    Builder self() {
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
      return new EventEndpoint(security("EventEndpoint"), handler, deduplicator);
    }
  }
}
