package io.github.taskrouter4j.webhook;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking an {@code X-Twilio-Signature}: whether it is valid, which URL spelling
 * matched, and otherwise why not (for logs and diagnosis; never contains the auth token).
 */
public final class SignatureCheck {
  private final boolean valid;
  private final Optional<String> matchedUrl;
  private final String explanation;

  private SignatureCheck(boolean valid, Optional<String> matchedUrl, String explanation) {
    this.valid = valid;
    this.matchedUrl = matchedUrl;
    this.explanation = explanation;
  }

  static SignatureCheck valid(String url) {
    return new SignatureCheck(true, Optional.of(url), "signature matches " + url);
  }

  static SignatureCheck invalid(String explanation) {
    return new SignatureCheck(false, Optional.empty(), Objects.requireNonNull(explanation));
  }

  /** Whether the request is authentic. */
  public boolean isValid() {
    return valid;
  }

  /** The URL spelling the signature was computed over, when valid. */
  public Optional<String> matchedUrl() {
    return matchedUrl;
  }

  /**
   * Why the check passed or failed, e.g. {@code no spelling of the URL matched; tried [...]; the
   * URL must be exactly the one configured in TaskRouter}.
   */
  public String explanation() {
    return explanation;
  }

  @Override
  public String toString() {
    return (valid ? "valid: " : "invalid: ") + explanation;
  }
}
