package io.github.taskrouter4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import org.junit.jupiter.api.Test;

class JsonInputTest {

  static String problem(String text) {
    JsonProcessingException e =
        catchThrowableOfType(
            JsonProcessingException.class, () -> JsonInput.readTree(TaskRouterJson.mapper(), text));
    assertThat(e).as("refused: " + text).isNotNull();
    return JsonInput.describe(e);
  }

  @Test
  void oneValue_isRead() throws Exception {
    assertThat(JsonInput.readTree(TaskRouterJson.mapper(), " {\"a\":1} ").path("a").asInt())
        .isEqualTo(1);
  }

  @Test
  void closingBraceTooMany_isTrailingContent() {
    assertThat(problem("{\"a\":1}}garbage"))
        .isEqualTo("line 1, column 8: unexpected content after the JSON value");
  }

  @Test
  void secondValue_isTrailingContent() {
    assertThat(problem("{\"a\":1} {\"b\":2}"))
        .isEqualTo("line 1, column 9: unexpected content after the JSON value");
  }

  @Test
  void nestingBeyondTheLimit_namesTheLimitNotAClass() {
    int limit = StreamReadConstraints.defaults().getMaxNestingDepth();

    assertThat(problem("[".repeat(limit + 10) + "]".repeat(limit + 10)))
        .endsWith("the JSON is nested deeper than " + limit + " levels")
        .doesNotContain("`")
        .doesNotContain("StreamReadConstraints");
  }

  @Test
  void syntaxError_keepsJacksonsPlainWords_andTheLocation() {
    assertThat(problem("{\"a\": tru}"))
        .startsWith("line 1, column ")
        .contains("Unrecognized token 'tru'")
        .doesNotContain("`");
  }
}
