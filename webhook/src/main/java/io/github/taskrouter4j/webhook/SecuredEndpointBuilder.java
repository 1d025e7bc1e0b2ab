package io.github.taskrouter4j.webhook;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The signature policy every endpoint builder offers, written once: {@link
 * AssignmentEndpoint.Builder} and {@link EventEndpoint.Builder} extend it.
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class SecuredEndpointBuilder<B extends SecuredEndpointBuilder<B>> {
  private Optional<SignatureValidator> validator = Optional.empty();
  private boolean skipValidation;
  private Optional<URI> publicBaseUrl = Optional.empty();
  private boolean trustForwardedHeaders;

  SecuredEndpointBuilder() {}

  /** This builder, typed as the concrete builder. */
  abstract B self();

  /**
   * Validates signatures with this validator (subaccounts, scheme policy).
   *
   * @param validator the validator
   * @return this
   */
  public B signatureValidator(SignatureValidator validator) {
    this.validator = Optional.of(Objects.requireNonNull(validator, "validator == null"));
    return self();
  }

  /**
   * Validates signatures with the account's Auth Token.
   *
   * @param authToken the Auth Token
   * @return this
   */
  public B authToken(String authToken) {
    return signatureValidator(SignatureValidator.of(authToken));
  }

  /**
   * Accepts unsigned requests. Only for local tests: anyone could then call the endpoint.
   *
   * @return this
   */
  public B skipSignatureValidation() {
    this.skipValidation = true;
    return self();
  }

  /**
   * The scheme and host Twilio calls, when the server sits behind a proxy: the signature is checked
   * against this base plus the request's path and query.
   *
   * @param base for example {@code https://app.example.com}
   * @return this
   */
  public B publicBaseUrl(URI base) {
    this.publicBaseUrl = Optional.of(Objects.requireNonNull(base, "base == null"));
    return self();
  }

  /**
   * Rebuilds the public URL from {@code X-Forwarded-Proto}, {@code X-Forwarded-Host} and {@code
   * X-Forwarded-Port}. Enable only behind a proxy that sets them.
   *
   * @return this
   */
  public B trustForwardedHeaders() {
    this.trustForwardedHeaders = true;
    return self();
  }

  /**
   * The policy set so far; fails if none or two contradicting ones were chosen.
   *
   * @param endpoint the endpoint's name for the message, e.g. {@code AssignmentEndpoint}
   */
  CallbackSecurity security(String endpoint) {
    return CallbackSecurity.build(
        validator, skipValidation, publicBaseUrl, trustForwardedHeaders, endpoint);
  }
}
