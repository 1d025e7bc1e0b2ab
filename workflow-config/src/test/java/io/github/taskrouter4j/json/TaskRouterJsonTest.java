package io.github.taskrouter4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;

class TaskRouterJsonTest {
  private static String describe(String json) {
    return TaskRouterJson.describe(
        catchThrowableOfType(JsonProcessingException.class, () -> TaskRouterJson.readTree(json)));
  }

  @Test
  void describe_textAfterTheValue_saysSoWithItsPlace() {
    assertThat(describe("{\"a\":1} {\"b\":2}"))
        .startsWith(" at line 1, column ")
        .endsWith(": unexpected content after the JSON value");
  }

  @Test
  void describe_extraCloseMarker_isASyntaxErrorWithItsPlace() {
    assertThat(describe("{\"a\":1}}garbage"))
        .isEqualTo(" at line 1, column 8: Unexpected close marker '}': no open Object to close");
  }

  @Test
  void describe_nestingBeyondTheLimit_namesNoJavaClass() {
    String message = describe("[".repeat(100_000) + "]".repeat(100_000));

    assertThat(message).contains("nested deeper than");
    assertThat(message).doesNotContain("StreamReadConstraints", "`", "Exception", "jackson");
  }

  @Test
  void describe_syntaxError_keepsLineColumnAndReason() {
    assertThat(describe("{\n  \"a\": tru }"))
        .startsWith(" at line 2, column ")
        .contains("Unrecognized token 'tru'");
  }
}
