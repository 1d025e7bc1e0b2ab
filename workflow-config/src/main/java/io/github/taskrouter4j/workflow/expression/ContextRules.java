package io.github.taskrouter4j.workflow.expression;

/** The messages that explain why an attribute form is not allowed in a context. */
final class ContextRules {
  private ContextRules() {}

  /** Why {@code task.x}/{@code worker.x} in a filter is suspicious, and what to write instead. */
  static String prefixInFilter(PathNode p) {
    String bare = p.text.substring(p.text.indexOf('.') + 1);
    if (p.scope == PathNode.Scope.WORKER) {
      return "'"
          + p.text
          + "' reads the task attribute 'worker' (a filter sees only the task, never a worker):"
          + " to choose workers, move this condition to a target expression; if the task really"
          + " has a 'worker' object, keep it";
    }
    return "'"
        + p.text
        + "' reads the task attribute 'task', not '"
        + bare
        + "': in a filter task attributes are bare, so write '"
        + bare
        + "' unless the task really has a 'task' object";
  }

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
