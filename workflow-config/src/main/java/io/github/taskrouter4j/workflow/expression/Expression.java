package io.github.taskrouter4j.workflow.expression;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A TaskRouter expression: an immutable condition tree.
 *
 * <p><b>Text.</b> {@link #toString()} returns the exact text an expression was parsed from (so
 * re-writing a deployed workflow shows no diff); an expression built or changed in Java prints
 * {@link #canonical()}: {@code ==}, upper-case keywords, double quotes (single quotes if the string
 * holds a {@code "}), numbers without leading or trailing zeros, and every operand of AND/OR in
 * parentheses: {@code (type == "sales") AND (priority >= 5)}.
 *
 * <p><b>Equality</b> is structural and ignores spelling that does not change the meaning: {@code
 * =}/{@code ==}, {@code >-}/{@code HAS}, {@code <-}/{@code IN}, keyword case, quote style,
 * whitespace, redundant parentheses, grouping of a run of the same connective ({@code a AND (b AND
 * c)} equals {@code (a AND b) AND c}) and numeric spelling ({@code 0800} equals {@code 800}). It
 * ignores the context too: {@code Expressions.parse(e.toString()).equals(e)} holds for every {@code
 * e}. Operand order is kept: {@code a == 1} does not equal {@code 1 == a}.
 *
 * <p>The typed subclasses {@link FilterExpression}, {@link TargetExpression}, {@link
 * WorkerExpression} and {@link SkipIfExpression} evaluate; {@link #asFilter()} and friends convert,
 * checking the attribute forms.
 */
public abstract class Expression {
  final Node node;

  /** The parsed text, or null when built or changed in Java. */
  final String source;

  Expression(Node node, String source) {
    this.node = Objects.requireNonNull(node, "node == null");
    this.source = source;
  }

  /** Wraps a built node in the most specific class its attribute forms allow. */
  static Expression built(Node node) {
    switch (node.contexts) {
      case ContextBits.FILTER:
        return new FilterExpression(node, null);
      case ContextBits.TARGET:
        return new TargetExpression(node, null);
      case ContextBits.WORKERS:
        return new WorkerExpression(node, null);
      case ContextBits.SKIP_IF:
        return new SkipIfExpression(node, null);
      default:
        return new AnyExpression(node, null);
    }
  }

  /** Where this expression may be used; {@link ExpressionContext#ANY} if not fixed yet. */
  public abstract ExpressionContext context();

  /** The canonical text, whatever the expression was parsed from. */
  public final String canonical() {
    StringBuilder out = new StringBuilder();
    node.render(out);
    return out.toString();
  }

  /** The text it was parsed from, if parsed and unchanged; else {@link #canonical()}. */
  @Override
  public final String toString() {
    return source != null ? source : canonical();
  }

  /**
   * The Java code that builds this expression with the static methods of {@link Expressions}, for
   * code generators: {@code attr("type").eq("sales").and(attr("level").gte(5))}. The code builds an
   * expression equal to this one, but prints {@link #canonical()} text.
   *
   * @return the code; empty when the builder cannot express a part (a hyphenated attribute name,
   *     {@code null} or a list on the left of a comparison, a number beyond {@code long} or {@code
   *     double}): use the text form ({@link #toString()}) then
   */
  public final Optional<String> toJava() {
    return JavaDsl.of(node);
  }

  /**
   * Checks the expression for traps TaskRouter does not report: hyphenated attribute names, {@code
   * =} and other aliases, HAS/IN/CONTAINS on the wrong shape of literal, comparisons of mismatched
   * types, always-true or always-false parts, AND and OR mixed without parentheses, and impossible
   * {@code taskrouter.*} values. Columns refer to {@link #toString()}.
   *
   * @return the problems, in column order; empty if none
   */
  public final List<ExpressionProblem> lint() {
    return Linter.lint(toString(), context());
  }

  /**
   * The attribute paths the expression reads, as written, in order of first appearance: bare
   * ({@code customer.tier}), prefixed ({@code task.skill}, {@code worker.skills[0]}), worker counts
   * ({@code workers.available}) and variables ({@code taskrouter.currentTime}). Paths inside string
   * literals are not paths, and are not listed.
   *
   * @return an unmodifiable, ordered set; empty for {@code 1==1}
   */
  public final Set<String> attributePaths() {
    Set<String> paths = new LinkedHashSet<>();
    collect(node, paths);
    return Collections.unmodifiableSet(paths);
  }

  /**
   * Whether the expression reads a {@code taskrouter.*} time variable, so must be evaluated with an
   * {@code Instant} (the {@code test} variants without one throw {@link IllegalStateException}).
   */
  public final boolean readsTime() {
    for (String path : attributePaths()) {
      if (path.startsWith("taskrouter.")) {
        return true;
      }
    }
    return false;
  }

  private static void collect(Node node, Set<String> paths) {
    if (node instanceof LogicalNode) {
      for (Node child : ((LogicalNode) node).children) {
        collect(child, paths);
      }
      return;
    }
    ComparisonNode c = (ComparisonNode) node;
    if (c.left instanceof PathNode) {
      paths.add(((PathNode) c.left).text);
    }
    if (c.right instanceof PathNode) {
      paths.add(((PathNode) c.right).text);
    }
  }

  /**
   * Both conditions: {@code a.and(b)} renders {@code (a) AND (b)}.
   *
   * @throws IllegalArgumentException if they mix attribute forms of different contexts
   */
  public Expression and(Expression other) {
    return built(join(true, other));
  }

  /**
   * Either condition: {@code a.or(b)} renders {@code (a) OR (b)}.
   *
   * @throws IllegalArgumentException if they mix attribute forms of different contexts
   */
  public Expression or(Expression other) {
    return built(join(false, other));
  }

  /**
   * The opposite condition, written without NOT (TaskRouter has none): operators are inverted
   * ({@code ==}/{@code !=}, {@code <}/{@code >=}, {@code >}/{@code <=}, {@code IN}/{@code NOT IN})
   * and AND/OR swapped by De Morgan's laws. {@code attr("a").eq(1).and(attr("b").lt(2)).not()}
   * renders {@code (a != 1) OR (b >= 2)}.
   *
   * <p>The inversion is exact where the compared values have the operator's type; TaskRouter makes
   * both {@code a < 2} and {@code a >= 2} false when {@code a} is missing or not a number.
   *
   * @throws UnsupportedOperationException if a part uses CONTAINS or HAS, which have no inverse
   */
  public Expression not() {
    return built(node.negate());
  }

  /** This expression as a workflow filter expression (bare task attributes). */
  public FilterExpression asFilter() {
    if (this instanceof FilterExpression) {
      return (FilterExpression) this;
    }
    return new FilterExpression(checked(ExpressionContext.FILTER), source);
  }

  /** This expression as a workflow target expression ({@code task.}/{@code worker.}). */
  public TargetExpression asTarget() {
    if (this instanceof TargetExpression) {
      return (TargetExpression) this;
    }
    return new TargetExpression(checked(ExpressionContext.TARGET), source);
  }

  /** This expression as a TaskQueue {@code target_workers} expression (bare worker attributes). */
  public WorkerExpression asWorkers() {
    if (this instanceof WorkerExpression) {
      return (WorkerExpression) this;
    }
    return new WorkerExpression(checked(ExpressionContext.WORKERS), source);
  }

  /** This expression as a {@code skip_if} expression ({@code workers.*}). */
  public SkipIfExpression asSkipIf() {
    if (this instanceof SkipIfExpression) {
      return (SkipIfExpression) this;
    }
    return new SkipIfExpression(checked(ExpressionContext.SKIP_IF), source);
  }

  private Node checked(ExpressionContext target) {
    if ((node.contexts & target.bit) == 0) {
      // Re-parsing the text in the target context reports the first offending attribute, with
      // its column and a caret.
      return Parser.parse(toString(), target);
    }
    return node;
  }

  /** Joins and checks that the result still fits {@code context}. */
  Node join(boolean and, Expression other, ExpressionContext context) {
    Node joined = join(and, other);
    if ((joined.contexts & context.bit) == 0) {
      throw new IllegalArgumentException(
          "'" + other + "' cannot be used in " + context.describe() + ": " + canonicalOf(joined));
    }
    return joined;
  }

  /** The negated condition; negation keeps every operand, so the context is unchanged. */
  Node negated() {
    return node.negate();
  }

  private static String canonicalOf(Node node) {
    StringBuilder out = new StringBuilder();
    node.render(out);
    return out.toString();
  }

  Node join(boolean and, Expression other) {
    Objects.requireNonNull(other, "other == null");
    return LogicalNode.of(and, Arrays.asList(node, other.node), 0);
  }

  /** Structural equality; see the class comment for what is ignored. */
  @Override
  public final boolean equals(Object o) {
    return o instanceof Expression && ((Expression) o).node.equals(node);
  }

  @Override
  public final int hashCode() {
    return node.hashCode();
  }
}
