package io.github.taskrouter4j.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.json.TaskRouterJson;
import io.github.taskrouter4j.workflow.expression.Expression;
import io.github.taskrouter4j.workflow.expression.ExpressionContext;
import io.github.taskrouter4j.workflow.expression.FilterExpression;
import io.github.taskrouter4j.workflow.expression.TargetExpression;
import io.github.taskrouter4j.workflow.expression.WorkerExpression;
import java.time.Instant;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a TaskRouter {@link Expression}; obtain one with {@link
 * TaskRouterAssertions#assertThat(Expression)}.
 *
 * <pre>{@code
 * assertThat(attr("customer_value").eq("Gold"))
 *     .rendersAs("customer_value == \"Gold\"")
 *     .matches("{\"customer_value\": \"Gold\"}")
 *     .doesNotMatch("{\"customer_value\": \"Silver\"}");
 * }</pre>
 */
public class ExpressionAssert extends AbstractAssert<ExpressionAssert, Expression> {

  ExpressionAssert(Expression actual) {
    super(actual, ExpressionAssert.class);
  }

  /**
   * Checks the text the expression renders ({@code toString()}), which is what is sent to Twilio.
   *
   * @param text the expected TaskRouter text
   * @return this assertion
   */
  public ExpressionAssert rendersAs(String text) {
    Objects.requireNonNull(text, "text == null");
    isNotNull();
    String rendered = actual.toString();
    if (!rendered.equals(text)) {
      failWithActualExpectedAndMessage(
          rendered,
          text,
          "Expecting expression to render as%n  %s%nbut it renders as%n  %s",
          text,
          rendered);
    }
    return myself;
  }

  /**
   * Checks that a filter or worker expression is true for these attributes.
   *
   * @param attributes the task attributes (filter) or worker attributes (queue target_workers), as
   *     JSON text
   * @return this assertion
   */
  public ExpressionAssert matches(String attributes) {
    return matches(parse(attributes));
  }

  /** Like {@link #matches(String)}, with the attributes as a tree. */
  public ExpressionAssert matches(JsonNode attributes) {
    return expectOne(attributes, null, true);
  }

  /** Like {@link #matches(String)}, evaluated at {@code now} (for {@code taskrouter.*} times). */
  public ExpressionAssert matchesAt(String attributes, Instant now) {
    return expectOne(parse(attributes), Objects.requireNonNull(now, "now == null"), true);
  }

  /** Checks that a filter or worker expression is false for these attributes (JSON text). */
  public ExpressionAssert doesNotMatch(String attributes) {
    return doesNotMatch(parse(attributes));
  }

  /** Like {@link #doesNotMatch(String)}, with the attributes as a tree. */
  public ExpressionAssert doesNotMatch(JsonNode attributes) {
    return expectOne(attributes, null, false);
  }

  /**
   * Checks that a target expression is true for this task and worker.
   *
   * @param task the task attributes, as JSON text
   * @param worker the worker attributes (with {@code sid}, {@code friendly_name}… merged in)
   * @return this assertion
   */
  public ExpressionAssert matches(String task, String worker) {
    return expectTwo(parse(task), parse(worker), true);
  }

  /** Checks that a target expression is false for this task and worker (JSON texts). */
  public ExpressionAssert doesNotMatch(String task, String worker) {
    return expectTwo(parse(task), parse(worker), false);
  }

  private ExpressionAssert expectOne(JsonNode attributes, Instant now, boolean expected) {
    isNotNull();
    Objects.requireNonNull(attributes, "attributes == null");
    boolean result;
    if (actual instanceof WorkerExpression) {
      WorkerExpression workers = (WorkerExpression) actual;
      result = now == null ? workers.test(attributes) : workers.test(attributes, now);
    } else if (actual instanceof FilterExpression || actual.context() == ExpressionContext.ANY) {
      // A built expression over bare attributes fits both filters and workers: evaluate it as a
      // filter, which reads the same bare attributes.
      FilterExpression filter = actual.asFilter();
      result = now == null ? filter.test(attributes) : filter.test(attributes, now);
    } else {
      failWithMessage(
          "Expecting a filter or worker expression, but %s is for context %s;%n"
              + "use matches(task, worker) for target expressions",
          actual, actual.context());
      return myself;
    }
    if (result != expected) {
      failWithMessage(
          "Expecting expression%n  %s%nto %s attributes%n  %s%nbut it %s",
          actual,
          expected ? "match" : "not match",
          TaskRouterJson.minify(attributes),
          result ? "did" : "did not");
    }
    return myself;
  }

  private ExpressionAssert expectTwo(JsonNode task, JsonNode worker, boolean expected) {
    isNotNull();
    TargetExpression target;
    try {
      target = actual.asTarget();
    } catch (IllegalArgumentException e) {
      failWithMessage(
          "Expecting a target expression (task./worker. prefixes), but %s is for context %s",
          actual, actual.context());
      return myself;
    }
    boolean result = target.test(task, worker);
    if (result != expected) {
      failWithMessage(
          "Expecting target expression%n  %s%nto %s task%n  %s%nand worker%n  %s%nbut it %s",
          actual,
          expected ? "match" : "not match",
          TaskRouterJson.minify(task),
          TaskRouterJson.minify(worker),
          result ? "did" : "did not");
    }
    return myself;
  }

  private static JsonNode parse(String json) {
    Objects.requireNonNull(json, "attributes == null");
    try {
      return TaskRouterJson.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "attributes are not valid JSON: " + e.getOriginalMessage() + ": " + json, e);
    }
  }
}
