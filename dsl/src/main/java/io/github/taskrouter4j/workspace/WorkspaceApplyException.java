package io.github.taskrouter4j.workspace;

/** Apply stopped at a refusal; {@link #result()} says what was done and what was not. */
public final class WorkspaceApplyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ApplyResult result;

  WorkspaceApplyException(ApplyResult result) {
    super(result.summary() + " Reason: " + result.reason().orElse("unknown"));
    this.result = result;
  }

  /** What apply did before it stopped. */
  public ApplyResult result() {
    return result;
  }
}
