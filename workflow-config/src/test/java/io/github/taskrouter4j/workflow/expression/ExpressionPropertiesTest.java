package io.github.taskrouter4j.workflow.expression;

import static io.github.taskrouter4j.workflow.expression.Expressions.attr;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class ExpressionPropertiesTest {
  private static final List<String> PATHS = List.of("a", "b.c", "d[0]", "e_f.g[2].h", "x9");

  // --- random ASTs print and parse back -------------------------------------------------------

  @Property(tries = 500)
  void randomAst_rendersAndParsesBackEqual(@ForAll("expressions") Expression e) {
    Expression parsed = Expressions.parse(e.toString());

    assertThat(parsed).isEqualTo(e);
    assertThat(parsed.hashCode()).isEqualTo(e.hashCode());
    assertThat(parsed.canonical()).isEqualTo(e.canonical());
    assertThat(Expressions.parseFilter(e.toString())).isEqualTo(e);
    assertThat(Expressions.parse(parsed.canonical())).isEqualTo(e);
  }

  @Provide
  Arbitrary<Expression> expressions() {
    return expression(4);
  }

  private Arbitrary<Expression> expression(int depth) {
    Arbitrary<Expression> leaf = comparison();
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Expression> sub = expression(depth - 1);
    Arbitrary<Expression> joined =
        Combinators.combine(sub, sub, Arbitraries.integers().between(0, 3))
            .as(
                (x, y, how) -> {
                  switch (how) {
                    case 0:
                      return x.and(y);
                    case 1:
                      return x.or(y);
                    case 2:
                      return Expressions.allOf(x, y, x);
                    default:
                      return Expressions.anyOf(y, x);
                  }
                });
    return Arbitraries.frequencyOf(Tuple.of(2, leaf), Tuple.of(1, joined));
  }

  private Arbitrary<Expression> comparison() {
    Arbitrary<String> path = Arbitraries.of(PATHS);
    Arbitrary<Object> scalar =
        Arbitraries.oneOf(
            strings().map(s -> (Object) s),
            numbers().map(n -> (Object) n),
            Arbitraries.of(true, false).map(b -> (Object) b));
    Arbitrary<Expression> scalarOps =
        Combinators.combine(path, Arbitraries.integers().between(0, 7), scalar)
            .as(
                (p, op, v) -> {
                  switch (op) {
                    case 0:
                      return attr(p).eq(v);
                    case 1:
                      return attr(p).ne(v);
                    case 2:
                      return attr(p).lt(v);
                    case 3:
                      return attr(p).lte(v);
                    case 4:
                      return attr(p).gt(v);
                    case 5:
                      return attr(p).gte(v);
                    case 6:
                      return attr(p).contains(v);
                    default:
                      return attr(p).has(v);
                  }
                });
    Arbitrary<Expression> listOps =
        Combinators.combine(path, Arbitraries.of(true, false), scalar.list().ofMaxSize(3))
            .as((p, in, items) -> in ? attr(p).in(items) : attr(p).notIn(items));
    Arbitrary<Expression> others =
        Combinators.combine(path, path, Arbitraries.integers().between(0, 3))
            .as(
                (p, q, kind) -> {
                  switch (kind) {
                    case 0:
                      return attr(p).isNull();
                    case 1:
                      return attr(p).isNotNull();
                    case 2:
                      return attr(p).in(attr(q));
                    default:
                      return Expressions.literal(1).eq(1);
                  }
                });
    return Arbitraries.frequencyOf(
        Tuple.of(6, scalarOps), Tuple.of(2, listOps), Tuple.of(1, others));
  }

  private static Arbitrary<String> strings() {
    return Arbitraries.strings()
        .withChars("abcXYZ 019_-.,()[]=!<>'\"éß\t")
        .ofMaxLength(8)
        .filter(s -> !(s.contains("'") && s.contains("\"")));
  }

  private static Arbitrary<BigDecimal> numbers() {
    return Combinators.combine(
            Arbitraries.longs().between(-100_000, 100_000), Arbitraries.integers().between(0, 4))
        .as(BigDecimal::valueOf);
  }

  // --- any string: only ExpressionSyntaxException ---------------------------------------------

  @Property(tries = 1000)
  void randomText_failsOnlyWithSyntaxException(@ForAll("texts") String text) {
    parseEverywhere(text);
  }

  @Property(tries = 1000)
  void mutatedValidText_failsOnlyWithSyntaxException(
      @ForAll("expressions") Expression e,
      @ForAll("edits") List<Tuple.Tuple3<Integer, Integer, Character>> edits) {
    StringBuilder text = new StringBuilder(e.toString());
    for (Tuple.Tuple3<Integer, Integer, Character> edit : edits) {
      int at = text.length() == 0 ? 0 : Math.floorMod(edit.get1(), text.length());
      switch (edit.get2()) {
        case 0:
          if (text.length() > 0) {
            text.deleteCharAt(at);
          }
          break;
        case 1:
          text.insert(at, edit.get3());
          break;
        default:
          if (text.length() > 0) {
            text.setCharAt(at, edit.get3());
          }
      }
    }
    parseEverywhere(text.toString());
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(30),
        Arbitraries.strings().withChars("ab1 .[]()'\"=!<>-,09").ofMaxLength(40),
        Arbitraries.of(
                "a",
                "==",
                "AND",
                "OR",
                "NOT",
                "IN",
                "HAS",
                "CONTAINS",
                "(",
                ")",
                "[",
                "]",
                "'x'",
                "1",
                "1.5",
                "-2",
                "true",
                "null",
                "task.x",
                "worker.y",
                "workers.available",
                "taskrouter.currentHour",
                ",",
                "=",
                ">-",
                "<-",
                "ASC",
                "DESC",
                "a[0]",
                " ")
            .list()
            .ofMaxSize(12)
            .map(parts -> String.join(" ", parts)));
  }

  @Provide
  Arbitrary<List<Tuple.Tuple3<Integer, Integer, Character>>> edits() {
    Arbitrary<Character> chars =
        Arbitraries.oneOf(
            Arbitraries.chars().with("()[]'\"=!<>-., aI0"), Arbitraries.chars().all());
    return Combinators.combine(
            Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 2), chars)
        .as(Tuple::of)
        .list()
        .ofMinSize(1)
        .ofMaxSize(3);
  }

  private static void parseEverywhere(String text) {
    for (ExpressionContext context : ExpressionContext.values()) {
      try {
        Expression e = ParserTest.parseIn(context, text);
        assertThat(e.toString()).isEqualTo(text);
        assertThat(Expressions.parse(e.canonical())).isEqualTo(e);
        assertThat(e.lint()).isNotNull();
      } catch (ExpressionSyntaxException expected) {
        assertThat(expected.column()).isBetween(1, text.length() + 1);
        assertThat(expected.getMessage()).contains("at column " + expected.column());
      }
    }
    try {
      OrderBy order = Expressions.parseOrderBy(text);
      assertThat(Expressions.parseOrderBy(order.canonical())).isEqualTo(order);
    } catch (ExpressionSyntaxException expected) {
      assertThat(expected.column()).isBetween(1, text.length() + 1);
    }
  }

  // --- AND / OR / NOT agree with boolean logic --------------------------------------------------

  @Property(tries = 1000)
  void andOrNot_evaluateLikeBooleanLogic(
      @ForAll("typedExpressions") Expression x,
      @ForAll("typedExpressions") Expression y,
      @ForAll("tasks") JsonNode task) {
    FilterExpression a = x.asFilter();
    FilterExpression b = y.asFilter();
    boolean ta = a.test(task);
    boolean tb = b.test(task);

    assertThat(a.and(b).test(task)).isEqualTo(ta && tb);
    assertThat(a.or(b).test(task)).isEqualTo(ta || tb);
    assertThat(a.not().test(task)).isEqualTo(!ta);
    assertThat(a.and(b).not().test(task)).isEqualTo(!(ta && tb));
    assertThat(Expressions.allOf(a, b, a).asFilter().test(task)).isEqualTo(ta && tb);
    assertThat(Expressions.anyOf(a, b).asFilter().test(task)).isEqualTo(ta || tb);
    assertThat(Expressions.parseFilter(a.toString()).test(task)).isEqualTo(ta);
  }

  /**
   * Expressions over attributes whose types the generated tasks respect (n and m numbers, s a
   * string, t a string or missing), so that inverting an operator is an exact negation.
   */
  @Provide
  Arbitrary<Expression> typedExpressions() {
    return typed(3);
  }

  private Arbitrary<Expression> typed(int depth) {
    Arbitrary<Expression> leaf =
        Arbitraries.oneOf(
            Combinators.combine(
                    Arbitraries.of("n", "m"),
                    Arbitraries.integers().between(0, 5),
                    Arbitraries.integers().between(-3, 3))
                .as(
                    (p, op, v) -> {
                      switch (op) {
                        case 0:
                          return attr(p).eq(v);
                        case 1:
                          return attr(p).ne(v);
                        case 2:
                          return attr(p).lt(v);
                        case 3:
                          return attr(p).lte(v);
                        case 4:
                          return attr(p).gt(v);
                        default:
                          return attr(p).gte(v);
                      }
                    }),
            Combinators.combine(
                    Arbitraries.of("s", "t"),
                    Arbitraries.integers().between(0, 3),
                    Arbitraries.of("x", "y", "z").list().ofMaxSize(2))
                .as(
                    (p, op, vs) -> {
                      switch (op) {
                        case 0:
                          return attr(p).eq(vs.isEmpty() ? "x" : vs.get(0));
                        case 1:
                          return attr(p).ne(vs.isEmpty() ? "y" : vs.get(0));
                        case 2:
                          return attr(p).in(vs);
                        default:
                          return attr(p).notIn(vs);
                      }
                    }));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Expression> sub = typed(depth - 1);
    Arbitrary<Expression> joined =
        Combinators.combine(sub, sub, Arbitraries.of(true, false))
            .as((p, q, and) -> and ? p.and(q) : p.or(q));
    return Arbitraries.frequencyOf(Tuple.of(2, leaf), Tuple.of(1, joined));
  }

  @Provide
  Arbitrary<JsonNode> tasks() {
    return Combinators.combine(
            Arbitraries.integers().between(-4, 4),
            Arbitraries.integers().between(-4, 4),
            Arbitraries.of("x", "y", "z"),
            Arbitraries.of("x", "y", "none"))
        .as(
            (n, m, s, t) -> {
              ObjectNode task = JsonNodeFactory.instance.objectNode();
              task.put("n", n);
              task.put("m", BigDecimal.valueOf(m).setScale(1));
              task.put("s", s);
              if (!t.equals("none")) {
                task.put("t", t);
              }
              return task;
            });
  }
}
