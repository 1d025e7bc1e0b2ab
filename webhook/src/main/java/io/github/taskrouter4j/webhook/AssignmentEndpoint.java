package io.github.taskrouter4j.webhook;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

  private final CallbackSecurity security;
  private final AssignmentHandler handler;

  private AssignmentEndpoint(CallbackSecurity security, AssignmentHandler handler) {
    this.security = security;
    this.handler = handler;
  }

  /** A builder; a handler and a signature policy are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public WebhookResponse handle(WebhookRequest request) {
    if (!request.method().equals("POST")) {
      return WebhookResponse.error(405, "assignment callbacks are POSTed; got " + request.method());
    }
    Map<String, List<String>> form;
    try {
      form = CallbackParams.decodeForm(request.bodyText());
    } catch (InvalidCallbackException e) {
      return WebhookResponse.error(400, e.getMessage());
    }
    SignatureCheck check = security.check(request, form);
    if (!check.isValid()) {
      LOG.log(Level.WARNING, "rejected assignment callback: {0}", check.explanation());
      return WebhookResponse.error(403, "invalid " + TwilioSignature.HEADER);
    }
    AssignmentCallback callback;
    try {
      callback = AssignmentCallback.fromForm(form);
    } catch (InvalidCallbackException e) {
      return WebhookResponse.error(400, e.getMessage());
    }
    Instruction instruction;
    try {
      instruction = handler.assign(callback);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "assignment handler failed for " + callback.reservationSid(), e);
      return WebhookResponse.error(
          500, "assignment handler failed: " + e.getClass().getSimpleName());
    }
    if (instruction == null) {
      return WebhookResponse.error(500, "assignment handler returned null; return an Instruction");
    }
    return WebhookResponse.instruction(instruction);
  }

  /** Builds an {@link AssignmentEndpoint}. */
  public static final class Builder {
    private Optional<SignatureValidator> validator = Optional.empty();
    private boolean skipValidation;
    private Optional<URI> publicBaseUrl = Optional.empty();
    private boolean trustForwardedHeaders;
    private AssignmentHandler handler;

    private Builder() {}

    /**
     * Validates signatures with this validator (subaccounts, scheme policy).
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
     * Accepts unsigned requests. Only for local tests: anyone could then assign your tasks.
     *
     * @return this
     */
    public Builder skipSignatureValidation() {
      this.skipValidation = true;
      return this;
    }

    /**
     * The scheme and host Twilio calls, when the server sits behind a proxy: the signature is
     * checked against this base plus the request's path and query.
     *
     * @param base for example {@code https://app.example.com}
     * @return this
     */
    public Builder publicBaseUrl(URI base) {
      this.publicBaseUrl = Optional.of(Objects.requireNonNull(base, "base == null"));
      return this;
    }

    /**
     * Rebuilds the public URL from {@code X-Forwarded-Proto}, {@code X-Forwarded-Host} and {@code
     * X-Forwarded-Port}. Enable only behind a proxy that sets them.
     *
     * @return this
     */
    public Builder trustForwardedHeaders() {
      this.trustForwardedHeaders = true;
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
      return new AssignmentEndpoint(
          CallbackSecurity.build(
              validator,
              skipValidation,
              publicBaseUrl,
              trustForwardedHeaders,
              "AssignmentEndpoint"),
          handler);
    }
  }
}
