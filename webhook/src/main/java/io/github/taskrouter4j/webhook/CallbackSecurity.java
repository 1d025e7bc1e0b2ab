package io.github.taskrouter4j.webhook;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Signature policy and public-URL reconstruction shared by the endpoints. */
final class CallbackSecurity {
  private final Optional<SignatureValidator> validator;
  private final Optional<URI> publicBaseUrl;
  private final boolean trustForwardedHeaders;

  CallbackSecurity(
      Optional<SignatureValidator> validator,
      Optional<URI> publicBaseUrl,
      boolean trustForwardedHeaders) {
    this.validator = validator;
    this.publicBaseUrl = publicBaseUrl;
    this.trustForwardedHeaders = trustForwardedHeaders;
  }

  static CallbackSecurity build(
      Optional<SignatureValidator> validator,
      boolean skipValidation,
      Optional<URI> publicBaseUrl,
      boolean trustForwardedHeaders,
      String endpoint) {
    if (validator.isEmpty() && !skipValidation) {
      throw new IllegalStateException(
          endpoint
              + " needs a signatureValidator(..) or authToken(..); call"
              + " skipSignatureValidation() only for local tests");
    }
    if (validator.isPresent() && skipValidation) {
      throw new IllegalStateException(
          endpoint + " has both a signature validator and skipSignatureValidation()");
    }
    publicBaseUrl.ifPresent(
        u -> {
          if (u.getScheme() == null || u.getHost() == null) {
            throw new IllegalArgumentException(
                "publicBaseUrl must be absolute, like https://app.example.com, was " + u);
          }
        });
    return new CallbackSecurity(validator, publicBaseUrl, trustForwardedHeaders);
  }

  /** The URL Twilio called: the server's URL, with the public base or forwarded headers applied. */
  String publicUrl(WebhookRequest request) {
    URI seen = URI.create(request.url());
    String pathAndQuery =
        (seen.getRawPath() == null || seen.getRawPath().isEmpty() ? "/" : seen.getRawPath())
            + (seen.getRawQuery() == null ? "" : "?" + seen.getRawQuery());
    if (publicBaseUrl.isPresent()) {
      String base = publicBaseUrl.get().toString();
      if (base.endsWith("/")) {
        base = base.substring(0, base.length() - 1);
      }
      return base + pathAndQuery;
    }
    if (trustForwardedHeaders) {
      String scheme = first(request.header("X-Forwarded-Proto")).orElse(seen.getScheme());
      String host = first(request.header("X-Forwarded-Host")).orElse(seen.getRawAuthority());
      Optional<String> port = first(request.header("X-Forwarded-Port"));
      if (port.isPresent() && !host.contains(":")) {
        host = host + ":" + port.get();
      }
      return scheme + "://" + host + pathAndQuery;
    }
    return request.url();
  }

  private static Optional<String> first(Optional<String> header) {
    return header.map(h -> h.split(",")[0].trim()).filter(h -> !h.isEmpty());
  }

  /** Checks the signature of a form or JSON request; valid if validation is skipped. */
  SignatureCheck check(WebhookRequest request, Map<String, List<String>> form) {
    if (validator.isEmpty()) {
      return SignatureCheck.valid(request.url() + " (signature validation skipped)");
    }
    String url = publicUrl(request);
    Optional<String> signature = request.header(TwilioSignature.HEADER);
    return request.isJson()
        ? validator.get().checkJson(url, request.body(), signature)
        : validator.get().check(url, form, signature);
  }
}
