package io.github.taskrouter4j.workflow.expression;

/** How serious a lint problem is. Shared by the expression linter and the configuration linter. */
public enum Severity {
  /** TaskRouter rejects it, or it cannot behave as written. */
  ERROR,
  /** Accepted, but probably not what the author meant, or relying on undocumented behaviour. */
  WARNING
}
