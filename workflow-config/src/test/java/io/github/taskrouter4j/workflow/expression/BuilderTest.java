package io.github.taskrouter4j.workflow.expression;

import static io.github.taskrouter4j.workflow.expression.Expressions.allOf;
import static io.github.taskrouter4j.workflow.expression.Expressions.always;
import static io.github.taskrouter4j.workflow.expression.Expressions.anyOf;
import static io.github.taskrouter4j.workflow.expression.Expressions.attr;
import static io.github.taskrouter4j.workflow.expression.Expressions.literal;
import static io.github.taskrouter4j.workflow.expression.Expressions.never;
import static io.github.taskrouter4j.workflow.expression.Expressions.parse;
import static io.github.taskrouter4j.workflow.expression.Expressions.parseFilter;
import static io.github.taskrouter4j.workflow.expression.Expressions.task;
import static io.github.taskrouter4j.workflow.expression.Expressions.taskrouter;
import static io.github.taskrouter4j.workflow.expression.Expressions.worker;
import static io.github.taskrouter4j.workflow.expression.Expressions.workers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.taskrouter4j.sid.ActivitySid;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuilderTest {

  @Test
  void builder_everyOperator_rendersTaskRouterText() {
    assertThat(attr("a").eq("x").toString()).isEqualTo("a == \"x\"");
    assertThat(attr("a").ne(1).toString()).isEqualTo("a != 1");
    assertThat(attr("a").lt(1.5).toString()).isEqualTo("a < 1.5");
    assertThat(attr("a").lte(new BigDecimal("2.50")).toString()).isEqualTo("a <= 2.5");
    assertThat(attr("a").gt(-3L).toString()).isEqualTo("a > -3");
    assertThat(attr("a").gte(0).toString()).isEqualTo("a >= 0");
    assertThat(attr("a").contains("@acme").toString()).isEqualTo("a CONTAINS \"@acme\"");
    assertThat(attr("a").has("b").toString()).isEqualTo("a HAS \"b\"");
    assertThat(attr("a").in("x", 2, true).toString()).isEqualTo("a IN [\"x\", 2, true]");
    assertThat(attr("a").in(List.of("x")).toString()).isEqualTo("a IN [\"x\"]");
    assertThat(attr("a").notIn("x").toString()).isEqualTo("a NOT IN [\"x\"]");
    assertThat(attr("a").notIn(List.of()).toString()).isEqualTo("a NOT IN []");
    assertThat(attr("a").isNull().toString()).isEqualTo("a == null");
    assertThat(attr("a").isNotNull().toString()).isEqualTo("a != null");
    assertThat(attr("a").eq(false).toString()).isEqualTo("a == false");
    assertThat(attr("a").eq("say \"hi\"").toString()).isEqualTo("a == 'say \"hi\"'");
    assertThat(attr("a.b[0]").eq(attr("c")).toString()).isEqualTo("a.b[0] == c");
  }

  @Test
  void builder_issueExamples_renderAndParseBackEqual() {
    Expression vip = attr("customer_value").eq("Gold").and(attr("type").in("ticket", "chat"));
    TargetExpression skilled = worker("skills").has(task("required_skill"));

    assertThat(vip.toString())
        .isEqualTo("(customer_value == \"Gold\") AND (type IN [\"ticket\", \"chat\"])");
    assertThat(parse(vip.toString())).isEqualTo(vip);
    assertThat(vip).isEqualTo(parse("customer_value = 'Gold' and type in ['ticket','chat']"));
    assertThat(skilled.toString()).isEqualTo("worker.skills HAS task.required_skill");
    assertThat(skilled.context()).isEqualTo(ExpressionContext.TARGET);
  }

  @Test
  void builder_typedOperands_giveTypedExpressions() {
    TargetExpression t = task("language").in(worker("languages")).and(worker("level").gt(2));
    SkipIfExpression s = workers("available").eq(0).or(workers("unavailable").gt(5));
    FilterExpression f = attr("type").eq("sales").asFilter().and(attr("priority").gt(1));

    assertThat(t.toString())
        .isEqualTo("(task.language IN worker.languages) AND (worker.level > 2)");
    assertThat(s.toString()).isEqualTo("(workers.available == 0) OR (workers.unavailable > 5)");
    assertThat(f.context()).isEqualTo(ExpressionContext.FILTER);
    assertThat(literal("en").in(worker("languages")).context()).isEqualTo(ExpressionContext.TARGET);
    assertThat(attr("a").eq(1).context()).isEqualTo(ExpressionContext.ANY);
  }

  @Test
  void builder_workersByActivity_rendersSid() {
    ActivitySid busy = ActivitySid.of("WA0123456789abcdef0123456789abcdef");

    assertThat(workers(busy).gte(1).toString())
        .isEqualTo("workers.WA0123456789abcdef0123456789abcdef >= 1");
  }

  @Test
  void builder_taskrouterVariables_combineWithEveryContextButSkipIf() {
    Expression open = taskrouter("currentTime").gt(800).and(taskrouter("currentTime").lt(1830));

    assertThat(open.toString())
        .isEqualTo("(taskrouter.currentTime > 800) AND (taskrouter.currentTime < 1830)");
    assertThat(open.and(task("x").eq(1)).context()).isEqualTo(ExpressionContext.TARGET);
    assertThatThrownBy(() -> open.and(workers("available").eq(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different kinds of TaskRouter expression");
  }

  @Test
  void builder_mixingContexts_failsAtBuildTime() {
    assertThatThrownBy(() -> task("a").eq(attr("b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot compare 'task.a' (target expressions only) with the bare")
        .hasMessageContaining("no TaskRouter expression accepts both");
    assertThatThrownBy(() -> task("a").eq(1).and(attr("b").eq(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot join 'b == 2' with the other conditions");
    assertThatThrownBy(() -> attr("b").eq(2).and(task("a").eq(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different kinds of TaskRouter expression");
    assertThatThrownBy(() -> parseFilter("a == 1").and(task("a").eq(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different kinds of TaskRouter expression");
    assertThatThrownBy(() -> Expressions.parseWorkers("1==1").and(workers("available").eq(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "'workers.available == 0' cannot be used in a TaskQueue target_workers expression:"
                + " (1 == 1) AND (workers.available == 0)");
  }

  @Test
  void builder_badPaths_failAtBuildTime() {
    assertThatThrownBy(() -> attr("skill-level"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "invalid attribute path 'skill-level': TaskRouter does not support hyphens in"
                + " attribute names");
    assertThatThrownBy(() -> attr("task.skill"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("use task(), worker(), workers() or taskrouter()");
    assertThatThrownBy(() -> attr("a..b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid attribute path 'a..b'");
    assertThatThrownBy(() -> attr("in"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a keyword");
    assertThatThrownBy(() -> task(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid attribute path 'task.'");
    assertThatThrownBy(() -> workers("busy"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ActivitySid");
    assertThatThrownBy(() -> taskrouter("now"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown TaskRouter variable 'now'");
  }

  @Test
  void builder_badValues_failAtBuildTime() {
    assertThatThrownBy(() -> attr("a").eq(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("use isNull()");
    assertThatThrownBy(() -> attr("a").eq("it's \"x\""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot contain both ' and \"");
    assertThatThrownBy(() -> attr("a").eq(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be finite");
    assertThatThrownBy(() -> attr("a").eq(List.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is compared with in(...)/notIn(...)");
    assertThatThrownBy(() -> attr("a").eq(new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be a String, Number or Boolean");
  }

  @Test
  void not_invertsOperatorsAndAppliesDeMorgan() {
    Expression e =
        attr("a")
            .eq(1)
            .and(attr("b").lt(2))
            .and(attr("c").in("x").or(attr("d").gte(3)).or(attr("f").gt(0)));

    assertThat(e.not().toString())
        .isEqualTo("(a != 1) OR (b >= 2) OR ((c NOT IN [\"x\"]) AND (d < 3) AND (f <= 0))");
    assertThat(e.not().not()).isEqualTo(e);
    assertThat(attr("a").ne(1).not()).isEqualTo(attr("a").eq(1));
    assertThat(attr("a").lte(1).not()).isEqualTo(attr("a").gt(1));
    assertThat(attr("a").notIn("x").not()).isEqualTo(attr("a").in("x"));
    assertThat(parseFilter("a == 1").not()).isInstanceOf(FilterExpression.class);
    assertThat(parseFilter("a = 1").not().toString()).isEqualTo("a != 1");
  }

  @Test
  void not_onContainsOrHas_isRefusedAtBuildTime() {
    assertThatThrownBy(() -> attr("a").eq(1).and(attr("skills").has("x")).not())
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("cannot negate 'skills HAS \"x\"'")
        .hasMessageContaining("TaskRouter has no NOT operator");
    assertThatThrownBy(() -> attr("email").contains("@x").not())
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("no inverse of CONTAINS");
  }

  @Test
  void alwaysAndNever_renderTheIdioms() {
    assertThat(always().toString()).isEqualTo("1==1");
    assertThat(never().toString()).isEqualTo("1==0");
    assertThat(always()).isEqualTo(parse("1 == 1"));
    assertThat(always().not()).isEqualTo(parse("1 != 1"));
    assertThat(always().asFilter().test(com.fasterxml.jackson.databind.node.NullNode.instance))
        .isTrue();
  }

  @Test
  void allOfAndAnyOf_joinFlattenAndHandleEdges() {
    Expression a = attr("a").eq(1);
    Expression b = attr("b").eq(2);
    Expression c = attr("c").eq(3);

    assertThat(allOf(a, b, c).toString()).isEqualTo("(a == 1) AND (b == 2) AND (c == 3)");
    assertThat(anyOf(a, allOf(b, c)).toString()).isEqualTo("(a == 1) OR ((b == 2) AND (c == 3))");
    assertThat(allOf(a, allOf(b, c))).isEqualTo(allOf(a, b, c));
    assertThat(allOf(a)).isSameAs(a);
    assertThat(allOf()).isEqualTo(always());
    assertThat(anyOf(List.of())).isEqualTo(never());
  }

  @Test
  void changingAParsedExpression_rendersCanonically() {
    FilterExpression parsed = parseFilter("type = 'sales'");

    assertThat(parsed.toString()).isEqualTo("type = 'sales'");
    assertThat(parsed.and(attr("vip").eq(true)).toString())
        .isEqualTo("(type == \"sales\") AND (vip == true)");
  }

  @Test
  void builder_deepAlternatingNesting_isBoundedWithClearError() {
    Expression e = attr("a").eq(0);
    for (int i = 0; i < Node.MAX_DEPTH - 1; i++) {
      e = i % 2 == 0 ? e.and(attr("b").eq(i)) : e.or(attr("b").eq(i));
    }
    Expression deepest = e;

    assertThat(parse(deepest.toString())).isEqualTo(deepest);
    assertThatThrownBy(() -> deepest.and(attr("c").eq(1)).or(attr("d").eq(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nests deeper than " + Node.MAX_DEPTH + " levels");
  }

  @Test
  void readmeExample_behavesAsDocumented() throws Exception {
    FilterExpression vip =
        Expressions.parseFilter("customer_value == 'Gold' AND type IN ['ticket', 'chat']");
    Expression same = attr("customer_value").eq("Gold").and(attr("type").in("ticket", "chat"));

    assertThat(same).isEqualTo(vip);
    assertThat(same.not().toString())
        .isEqualTo("(customer_value != \"Gold\") OR (type NOT IN [\"ticket\", \"chat\"])");
    assertThat(worker("skills").has(task("skill")).toString())
        .isEqualTo("worker.skills HAS task.skill");
    assertThat(Expressions.parseFilter("type='sales'").toString()).isEqualTo("type='sales'");
    assertThat(Expressions.parseFilter("type='sales'").canonical()).isEqualTo("type == \"sales\"");
    assertThatThrownBy(() -> Expressions.parseFilter("type == "))
        .hasMessageStartingWith(
            "expected a value after '==', found the end of the text at column 9");
    assertThat(Expressions.parseFilter("task.type == 'x'").lint())
        .extracting(ExpressionProblem::code)
        .containsExactly("prefixed-attribute-in-filter");
    assertThat(
            vip.test(
                new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree("{\"customer_value\": \"Gold\", \"type\": \"chat\"}")))
        .isTrue();
    assertThat(
            Expressions.parseSkipIf("workers.available == 0")
                .test(WorkerCounts.builder().available(0).build()))
        .isTrue();
    assertThat(Expressions.parseFilter("skill-level == 2 OR 1 == 1").lint())
        .extracting(ExpressionProblem::severity, ExpressionProblem::code, ExpressionProblem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "hyphenated-attribute", 1),
            org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "always-true", 21));
  }
}
