package io.github.taskrouter4j.workflow.routing;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One line of a {@link RoutingDecision#trace()}: what happened to the task at one filter, and why.
 *
 * <pre>{@code
 * [0] "Silver Tickets" not matched: customer_value == 'Silver' is false (customer_value = "Gold")
 * }</pre>
 */
public final class FilterEvaluation {
  /** What the filter did with the task. */
  public enum Result {
    /** The filter's expression was false: the task went on to the next filter. */
    NOT_MATCHED,
    /** The filter matched and the task stays in one of its steps (until accepted or its TTL). */
    MATCHED,
    /**
     * The filter matched but its last step timed out: the task flows to the next matching filter
     * (never to the default filter), or is canceled if there is none.
     */
    TIMED_OUT,
    /**
     * The filter matched but {@code skip_if} skipped its last step: the task is evaluated as if the
     * filter had not matched, and still qualifies for the default filter.
     */
    SKIPPED
  }

  private final int index;
  private final String name;
  private final Result result;
  private final Duration reachedAfter;
  private Supplier<String> explanation; // computed on first use, then dropped
  private volatile String reason;

  FilterEvaluation(int index, String name, Result result, Duration reachedAfter, String reason) {
    this(index, name, result, reachedAfter, () -> reason);
  }

  /** The reason is computed only if asked for: routing many tasks rarely reads it. */
  FilterEvaluation(
      int index, String name, Result result, Duration reachedAfter, Supplier<String> reason) {
    this.index = index;
    this.name = Objects.requireNonNull(name, "name");
    this.result = Objects.requireNonNull(result, "result");
    this.reachedAfter = Objects.requireNonNull(reachedAfter, "reachedAfter");
    this.explanation = Objects.requireNonNull(reason, "reason");
  }

  /** The filter's position in {@code task_routing.filters} (0-based). */
  public int index() {
    return index;
  }

  /** The filter's {@code filter_friendly_name} (may be empty). */
  public String name() {
    return name;
  }

  /** The filter's JSON path, for example {@code task_routing.filters[2]}. */
  public String path() {
    // Built when asked for: a router makes one evaluation per filter a task passes, and rarely
    // reads the path.
    return "task_routing.filters[" + index + "]";
  }

  /** What the filter did with the task. */
  public Result result() {
    return result;
  }

  /** How long after routing began the task reached this filter (non-zero after timeouts). */
  public Duration reachedAfter() {
    return reachedAfter;
  }

  /** Why, in words: the false expression and the attribute values it read, or what ended it. */
  public String reason() {
    String r = reason;
    if (r == null) {
      synchronized (this) {
        if (reason == null) {
          reason = explanation.get();
          explanation = null;
        }
        r = reason;
      }
    }
    return r;
  }

  /** Whether this filter's expression matched the task. */
  public boolean matched() {
    return result != Result.NOT_MATCHED;
  }

  /** The reason, unless empty. */
  Optional<String> reasonIfAny() {
    String r = reason();
    return r.isEmpty() ? Optional.empty() : Optional.of(r);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FilterEvaluation)) {
      return false;
    }
    FilterEvaluation other = (FilterEvaluation) o;
    return index == other.index
        && name.equals(other.name)
        && result == other.result
        && reachedAfter.equals(other.reachedAfter)
        && reason().equals(other.reason());
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, name, result, reachedAfter);
  }

  /** For example {@code [1] "Gold Tickets" matched}. */
  @Override
  public String toString() {
    String label = result.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    String at = reachedAfter.isZero() ? "" : " at +" + Durations.format(reachedAfter);
    return "["
        + index
        + "] \""
        + name
        + "\" "
        + label
        + at
        + reasonIfAny().map(r -> ": " + r).orElse("");
  }
}
