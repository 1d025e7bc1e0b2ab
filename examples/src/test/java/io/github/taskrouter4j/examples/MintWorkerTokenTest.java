package io.github.taskrouter4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.taskrouter4j.token.TokenDecoder;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MintWorkerTokenTest {
  private static final String KEY = "SK0123456789abcdef0123456789abcdef";
  private static final String SECRET = "example-secret";

  @Test
  void run_withApiKey_accessTokenVerifiesWithThatSecret() {
    Output out = new Output();

    int code =
        MintWorkerToken.run(out.stream, Map.of("TWILIO_API_KEY", KEY, "TWILIO_API_SECRET", SECRET));

    String text = out.text();
    assertThat(code).as(text).isZero();
    assertThat(text)
        .contains("Signing the access token with API key " + KEY + ".")
        .doesNotContain(SECRET);
    String jwt =
        Arrays.stream(text.split("\n"))
            .dropWhile(line -> !line.startsWith("Access token"))
            .skip(1)
            .findFirst()
            .orElseThrow();
    assertThat(TokenDecoder.decode(jwt, SECRET).describe())
        .startsWith("access token for identity jamie")
        .containsPattern("worker WK[0-9a-f]{32}, role worker");
  }

  @Test
  void run_withoutApiKey_usesDemoKeyAndShowsCapabilityPolicies() {
    Output out = new Output();

    int code = MintWorkerToken.run(out.stream, Map.of());

    assertThat(code).isZero();
    assertThat(out.text())
        .contains("random demo API key")
        .containsPattern("access token for identity jamie, expires [0-9T:Z-]+; task_router:")
        .containsPattern("Capability token \\(TaskRouter.js v1\\), \\d+ characters:")
        .contains("capability token for channel WK")
        .contains("may change its own activity: yes")
        .contains("may change its own attributes: no")
        .contains("may read the activities: yes")
        .contains("may delete the workspace: no");
  }
}
