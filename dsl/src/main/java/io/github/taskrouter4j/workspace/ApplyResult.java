package io.github.taskrouter4j.workspace;

import io.github.taskrouter4j.sid.WorkspaceSid;
import java.util.List;
import java.util.Optional;

/**
 * What {@link WorkspaceSync#apply(Plan)} did: the changes made, and if it stopped, the change that
 * was refused, why, and the changes not tried. Planning again and applying continues from where it
 * stopped.
 */
public final class ApplyResult {
  private final List<ResourceChange> done;
  private final Optional<ResourceChange> refused;
  private final Optional<String> reason;
  private final List<ResourceChange> notDone;
  private final WorkspaceSid workspace;

  ApplyResult(
      List<ResourceChange> done,
      Optional<ResourceChange> refused,
      Optional<String> reason,
      List<ResourceChange> notDone,
      WorkspaceSid workspace) {
    this.done = List.copyOf(done);
    this.refused = refused;
    this.reason = reason;
    this.notDone = List.copyOf(notDone);
    this.workspace = workspace;
  }

  /** Whether every change of the plan was made. */
  public boolean isComplete() {
    return refused.isEmpty();
  }

  /** The changes made, in order. */
  public List<ResourceChange> done() {
    return done;
  }

  /** The change that was refused, if apply stopped. */
  public Optional<ResourceChange> refused() {
    return refused;
  }

  /** Why it was refused: Twilio's answer, or what apply noticed before asking. */
  public Optional<String> reason() {
    return reason;
  }

  /** The changes after the refused one, not tried. */
  public List<ResourceChange> notDone() {
    return notDone;
  }

  /**
   * Throws if apply stopped.
   *
   * @return this result, for chaining
   * @throws WorkspaceApplyException with this result, saying what was refused and why
   */
  public ApplyResult requireComplete() {
    if (!isComplete()) {
      throw new WorkspaceApplyException(this);
    }
    return this;
  }

  /** One line per change made, then the refused one and those not done, then a summary line. */
  public String toText() {
    StringBuilder text = new StringBuilder();
    done.forEach(c -> text.append("done      ").append(line(c)).append('\n'));
    refused.ifPresent(
        c ->
            text.append("refused   ")
                .append(line(c))
                .append(": ")
                .append(reason.orElse(""))
                .append('\n'));
    notDone.forEach(c -> text.append("not done  ").append(line(c)).append('\n'));
    return text.append(summary()).append('\n').toString();
  }

  /** {@code Applied 3 changes to workspace WS….} or where it stopped. */
  public String summary() {
    if (isComplete()) {
      return "Applied "
          + done.size()
          + " change"
          + (done.size() == 1 ? "" : "s")
          + " to workspace "
          + workspace
          + ".";
    }
    return "Stopped after "
        + done.size()
        + " of "
        + (done.size() + 1 + notDone.size())
        + " changes to workspace "
        + workspace
        + ": "
        + refused.get().subject()
        + " was refused; plan again to continue.";
  }

  private static String line(ResourceChange change) {
    return change.action().symbol() + " " + change.subject();
  }

  /** {@link #toText()}. */
  @Override
  public String toString() {
    return toText();
  }
}
