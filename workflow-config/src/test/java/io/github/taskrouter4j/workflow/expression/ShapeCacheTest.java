package io.github.taskrouter4j.workflow.expression;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.workflow.DefaultFilter;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.Target;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The classes generated per expression shape: every expression of the corpus gets one that the JVM
 * accepts, shapes share classes, the cache bound falls back to the {@link Condition}, and the
 * generated code agrees with the condition on every kind of clause.
 */
class ShapeCacheTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @AfterAll
  static void sharedCache_neverFailedToMakeAClass() {
    assertThat(ShapeCache.SHARED.failures()).isZero();
  }

  @Test
  void corpus_everyFilterAndTargetExpression_getsAVerifiedClass() throws Exception {
    ShapeCache cache = new ShapeCache(Integer.MAX_VALUE);
    List<Expression> expressions = corpusExpressions();

    for (Expression expression : expressions) {
      Condition condition = Compiler.condition(expression.node, expression.context());
      // Defined, linked and so verified here: a malformed class throws instead of falling back.
      ShapeCache.define(condition);
      assertThat(cache.evaluator(condition)).as("%s", expression).isNotInstanceOf(Condition.class);
    }

    assertThat(expressions).hasSizeGreaterThanOrEqualTo(50);
    assertThat(cache.failures()).isZero();
    assertThat(cache.size()).isBetween(10, expressions.size());
  }

  @Test
  void sameShape_sharesOneClass_withItsOwnValues() throws IOException {
    FilterExpression sales = Expressions.parseFilter("type == 'sales' AND priority >= 5");
    FilterExpression support = Expressions.parseFilter("kind == 'support' AND level >= 2");
    FilterExpression other = Expressions.parseFilter("type == 'sales' OR priority >= 5");
    JsonNode task = json("{\"type\": \"sales\", \"priority\": 7, \"kind\": \"support\"}");

    // A cache of its own: the shared one may be full of the shapes other tests generated.
    ShapeCache cache = new ShapeCache(ShapeCache.LIMIT);
    Evaluator salesEvaluator = cache.evaluator(condition(sales));
    Evaluator supportEvaluator = cache.evaluator(condition(support));
    Evaluator otherEvaluator = cache.evaluator(condition(other));

    assertThat(salesEvaluator).isNotInstanceOf(Condition.class);
    assertThat(salesEvaluator.getClass()).isEqualTo(supportEvaluator.getClass());
    assertThat(otherEvaluator.getClass()).isNotEqualTo(salesEvaluator.getClass());
    assertThat(salesEvaluator.test(task, null, Env.NONE)).isTrue();
    assertThat(supportEvaluator.test(task, null, Env.NONE)).isFalse();
    assertThat(sales.test(task)).isTrue();
    assertThat(support.test(task)).isFalse();
  }

  @Test
  void fullCache_evaluatesByTheCondition() {
    ShapeCache cache = new ShapeCache(1);
    Condition first = condition(Expressions.parseFilter("a == 'x'"));
    Condition second = condition(Expressions.parseFilter("a == 'x' AND b == 'y'"));

    assertThat(cache.evaluator(first)).isNotInstanceOf(Condition.class);
    assertThat(cache.evaluator(second)).isSameAs(second);
    assertThat(cache.evaluator(condition(Expressions.parseFilter("c == 'z'"))))
        .isNotInstanceOf(Condition.class);
    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.failures()).isZero();
  }

  @Test
  void everyClauseKind_generatedAgreesWithCondition() throws IOException {
    String[] filters = {
      "type == 'sales'",
      "type != 'sales'",
      "language IN ['en', 'es']",
      "language NOT IN ['en', 'es']",
      "language IN ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'en']",
      "language NOT IN ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'en']",
      "priority >= 5 AND priority < 10 AND priority != 7",
      "priority == 7 OR priority <= -1 OR priority > 99999999999",
      "customer.tier == 'Gold' AND skills[0] == 'billing' AND customer.id > 100",
      "skill IN skills OR skill NOT IN skills OR skills HAS skill",
      "from CONTAINS '+1555' OR vip == true OR score > '10' OR escalated == null",
      "(type == 'sales' OR (priority > 3 AND (vip == true OR language IN ['en']))) AND 1 == 1",
      "taskrouter.currentHour < 18 AND taskrouter.dayOfWeek IN ['Mon', 'Tue', 'Wed']",
    };
    Instant now = Instant.parse("2026-12-01T10:15:00Z");
    List<JsonNode> tasks = tasks();
    for (String text : filters) {
      FilterExpression filter = Expressions.parseFilter(text);
      Condition condition = condition(filter);
      Evaluator generated = new ShapeCache(Integer.MAX_VALUE).evaluator(condition);
      assertThat(generated).isNotInstanceOf(Condition.class);
      Env env = new Env(now, null);
      for (JsonNode task : tasks) {
        assertThat(generated.test(task, null, env))
            .as("%s against %s", text, task)
            .isEqualTo(condition.test(task, null, env));
      }
    }
  }

  @Test
  void targetAndSkipIf_generatedAgreesWithCondition() throws IOException {
    TargetExpression target =
        Expressions.parseTarget("task.skill IN worker.skills AND worker.level >= task.priority");
    Evaluator generated = new ShapeCache(Integer.MAX_VALUE).evaluator(condition(target));
    List<JsonNode> nodes = tasks();
    for (JsonNode task : nodes) {
      for (JsonNode worker : nodes) {
        assertThat(generated.test(task, worker, Env.NONE))
            .isEqualTo(condition(target).test(task, worker, Env.NONE));
      }
    }
    SkipIfExpression skip =
        Expressions.parseSkipIf(
            "workers.available == 0 OR workers.WA0123456789abcdef0123456789abcdef > 2");
    Evaluator skipIf = new ShapeCache(Integer.MAX_VALUE).evaluator(condition(skip));
    ActivitySid busy = ActivitySid.of("WA0123456789abcdef0123456789abcdef");
    assertThat(skipIf).isNotInstanceOf(Condition.class);
    assertThat(skipIf.test(null, null, counts(WorkerCounts.builder().available(0)))).isTrue();
    assertThat(
            skipIf.test(
                null, null, counts(WorkerCounts.builder().available(1).inActivity(busy, 3))))
        .isTrue();
    assertThat(
            skipIf.test(
                null, null, counts(WorkerCounts.builder().available(1).inActivity(busy, 2))))
        .isFalse();
  }

  private static Env counts(WorkerCounts.Builder counts) {
    return new Env(null, counts.build());
  }

  private static List<JsonNode> tasks() throws IOException {
    String[] tasks = {
      "{\"type\": \"sales\", \"priority\": 7, \"language\": \"es\", \"customer\": {\"tier\":"
          + " \"Gold\", \"id\": 48213}, \"from\": \"+15551234567\", \"skills\": [\"billing\","
          + " \"spanish\"], \"vip\": true, \"score\": \"12\", \"skill\": \"billing\", \"level\": 9}",
      "{\"type\": \"support\", \"priority\": 2.5, \"language\": \"en\", \"customer\": {\"tier\":"
          + " \"Bronze\", \"id\": 12}, \"vip\": false, \"escalated\": null, \"score\": 9,"
          + " \"skills\": [], \"skill\": 3, \"level\": \"9\"}",
      "{\"type\": 5, \"priority\": \"8\", \"language\": [\"en\"], \"customer\": \"anonymous\","
          + " \"from\": 15551234567, \"skills\": \"billing\", \"skill\": \"billing\"}",
      "{\"type\": \"sales\", \"priority\": 12345678901234, \"language\": \"a\", \"customer\":"
          + " {\"tier\": \"Gold\", \"id\": 4.5E4}, \"skills\": [\"tech\", 3, null], \"skill\": 3,"
          + " \"level\": 99999999999999999999}",
      "{}",
    };
    List<JsonNode> nodes = new ArrayList<>();
    for (String task : tasks) {
      nodes.add(json(task));
    }
    return nodes;
  }

  private static Condition condition(Expression expression) {
    return Compiler.condition(expression.node, expression.context());
  }

  private static JsonNode json(String text) throws IOException {
    return MAPPER.readTree(text);
  }

  /** Every filter, target and skip_if expression of the valid corpus configurations. */
  private static List<Expression> corpusExpressions() throws IOException, URISyntaxException {
    Path dir = Path.of(ShapeCacheTest.class.getResource("/corpus/valid").toURI());
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files =
          listing.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    List<Expression> expressions = new ArrayList<>();
    for (Path file : files) {
      WorkflowConfiguration config =
          WorkflowConfiguration.fromJson(Files.readString(file, StandardCharsets.UTF_8));
      for (Filter filter : config.taskRouting().filters()) {
        expressions.add(filter.expression());
        filter.targets().forEach(target -> addTarget(target, expressions));
      }
      config
          .taskRouting()
          .defaultFilter()
          .flatMap(DefaultFilter::expression)
          .ifPresent(expressions::add);
    }
    return expressions;
  }

  private static void addTarget(Target target, List<Expression> expressions) {
    target.expression().ifPresent(expressions::add);
    target.skipIf().ifPresent(expressions::add);
  }
}
