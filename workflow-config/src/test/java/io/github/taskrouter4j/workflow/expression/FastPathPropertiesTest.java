package io.github.taskrouter4j.workflow.expression;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The compiled evaluators (the {@link Condition}, with its fast paths for text, integer and
 * membership comparisons, and the class {@link ShapeGenerator} makes for the expression's shape)
 * agree with a plain walk of the AST that hands every comparison to {@link Semantics}, over
 * generated expressions and attributes of every JSON type: text, int, long, big integer, double,
 * decimal, boolean, null, arrays, objects, and missing keys.
 */
class FastPathPropertiesTest {
  /** Unbounded, so every generated expression gets a class, whatever other tests cached. */
  private static final ShapeCache CLASSES = new ShapeCache(Integer.MAX_VALUE);

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final List<String> PATHS = List.of("a", "b", "c.d", "e[0]", "e[1]");
  private static final List<String> OPS =
      List.of("==", "!=", "<", "<=", ">", ">=", "IN", "NOT IN", "HAS", "CONTAINS");

  @Property(tries = 3000)
  void filter_agreesWithReferenceEvaluation(
      @ForAll("filters") String text, @ForAll("objects") JsonNode task) {
    FilterExpression filter = Expressions.parseFilter(text);

    boolean expected = reference(filter.node, task, null, ExpressionContext.FILTER);
    assertThat(filter.test(task)).as("%s against %s", text, task).isEqualTo(expected);
    assertThat(generated(filter).test(task, null, Env.NONE))
        .as("generated: %s against %s", text, task)
        .isEqualTo(expected);
  }

  @Property(tries = 3000)
  void target_agreesWithReferenceEvaluation(
      @ForAll("targets") String text,
      @ForAll("objects") JsonNode task,
      @ForAll("objects") JsonNode worker) {
    TargetExpression target = Expressions.parseTarget(text);

    boolean expected = reference(target.node, task, worker, ExpressionContext.TARGET);
    assertThat(target.test(task, worker))
        .as("%s against task %s and worker %s", text, task, worker)
        .isEqualTo(expected);
    assertThat(generated(target).test(task, worker, Env.NONE))
        .as("generated: %s against task %s and worker %s", text, task, worker)
        .isEqualTo(expected);
  }

  @Property(tries = 1000)
  void workers_agreesWithReferenceEvaluation(
      @ForAll("filters") String text, @ForAll("objects") JsonNode worker) {
    WorkerExpression expression = Expressions.parseWorkers(text);

    boolean expected = reference(expression.node, null, worker, ExpressionContext.WORKERS);
    assertThat(expression.test(worker)).as("%s against %s", text, worker).isEqualTo(expected);
    assertThat(generated(expression).test(null, worker, Env.NONE))
        .as("generated: %s against %s", text, worker)
        .isEqualTo(expected);
  }

  /** The class made for the expression's shape, which must not fall back to the condition. */
  private static Evaluator generated(Expression expression) {
    Evaluator evaluator =
        CLASSES.evaluator(Compiler.condition(expression.node, expression.context()));
    assertThat(evaluator).as("class for %s", expression).isNotInstanceOf(Condition.class);
    return evaluator;
  }

  /** The straightforward evaluation: resolve both operands, then {@link Semantics#test}. */
  static boolean reference(Node node, JsonNode task, JsonNode worker, ExpressionContext context) {
    if (node instanceof LogicalNode) {
      LogicalNode logical = (LogicalNode) node;
      for (Node child : logical.children) {
        if (reference(child, task, worker, context) != logical.and) {
          return !logical.and;
        }
      }
      return logical.and;
    }
    ComparisonNode c = (ComparisonNode) node;
    return Semantics.test(
        c.op, value(c.left, task, worker, context), value(c.right, task, worker, context));
  }

  private static JsonNode value(
      ValueNode operand, JsonNode task, JsonNode worker, ExpressionContext context) {
    if (operand instanceof LiteralNode) {
      return Compiler.json((LiteralNode) operand);
    }
    PathNode path = (PathNode) operand;
    boolean ofWorker =
        path.scope == PathNode.Scope.WORKER
            || (path.scope == PathNode.Scope.BARE && context == ExpressionContext.WORKERS);
    JsonNode node = ofWorker ? worker : task;
    for (Object segment : path.segments) {
      if (node == null) {
        return null;
      }
      node = segment instanceof String ? node.get((String) segment) : node.get((Integer) segment);
    }
    return Semantics.normalize(node);
  }

  @Provide
  Arbitrary<String> filters() {
    return condition(Arbitraries.of(PATHS), 3);
  }

  @Provide
  Arbitrary<String> targets() {
    return condition(
        Arbitraries.of(PATHS).flatMap(p -> Arbitraries.of("task." + p, "worker." + p)), 3);
  }

  private Arbitrary<String> condition(Arbitrary<String> paths, int depth) {
    Arbitrary<String> leaf =
        Arbitraries.oneOf(
            Combinators.combine(paths, Arbitraries.of(OPS), literal())
                .as((p, op, v) -> p + " " + op + " " + v),
            Combinators.combine(paths, Arbitraries.of(OPS), paths)
                .as((p, op, q) -> p + " " + op + " " + q));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<String> sub = condition(paths, depth - 1);
    Arbitrary<String> joined =
        Combinators.combine(sub.list().ofMinSize(2).ofMaxSize(4), Arbitraries.of(" AND ", " OR "))
            .as((parts, connective) -> "(" + String.join(")" + connective + "(", parts) + ")");
    return Arbitraries.frequencyOf(Tuple.of(3, leaf), Tuple.of(1, joined));
  }

  private static Arbitrary<String> literal() {
    Arbitrary<String> scalar =
        Arbitraries.of(
            "'x'",
            "'y'",
            "'5'",
            "'10'",
            "''",
            "5",
            "-3",
            "0",
            "2.5",
            "5.0",
            "100",
            "99999999999999999999",
            "true",
            "false",
            "null");
    Arbitrary<String> list =
        scalar.list().ofMaxSize(10).map(items -> "[" + String.join(", ", items) + "]");
    Arbitrary<String> texts =
        Arbitraries.of("'x'", "'y'", "'5'", "'z'", "'w'", "'v'", "'u'", "'t'", "'s'", "'r'")
            .list()
            .ofMaxSize(10)
            .map(items -> "[" + String.join(", ", items) + "]");
    return Arbitraries.frequencyOf(Tuple.of(4, scalar), Tuple.of(1, list), Tuple.of(2, texts));
  }

  @Provide
  Arbitrary<JsonNode> objects() {
    Arbitrary<JsonNode> value = values();
    Arbitrary<JsonNode> missingOrValue =
        Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(null)), Tuple.of(5, value));
    return Combinators.combine(
            missingOrValue,
            missingOrValue,
            missingOrValue,
            Arbitraries.frequencyOf(
                Tuple.of(3, value.list().ofMaxSize(3).map(FastPathPropertiesTest::array)),
                Tuple.of(1, missingOrValue)))
        .as(
            (a, b, d, e) -> {
              ObjectNode object = JSON.objectNode();
              putUnlessMissing(object, "a", a);
              putUnlessMissing(object, "b", b);
              if (d != null) {
                object.set("c", d.isObject() ? d : JSON.objectNode().set("d", d));
              }
              putUnlessMissing(object, "e", e);
              return object;
            });
  }

  private static Arbitrary<JsonNode> values() {
    Arbitrary<JsonNode> scalar =
        Arbitraries.oneOf(
            Arbitraries.of("x", "y", "5", "10", "", "z").map(JSON::textNode),
            Arbitraries.integers().between(-6, 12).map(JSON::numberNode),
            Arbitraries.of(5L, 99999999999L, -3L).map(JSON::numberNode),
            Arbitraries.of(new BigInteger("99999999999999999999"), BigInteger.TEN)
                .map(JSON::numberNode),
            Arbitraries.of(2.5, 5.0, 100.0).map(JSON::numberNode),
            Arbitraries.of(new BigDecimal("5.00"), new BigDecimal("2.5")).map(JSON::numberNode),
            Arbitraries.of(true, false).map(JSON::booleanNode),
            Arbitraries.just(JSON.nullNode()));
    Arbitrary<JsonNode> containers =
        Arbitraries.oneOf(
            scalar.list().ofMaxSize(3).map(FastPathPropertiesTest::array),
            scalar.map(v -> (JsonNode) JSON.objectNode().setAll(Map.of("d", v))));
    return Arbitraries.frequencyOf(Tuple.of(5, scalar), Tuple.of(1, containers));
  }

  private static JsonNode array(List<JsonNode> items) {
    return JSON.arrayNode().addAll(items);
  }

  private static void putUnlessMissing(ObjectNode object, String key, JsonNode value) {
    if (value != null) {
      object.set(key, value);
    }
  }
}
