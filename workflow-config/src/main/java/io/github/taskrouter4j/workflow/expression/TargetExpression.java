package io.github.taskrouter4j.workflow.expression;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * A workflow target expression: {@code task.} and {@code worker.} prefixes, as in {@code
 * worker.skills HAS task.skill}. Worker fields {@code worker.sid}, {@code worker.friendly_name},
 * {@code worker.activity_sid} and {@code worker.activity_name} are read from the worker node passed
 * in, so the caller merges them into the worker attributes.
 *
 * <p>Compiled once when made; {@code test} neither re-parses nor reflects. Evaluation follows
 * TaskRouter's rules:
 *
 * <ul>
 *   <li>a missing attribute, or JSON null, is NULL: {@code x == null} is true, {@code x != "a"} is
 *       true, {@code x == "a"}, {@code x < 5} and {@code x CONTAINS "a"} are false;
 *   <li>values of different types are never equal ({@code "5" == 5} is false, so {@code "5" != 5}
 *       is true); {@code < <= > >=} compare numbers with numbers or numeric strings, strings with
 *       strings, and are false otherwise;
 *   <li>strings compare case-sensitively; integers and decimals compare by value ({@code 1 ==
 *       1.0});
 *   <li>{@code HAS} needs an array on the left, {@code IN}/{@code NOT IN} an array on the right
 *       (literal or attribute), {@code CONTAINS} two strings (substring); any other shape is false,
 *       as are {@code ==}/{@code !=} with an array;
 *   <li>{@code taskrouter.*} variables come from the {@code now} argument, in UTC; calling a
 *       variant without {@code now} on an expression that reads them throws {@link
 *       IllegalStateException}.
 * </ul>
 */
public final class TargetExpression extends Expression {
  private final CompiledExpression eval;

  TargetExpression(Node node, String source) {
    super(node, source);
    this.eval = Compiler.compile(node, ExpressionContext.TARGET);
  }

  /** Returns {@link ExpressionContext#TARGET}. */
  @Override
  public ExpressionContext context() {
    return ExpressionContext.TARGET;
  }

  /**
   * Evaluates for one task and one worker.
   *
   * @param task the task attributes
   * @param worker the worker attributes, with {@code sid}, {@code friendly_name}, {@code
   *     activity_sid} and {@code activity_name} merged in if the expression reads them
   * @return whether the worker is eligible for the task
   * @throws IllegalStateException if the expression reads {@code taskrouter.*} time variables
   */
  public boolean test(JsonNode task, JsonNode worker) {
    return eval.test(
        Objects.requireNonNull(task, "task == null"),
        Objects.requireNonNull(worker, "worker == null"),
        Env.NONE);
  }

  /**
   * Evaluates for one task and one worker at a given time.
   *
   * @param task the task attributes
   * @param worker the worker attributes (see {@link #test(JsonNode, JsonNode)})
   * @param now the time {@code taskrouter.*} variables read, in UTC
   * @return whether the worker is eligible for the task
   */
  public boolean test(JsonNode task, JsonNode worker, Instant now) {
    return eval.test(
        Objects.requireNonNull(task, "task == null"),
        Objects.requireNonNull(worker, "worker == null"),
        eval.at(Objects.requireNonNull(now, "now == null")));
  }

  /**
   * Both conditions, as a target expression.
   *
   * @throws IllegalArgumentException if {@code other} uses attributes not allowed here
   */
  @Override
  public TargetExpression and(Expression other) {
    return new TargetExpression(join(true, other, ExpressionContext.TARGET), null);
  }

  /**
   * Either condition, as a target expression.
   *
   * @throws IllegalArgumentException if {@code other} uses attributes not allowed here
   */
  @Override
  public TargetExpression or(Expression other) {
    return new TargetExpression(join(false, other, ExpressionContext.TARGET), null);
  }

  /** The opposite condition, as a target expression; see {@link Expression#not()}. */
  @Override
  public TargetExpression not() {
    return new TargetExpression(negated(), null);
  }
}
