package io.github.taskrouter4j.workflow.expression;

/** The messages that explain why an attribute form is not allowed in a context. */
final class ContextRules {
  private ContextRules() {}

  static String misuse(PathNode p, ExpressionContext context) {
    String inContext = " in " + context.describe();
    switch (p.scope) {
      case BARE:
        if (context == ExpressionContext.TARGET) {
          return "'"
              + p.text
              + "' has no prefix, but every attribute"
              + inContext
              + " needs one: write 'task."
              + p.text
              + "' or 'worker."
              + p.text
              + "'";
        }
        return "'"
            + p.text
            + "' is not allowed"
            + inContext
            + ": use workers.available, workers.unavailable or workers.<ActivitySid>";
      case TASK:
      case WORKER:
        String bare = p.text.substring(p.text.indexOf('.') + 1);
        if (context == ExpressionContext.FILTER && p.scope == PathNode.Scope.TASK) {
          return "'"
              + p.text
              + "' has a prefix, but"
              + inContext
              + " task attributes are bare: write '"
              + bare
              + "'";
        }
        if (context == ExpressionContext.WORKERS && p.scope == PathNode.Scope.WORKER) {
          return "'"
              + p.text
              + "' has a prefix, but"
              + inContext
              + " worker attributes are bare: write '"
              + bare
              + "'";
        }
        return "'"
            + p.text
            + "' is not allowed"
            + inContext
            + ": task. and worker. prefixes belong to workflow target expressions";
      case WORKERS:
        return "'"
            + p.text
            + "' is not allowed"
            + inContext
            + ": workers.* counts belong to a target's skip_if";
      default:
        return "'" + p.text + "' is not allowed" + inContext + ": skip_if can only use workers.*";
    }
  }
}
