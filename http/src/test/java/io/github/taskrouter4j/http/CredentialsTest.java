package io.github.taskrouter4j.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialsTest {
  static final String ACCOUNT = TwilioHttpClientTest.ACCOUNT;
  static final String KEY = "SK" + "fedcba9876543210".repeat(2);

  @Test
  void fromEnvironment_authToken_read() {
    Credentials credentials =
        Credentials.fromEnvironment(
            Map.of("TWILIO_ACCOUNT_SID", ACCOUNT, "TWILIO_AUTH_TOKEN", "tok")::get);

    assertThat(credentials.accountSid()).isEqualTo(ACCOUNT);
    assertThat(credentials.username()).isEqualTo(ACCOUNT);
  }

  @Test
  void fromEnvironment_apiKeyPreferred() {
    Credentials credentials =
        Credentials.fromEnvironment(
            Map.of(
                    "TWILIO_ACCOUNT_SID",
                    ACCOUNT,
                    "TWILIO_AUTH_TOKEN",
                    "tok",
                    "TWILIO_API_KEY",
                    KEY,
                    "TWILIO_API_SECRET",
                    "sec")
                ::get);

    assertThat(credentials.username()).isEqualTo(KEY);
    assertThat(credentials.toString())
        .isEqualTo("Credentials[accountSid=" + ACCOUNT + ", apiKeySid=" + KEY + ", secret=****]");
  }

  @Test
  void fromEnvironment_missingToken_namesIt() {
    assertThatThrownBy(
            () -> Credentials.fromEnvironment(Map.of("TWILIO_ACCOUNT_SID", ACCOUNT)::get))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Environment variable TWILIO_AUTH_TOKEN is not set;");
  }

  @Test
  void fromEnvironment_nothingSet_namesAccountSid() {
    assertThatThrownBy(() -> Credentials.fromEnvironment(name -> null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Environment variable TWILIO_ACCOUNT_SID is not set;");
  }

  @Test
  void fromEnvironment_apiKeyWithoutSecret_namesSecret() {
    assertThatThrownBy(
            () ->
                Credentials.fromEnvironment(
                    Map.of(
                            "TWILIO_ACCOUNT_SID",
                            ACCOUNT,
                            "TWILIO_API_KEY",
                            KEY,
                            "TWILIO_API_SECRET",
                            " ")
                        ::get))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "Environment variable TWILIO_API_SECRET is not set (required because TWILIO_API_KEY is set)");
  }

  @Test
  void toString_hidesAuthToken() {
    assertThat(Credentials.authToken(ACCOUNT, "hunter2").toString())
        .isEqualTo("Credentials[accountSid=" + ACCOUNT + ", authToken=****]");
  }

  @Test
  void malformedSid_explainedWithoutEchoingIt() {
    // Someone pasting the token where the SID goes must not see it printed back.
    assertThatThrownBy(() -> Credentials.authToken("0123456789abcdef0123456789abcdef", "tok"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "accountSid must be AC followed by 32 hexadecimal digits; the value given starts with \"01\" and has 32 characters")
        .hasMessageNotContaining("0123456789abcdef");
    assertThatThrownBy(() -> Credentials.apiKey(ACCOUNT, "AC" + "0".repeat(32), "s"))
        .hasMessageStartingWith("apiKeySid must be SK followed by 32 hexadecimal digits");
    assertThatThrownBy(() -> Credentials.authToken(ACCOUNT, "  "))
        .hasMessage("authToken must not be blank");
  }
}
