package io.github.taskrouter4j.testing;

import static io.github.taskrouter4j.testing.TaskRouterAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.taskrouter4j.workflow.expression.Expressions;
import org.junit.jupiter.api.Test;

class ExpressionAssertTest {

  @Test
  void rendersAs_parsedText_passesWithOriginalText() {
    assertThat(Expressions.parseFilter("customer_value == 'Gold'"))
        .rendersAs("customer_value == 'Gold'");
  }

  @Test
  void rendersAs_otherText_failsShowingBoth() {
    assertThatThrownBy(
            () ->
                assertThat(Expressions.parseFilter("customer_value == 'Gold'"))
                    .rendersAs("customer_value == 'Silver'"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to render as")
        .hasMessageContaining("customer_value == 'Silver'")
        .hasMessageContaining("but it renders as")
        .hasMessageContaining("customer_value == 'Gold'");
  }

  @Test
  void matches_filterExpression_evaluatesTaskAttributes() {
    assertThat(Expressions.parseFilter("customer_value == 'Gold'"))
        .matches("{\"customer_value\": \"Gold\"}")
        .doesNotMatch("{\"customer_value\": \"Silver\"}");
  }

  @Test
  void matches_wrongOutcome_failsShowingExpressionAndAttributes() {
    assertThatThrownBy(
            () ->
                assertThat(Expressions.parseFilter("customer_value == 'Gold'"))
                    .matches("{\"customer_value\": \"Silver\"}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("customer_value == 'Gold'")
        .hasMessageContaining("to match attributes")
        .hasMessageContaining("{\"customer_value\":\"Silver\"}")
        .hasMessageContaining("but it did not");
  }

  @Test
  void matches_targetExpressionWithOneDocument_explainsTheTwoArgumentForm() {
    assertThatThrownBy(() -> assertThat(Expressions.parseTarget("1==1")).matches("{}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("use matches(task, worker)");
  }

  @Test
  void matches_invalidJson_saysSo() {
    assertThatThrownBy(() -> assertThat(Expressions.parseFilter("1==1")).matches("{"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attributes are not valid JSON");
  }
}
