package io.github.taskrouter4j.workspace;

/**
 * A plan cannot be made, e.g. two live resources match one declaration; the message says which
 * declaration, which live resources, and how to resolve it.
 */
public final class WorkspacePlanException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  WorkspacePlanException(String message) {
    super(message);
  }

  WorkspacePlanException(String message, Throwable cause) {
    super(message, cause);
  }
}
