package io.github.taskrouter4j.workflow.expression;

/**
 * Where an expression is used, which decides the attribute forms it may contain.
 *
 * <table>
 *   <caption>Attribute forms per context</caption>
 *   <tr><th>context</th><th>used as</th><th>attributes</th></tr>
 *   <tr><td>{@link #FILTER}</td><td>workflow filter {@code expression}</td>
 *       <td>bare task attributes: {@code type == "sales"}</td></tr>
 *   <tr><td>{@link #TARGET}</td><td>workflow target {@code expression}</td>
 *       <td>{@code task.} and {@code worker.} prefixes: {@code worker.skills HAS task.skill}</td></tr>
 *   <tr><td>{@link #WORKERS}</td><td>TaskQueue {@code target_workers}</td>
 *       <td>bare worker attributes: {@code skills HAS "support"}</td></tr>
 *   <tr><td>{@link #SKIP_IF}</td><td>workflow target {@code skip_if}</td>
 *       <td>{@code workers.available}, {@code workers.unavailable}, {@code workers.WA…}</td></tr>
 * </table>
 *
 * <p>{@code taskrouter.currentTime}, {@code currentHour}, {@code currentMin} and {@code dayOfWeek}
 * are allowed everywhere except {@code skip_if}. Literals are allowed everywhere.
 *
 * <p>A prefix is recognised by its first segment followed by a dot: {@code task.x} is a prefixed
 * path, {@code task} and {@code task[0]} are bare attributes. Twilio documents bare keys for
 * filters and target_workers and prefixed keys for targets. A filter is evaluated against the task
 * alone, so {@code task.x} or {@code worker.x} in filter text is the task attribute path it spells:
 * {@link Expressions#parseFilter(String)} accepts it (TaskRouter does) and the linter reports it
 * ({@code prefixed-attribute-in-filter}); converting a Java-built target expression with {@link
 * Expression#asFilter()} still refuses it, as a type mistake.
 */
public enum ExpressionContext {
  /** A workflow filter expression: bare task attributes. */
  FILTER(ContextBits.FILTER),
  /** A workflow target expression: {@code task.} and {@code worker.} prefixes. */
  TARGET(ContextBits.TARGET),
  /** A TaskQueue {@code target_workers} expression: bare worker attributes. */
  WORKERS(ContextBits.WORKERS),
  /** A target's {@code skip_if}: {@code workers.*} counts. */
  SKIP_IF(ContextBits.SKIP_IF),
  /** Parsed by {@link Expressions#parse(String)}: valid in at least one context, not yet fixed. */
  ANY(ContextBits.ANY);

  final int bit;

  ExpressionContext(int bit) {
    this.bit = bit;
  }

  /** The name users know the context by, used in error messages. */
  String describe() {
    switch (this) {
      case FILTER:
        return "a workflow filter expression";
      case TARGET:
        return "a workflow target expression";
      case WORKERS:
        return "a TaskQueue target_workers expression";
      case SKIP_IF:
        return "a skip_if expression";
      default:
        return "an expression";
    }
  }
}
