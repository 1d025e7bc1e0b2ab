package io.github.taskrouter4j.webhook;

import java.util.Objects;

/**
 * The Servlet-agnostic core of an assignment-callback endpoint: checks {@code X-Twilio-Signature},
 * parses the callback, asks your {@link AssignmentHandler}, and answers with the instruction's JSON
 * and {@code Content-Type: application/json}, serialized once.
 *
 * <pre>{@code
 * AssignmentEndpoint endpoint = AssignmentEndpoint.builder()
 *     .authToken(System.getenv("TWILIO_AUTH_TOKEN"))
 *     .publicBaseUrl(URI.create("https://app.example.com"))   // the host Twilio calls
 *     .handler(callback -> Instruction.accept())
 *     .build();
 * WebhookResponse response = endpoint.handle(request);          // 200 {"instruction":"accept"}
 * }</pre>
 *
 * <p>Answers: 405 for anything but POST, 403 for a missing or wrong signature, 400 for a callback
 * that cannot be read, 500 if the handler throws or returns {@code null} (TaskRouter then tries the
 * fallback URL). Error bodies never contain the auth token or the exception's message.
 */
public final class AssignmentEndpoint implements WebhookEndpoint {
  private static final System.Logger LOG = System.getLogger(AssignmentEndpoint.class.getName());

  private final CallbackIntake<AssignmentCallback> intake;
  private final AssignmentHandler handler;

  private AssignmentEndpoint(CallbackSecurity security, AssignmentHandler handler) {
    this.intake = new CallbackIntake<>(security, "assignment", LOG, AssignmentCallback::fromForm);
    this.handler = handler;
  }

  /** A builder; a handler and a signature policy are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public WebhookResponse handle(WebhookRequest request) {
    return intake.handle(request, this::answer);
  }

  private WebhookResponse answer(AssignmentCallback callback) {
    Instruction instruction;
    try {
      instruction = handler.assign(callback);
    } catch (RuntimeException e) {
      return intake.handlerFailed(callback.reservationSid(), e);
    }
    if (instruction == null) {
      return WebhookResponse.error(500, "assignment handler returned null; return an Instruction");
    }
    return WebhookResponse.instruction(instruction);
  }

  /**
   * Builds an {@link AssignmentEndpoint}: a signature policy ({@code authToken}, {@code
   * signatureValidator} or, for local tests, {@code skipSignatureValidation}) and a handler.
   */
  public static final class Builder extends SecuredEndpointBuilder<Builder> {
    private AssignmentHandler handler;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Your decision logic.
     *
     * @param handler called once per valid callback
     * @return this
     */
    public Builder handler(AssignmentHandler handler) {
      this.handler = Objects.requireNonNull(handler, "handler == null");
      return this;
    }

    /** Builds the endpoint; fails if the handler or the signature policy is missing. */
    public AssignmentEndpoint build() {
      if (handler == null) {
        throw new IllegalStateException("AssignmentEndpoint needs a handler(..)");
      }
      return new AssignmentEndpoint(security("AssignmentEndpoint"), handler);
    }
  }
}
