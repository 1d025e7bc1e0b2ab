package io.github.taskrouter4j.workflow.expression;

import io.github.taskrouter4j.sid.ActivitySid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The one entry point for TaskRouter expressions: parse them, or build them jOOQ-style with a
 * static import.
 *
 * <pre>{@code
 * import static io.github.taskrouter4j.workflow.expression.Expressions.*;
 *
 * FilterExpression vip = parseFilter("customer_value == 'Gold' AND type IN ['ticket', 'chat']");
 * Expression same = attr("customer_value").eq("Gold").and(attr("type").in("ticket", "chat"));
 * // (customer_value == "Gold") AND (type IN ["ticket", "chat"])
 * TargetExpression skilled = worker("skills").has(task("required_skill"));
 * // worker.skills HAS task.required_skill
 * }</pre>
 *
 * <p>Parsing accepts every form TaskRouter accepts: {@code ==} and its alias {@code =}, {@code !=},
 * {@code < <= > >=}, {@code CONTAINS}, {@code HAS} (alias {@code >-}), {@code IN} (alias {@code
 * <-}), {@code NOT IN}, {@code AND}, {@code OR} (AND binds tighter), parentheses, keywords in any
 * case, strings in single or double quotes (no escapes), integers and decimals ({@code 0800},
 * {@code -5}), {@code true}/{@code false}/{@code null}, list literals ({@code []} too), paths with
 * dots and {@code [n]} indexes. Every failure is an {@link ExpressionSyntaxException}; parentheses
 * may nest 100 deep; time is linear in the length of the text.
 *
 * <p>Refused, because no Twilio document or real-world expression shows them: a value without an
 * operator ({@code vip} alone), a unary {@code NOT}, {@code NOT HAS}/{@code NOT CONTAINS},
 * arithmetic, exponents ({@code 1e5}), escapes inside strings (a string ends at its next quote),
 * nested lists and attributes inside list literals. Hyphenated names ({@code skill-level}) parse,
 * so a deployed workflow can be read, and {@link Expression#lint()} reports them as errors.
 */
public final class Expressions {
  private Expressions() {}

  /**
   * Parses an expression valid in at least one context, for example {@code 1==1} or {@code
   * worker.level > task.level}.
   *
   * @throws ExpressionSyntaxException if it is not an expression, or mixes attribute forms no
   *     single context accepts
   */
  public static Expression parse(String text) {
    return new AnyExpression(Parser.parse(check(text), ExpressionContext.ANY), text);
  }

  /**
   * Parses a workflow filter expression (bare task attributes): {@code type == "sales"}.
   *
   * <p>A prefixed path such as {@code worker.routing.skills} is accepted as the task attribute path
   * it is in a filter (TaskRouter evaluates filters against the task alone and does not refuse it);
   * {@link Expression#lint()} reports it as {@code prefixed-attribute-in-filter}.
   *
   * @throws ExpressionSyntaxException if it is not a filter expression
   */
  public static FilterExpression parseFilter(String text) {
    return new FilterExpression(Parser.parseText(check(text), ExpressionContext.FILTER), text);
  }

  /**
   * Parses a workflow target expression: {@code worker.skills HAS task.skill}.
   *
   * @throws ExpressionSyntaxException if it is not a target expression (bare attributes, {@code
   *     workers.})
   */
  public static TargetExpression parseTarget(String text) {
    return new TargetExpression(Parser.parse(check(text), ExpressionContext.TARGET), text);
  }

  /**
   * Parses a TaskQueue {@code target_workers} expression (bare worker attributes): {@code skills
   * HAS "support"}.
   *
   * @throws ExpressionSyntaxException if it is not a target_workers expression
   */
  public static WorkerExpression parseWorkers(String text) {
    return new WorkerExpression(Parser.parse(check(text), ExpressionContext.WORKERS), text);
  }

  /**
   * Parses a {@code skip_if} expression: {@code workers.available == 0}.
   *
   * @throws ExpressionSyntaxException if it is not a skip_if expression
   */
  public static SkipIfExpression parseSkipIf(String text) {
    return new SkipIfExpression(Parser.parse(check(text), ExpressionContext.SKIP_IF), text);
  }

  /**
   * Parses an {@code order_by}: {@code worker.level DESC, worker.age ASC}.
   *
   * @throws ExpressionSyntaxException if it is not an order_by
   */
  public static OrderBy parseOrderBy(String text) {
    return OrderByParser.parse(check(text));
  }

  private static String check(String text) {
    return Objects.requireNonNull(text, "text == null");
  }

  /**
   * A bare attribute, for filter expressions (task attributes) and TaskQueue {@code target_workers}
   * (worker attributes): {@code attr("customer.tier")} renders {@code customer.tier}.
   *
   * @param path names separated by dots, with optional {@code [n]} indexes
   * @throws IllegalArgumentException if the path is malformed, has a hyphen, or starts with {@code
   *     task.}, {@code worker.}, {@code workers.} or {@code taskrouter.}
   */
  public static Operand<Expression> attr(String path) {
    Objects.requireNonNull(path, "path == null");
    return new Operand<>(
        Paths.check(path, PathNode.Scope.BARE, "task(), worker(), workers() or taskrouter()"),
        Expression::built);
  }

  /**
   * A task attribute in a target expression: {@code task("skill")} renders {@code task.skill}.
   *
   * @param path the path after {@code task.}
   */
  public static Operand<TargetExpression> task(String path) {
    return prefixed("task.", path, PathNode.Scope.TASK);
  }

  /**
   * A worker attribute in a target expression: {@code worker("skills")} renders {@code
   * worker.skills}; also {@code worker("sid")}, {@code worker("friendly_name")}, {@code
   * worker("activity_name")}, {@code worker("activity_sid")}.
   *
   * @param path the path after {@code worker.}
   */
  public static Operand<TargetExpression> worker(String path) {
    return prefixed("worker.", path, PathNode.Scope.WORKER);
  }

  private static Operand<TargetExpression> prefixed(
      String prefix, String path, PathNode.Scope scope) {
    Objects.requireNonNull(path, "path == null");
    PathNode node = Paths.check(prefix + path, scope, prefix + "x with x not itself prefixed");
    return new Operand<>(node, n -> new TargetExpression(n, null));
  }

  /**
   * A worker count in a {@code skip_if}: {@code workers("available")} renders {@code
   * workers.available}; {@code "unavailable"} and an activity SID are the other choices.
   *
   * @throws IllegalArgumentException for any other name
   */
  public static Operand<SkipIfExpression> workers(String name) {
    Objects.requireNonNull(name, "name == null");
    if (!name.equals("available") && !name.equals("unavailable")) {
      ActivitySid.of(name);
    }
    return new Operand<>(PathNode.of("workers." + name, 0), n -> new SkipIfExpression(n, null));
  }

  /** The count of workers in an activity: {@code workers(sid)} renders {@code workers.WA…}. */
  public static Operand<SkipIfExpression> workers(ActivitySid activity) {
    Objects.requireNonNull(activity, "activity == null");
    return workers(activity.toString());
  }

  /**
   * A built-in variable: {@code taskrouter("currentTime")} renders {@code taskrouter.currentTime}.
   *
   * @param name {@code currentTime}, {@code currentHour}, {@code currentMin} or {@code dayOfWeek}
   * @throws IllegalArgumentException for any other name
   */
  public static Operand<Expression> taskrouter(String name) {
    Objects.requireNonNull(name, "name == null");
    if (!PathNode.BUILTINS.contains(name)) {
      throw new IllegalArgumentException(
          "unknown TaskRouter variable '"
              + name
              + "': expected currentTime, currentHour, currentMin or dayOfWeek");
    }
    return new Operand<>(PathNode.of("taskrouter." + name, 0), Expression::built);
  }

  /**
   * A constant on the left of a comparison: {@code literal("en").in(worker("languages"))} renders
   * {@code "en" IN worker.languages}.
   *
   * @param value a String, Number or Boolean
   */
  public static Operand<Expression> literal(Object value) {
    Objects.requireNonNull(value, "value == null");
    return new Operand<>(LiteralNode.fromJava(value), Expression::built);
  }

  /** The always-true idiom, rendered {@code 1==1} (catch-all filters, everyone queues). */
  public static Expression always() {
    return new AnyExpression(Parser.parse("1==1", ExpressionContext.ANY), "1==1");
  }

  /** The never-true idiom, rendered {@code 1==0} (parking steps, unreachable queues). */
  public static Expression never() {
    return new AnyExpression(Parser.parse("1==0", ExpressionContext.ANY), "1==0");
  }

  /**
   * All of the conditions: {@code allOf(a, b, c)} renders {@code (a) AND (b) AND (c)}; one
   * condition is returned as it is, none gives {@link #always()}.
   */
  public static Expression allOf(Expression... conditions) {
    return allOf(Arrays.asList(conditions));
  }

  /** All of the conditions; see {@link #allOf(Expression...)}. */
  public static Expression allOf(Collection<? extends Expression> conditions) {
    return join(true, conditions);
  }

  /**
   * Any of the conditions: {@code anyOf(a, b)} renders {@code (a) OR (b)}; one condition is
   * returned as it is, none gives {@link #never()}.
   */
  public static Expression anyOf(Expression... conditions) {
    return anyOf(Arrays.asList(conditions));
  }

  /** Any of the conditions; see {@link #anyOf(Expression...)}. */
  public static Expression anyOf(Collection<? extends Expression> conditions) {
    return join(false, conditions);
  }

  private static Expression join(boolean and, Collection<? extends Expression> conditions) {
    Objects.requireNonNull(conditions, "conditions == null");
    if (conditions.isEmpty()) {
      return and ? always() : never();
    }
    if (conditions.size() == 1) {
      return Objects.requireNonNull(conditions.iterator().next(), "condition == null");
    }
    List<Node> nodes = new ArrayList<>(conditions.size());
    for (Expression e : conditions) {
      nodes.add(Objects.requireNonNull(e, "condition == null").node);
    }
    return Expression.built(LogicalNode.of(and, nodes, 0));
  }
}
