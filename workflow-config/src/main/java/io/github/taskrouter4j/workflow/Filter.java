package io.github.taskrouter4j.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.workflow.expression.Expression;
import io.github.taskrouter4j.workflow.expression.Expressions;
import io.github.taskrouter4j.workflow.expression.FilterExpression;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One routing rule of a workflow: tasks whose attributes match {@link #expression()} go through
 * {@link #targets()}, one step after the other. The first matching filter wins.
 *
 * <pre>{@code
 * Filter.named("Gold Tickets")
 *     .when(attr("customer_value").eq("Gold"))
 *     .target(Target.queue(gold).priority(2).timeout(Duration.ofSeconds(30)))
 *     .target(Target.queue(everyone))
 * // {"filter_friendly_name": "Gold Tickets", "expression": "customer_value == \"Gold\"",
 * //  "targets": [{"queue": "WQ…", "priority": 2, "timeout": 30}, {"queue": "WQ…"}]}
 * }</pre>
 */
public final class Filter {
  private final String name;
  private final FilterExpression expression;
  private final List<Target> targets;
  private final Map<String, JsonNode> extras;
  private final boolean emptyNameWritten;

  private Filter(String name, FilterExpression expression, List<Target> targets, Builder b) {
    this.name = name;
    this.emptyNameWritten = name.isEmpty() && b.emptyNameWritten;
    this.expression = expression;
    this.targets = Collections.unmodifiableList(targets);
    this.extras = Extras.freeze(b.extras);
  }

  /**
   * Starts a filter with a name ({@code filter_friendly_name}), shown in the Console and in routing
   * traces.
   *
   * @param name the filter's name; may be empty for an unnamed filter
   * @return a builder; next call {@link Builder#when(Expression)}
   */
  public static Builder named(String name) {
    return new Builder(Objects.requireNonNull(name, "name == null"));
  }

  /** The filter's name ({@code filter_friendly_name}); empty if the document gave none. */
  public String name() {
    return name;
  }

  /** The condition on the task's attributes. */
  public FilterExpression expression() {
    return expression;
  }

  /** The routing steps, in order; each target's {@link Target#queue()} is resolved. */
  public List<Target> targets() {
    return targets;
  }

  /** Fields of the JSON filter this library does not model, in document order (copies). */
  public Map<String, JsonNode> extras() {
    return Extras.copy(extras);
  }

  Map<String, JsonNode> extrasView() {
    return extras;
  }

  /**
   * Whether the document wrote {@code "filter_friendly_name": ""}; Twilio treats it like no name,
   * but writing it back keeps a round trip free of diffs.
   */
  boolean emptyNameWritten() {
    return emptyNameWritten;
  }

  /** A builder holding this filter's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(name).when(expression);
    b.emptyNameWritten = emptyNameWritten;
    for (Target target : targets) {
      b.target(target);
    }
    b.extras.putAll(extras);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Filter)) {
      return false;
    }
    Filter that = (Filter) other;
    return name.equals(that.name)
        && emptyNameWritten == that.emptyNameWritten
        && expression.equals(that.expression)
        && targets.equals(that.targets)
        && extras.equals(that.extras);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, expression, targets, extras);
  }

  /** The filter's canonical JSON, minified. */
  @Override
  public String toString() {
    return ConfigurationWriter.minify(ConfigurationWriter.filter(this, false));
  }

  /** Builds a {@link Filter}; text expressions are parsed at build time. */
  public static final class Builder {
    private final String name;
    private Expression expression;
    private String expressionText;
    private final List<Object> targets = new ArrayList<>();
    private final Map<String, JsonNode> extras = new LinkedHashMap<>();
    private boolean emptyNameWritten;

    Builder(String name) {
      this.name = name;
    }

    /** Keeps an empty name written, as the document had it (see {@link #emptyNameWritten()}). */
    Builder keepEmptyName() {
      this.emptyNameWritten = true;
      return this;
    }

    /** Keeps a field under a modelled name (a conflicting legacy spelling), for the linter. */
    Builder keepConflicting(String name, JsonNode value) {
      extras.put(name, value.deepCopy());
      return this;
    }

    /**
     * Sets the condition: {@code .when(attr("type").eq("ticket"))} renders {@code type ==
     * "ticket"}. Any expression over bare task attributes fits (built, or from {@link
     * Expressions#parseFilter(String)}); one using {@code task.}/{@code worker.} prefixes is
     * reported at build time.
     */
    public Builder when(Expression expression) {
      this.expression = Objects.requireNonNull(expression, "expression == null");
      this.expressionText = null;
      return this;
    }

    /**
     * Sets the condition from text, parsed at build time; a syntax error names this filter and the
     * column: {@code .when("customer_value == 'Gold' AND type == 'ticket'")}.
     */
    public Builder when(String expression) {
      this.expressionText = Objects.requireNonNull(expression, "expression == null");
      this.expression = null;
      return this;
    }

    /** Appends a routing step. */
    public Builder target(Target target) {
      targets.add(Objects.requireNonNull(target, "target == null"));
      return this;
    }

    /** Appends a routing step, built (and its text expressions parsed) with this filter. */
    public Builder target(Target.Builder target) {
      targets.add(Objects.requireNonNull(target, "target == null"));
      return this;
    }

    /**
     * Adds a field this library does not model; it is written after the modelled ones.
     *
     * @param name a field name other than the modelled ones
     * @param value its JSON value (copied)
     */
    public Builder extra(String name, JsonNode value) {
      Extras.put(extras, Fields.FILTER, name, value);
      return this;
    }

    /**
     * Builds the filter.
     *
     * @throws InvalidConfigurationException listing every problem, each naming this filter
     */
    public Filter build() {
      List<Problem> problems = new ArrayList<>();
      Filter filter = build("", problems);
      if (!problems.isEmpty()) {
        throw new InvalidConfigurationException(problems);
      }
      return filter;
    }

    Filter build(String path, List<Problem> problems) {
      int before = problems.size();
      String at = path.isEmpty() ? "" : path + ".";
      String owner = name.isEmpty() ? "unnamed filter" : "filter \"" + name + "\"";
      FilterExpression condition = null;
      if (expressionText != null) {
        condition =
            Parsing.parse(
                expressionText, Expressions::parseFilter, at + "expression", owner, problems);
      } else if (expression != null) {
        condition =
            Parsing.convert(expression, Expression::asFilter, at + "expression", owner, problems);
      } else {
        problems.add(
            Problem.error(
                at + "expression",
                "MISSING_EXPRESSION",
                owner + ": needs an expression; use when(...) (\"1==1\" matches every task)"));
      }
      List<Target> built = new ArrayList<>();
      io.github.taskrouter4j.sid.TaskQueueSid current = null;
      for (int i = 0; i < targets.size(); i++) {
        String targetPath = at + "targets[" + i + "]";
        Object item = targets.get(i);
        Target target =
            item instanceof Target
                ? (Target) item
                : ((Target.Builder) item)
                    .build(targetPath, owner + ", target " + (i + 1), problems);
        if (target == null) {
          continue;
        }
        if (target.declaresQueue()) {
          current = target.declaredQueue().get();
        } else if (current == null) {
          problems.add(
              Problem.error(
                  targetPath + ".queue",
                  "MISSING_QUEUE",
                  owner
                      + ", target "
                      + (i + 1)
                      + ": needs a queue; only targets after the first may inherit one"));
          continue;
        }
        built.add(target.inheriting(current));
      }
      return problems.size() == before ? new Filter(name, condition, built, this) : null;
    }
  }
}
