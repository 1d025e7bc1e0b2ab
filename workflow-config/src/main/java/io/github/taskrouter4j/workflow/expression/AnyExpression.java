package io.github.taskrouter4j.workflow.expression;

/** An expression whose context is not fixed (parsed by {@code Expressions.parse}, or literals). */
final class AnyExpression extends Expression {
  AnyExpression(Node node, String source) {
    super(node, source);
  }

  @Override
  public ExpressionContext context() {
    return ExpressionContext.ANY;
  }
}
