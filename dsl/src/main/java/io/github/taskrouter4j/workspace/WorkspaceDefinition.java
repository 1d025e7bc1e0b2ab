package io.github.taskrouter4j.workspace;

import io.github.taskrouter4j.WorkspaceApi;
import io.github.taskrouter4j.workflow.Problem;
import io.github.taskrouter4j.workflow.expression.Severity;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A whole workspace as an immutable value: its settings, activities, task channels, task queues and
 * workflows, and workers if you keep those in code too. Resources refer to each other by {@link
 * ActivityKey} and {@link QueueKey}, never by SID, so one definition applies to any account.
 *
 * <pre>{@code
 * ActivityKey offline = ActivityKey.of("Offline");
 * ActivityKey busy = ActivityKey.of("Busy");
 * QueueKey sales = QueueKey.of("Sales");
 * WorkspaceDefinition definition = WorkspaceDefinition.builder()
 *     .settings(WorkspaceSettings.builder().defaultActivity(offline).timeoutActivity(offline).build())
 *     .addActivities(DeclaredActivity.of(offline, false), DeclaredActivity.of(busy, false))
 *     .addTaskQueues(DeclaredTaskQueue.builder(sales).reservationActivity(busy).build())
 *     .addWorkflows(DeclaredWorkflow.of("Incoming",
 *         WorkflowConfiguration.builder().defaultQueue(sales.ref()).build()))
 *     .build();
 * }</pre>
 *
 * <p>{@code build()} checks everything that can be checked before anything is sent (references to
 * undeclared keys, duplicate names, every configuration lint and every worker-expression lint) and
 * throws {@link InvalidDefinitionException} listing each error with its location; warnings are kept
 * in {@link #lint()}.
 */
@Value.Immutable
public abstract class WorkspaceDefinition {
  WorkspaceDefinition() {}

  /** Starts an empty definition. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkspaceDefinition}; {@code build()} validates it. */
  public static class Builder extends ImmutableWorkspaceDefinition.Builder {
    Builder() {}
  }

  /**
   * Reads a live workspace into a definition: its settings, every activity, task channel, task
   * queue and workflow (workers are left out; {@link #importWithWorkers} reads them too), each
   * bound to its live SID, with workflow configurations naming queues by {@link QueueKey#ref()}.
   * Applying it to another workspace reproduces this one; {@link #toJavaSource(String, String)}
   * writes it as Java.
   *
   * @param workspace the workspace to read
   * @return the definition
   * @throws InvalidDefinitionException if the live workspace breaks a rule of definitions, e.g. two
   *     queues with one name
   */
  public static WorkspaceDefinition importFrom(WorkspaceApi workspace) {
    return Importer.importFrom(LiveWorkspace.read(workspace));
  }

  /**
   * Reads a live workspace as {@link #importFrom(WorkspaceApi)} does, and its workers too: each
   * worker's friendly name, attributes and current activity (as {@link
   * DeclaredWorker#initialActivity()}, used only when a worker is created), bound to its live SID.
   * A definition with workers manages them: a plan lists live workers it does not declare, and
   * {@link Prune#DELETE_UNMANAGED} deletes them. Use it for workspaces whose workers you keep in
   * code too; where workers come and go through another system (an HR feed, Flex), use {@link
   * #importFrom(WorkspaceApi)}.
   *
   * @param workspace the workspace to read
   * @return the definition, with one {@link DeclaredWorker} per live worker
   * @throws InvalidDefinitionException if the live workspace breaks a rule of definitions
   */
  public static WorkspaceDefinition importWithWorkers(WorkspaceApi workspace) {
    return Importer.importFrom(LiveWorkspace.read(workspace, true));
  }

  /** The workspace's own settings; by default none is managed. */
  @Value.Default
  public WorkspaceSettings settings() {
    return WorkspaceSettings.builder().build();
  }

  /** The activities, in declaration order. */
  public abstract List<DeclaredActivity> activities();

  /** The task channels, in declaration order. */
  public abstract List<DeclaredTaskChannel> taskChannels();

  /** The task queues, in declaration order. */
  public abstract List<DeclaredTaskQueue> taskQueues();

  /** The workflows, in declaration order. */
  public abstract List<DeclaredWorkflow> workflows();

  /**
   * The workers; when empty (the default) workers are not managed: the plan neither changes nor
   * lists live workers.
   */
  public abstract List<DeclaredWorker> workers();

  /** Whether this definition manages workers (declares at least one). */
  public boolean managesWorkers() {
    return !workers().isEmpty();
  }

  /**
   * Every problem of the definition, errors and warnings, each with a location such as {@code
   * workflows["Incoming"].configuration.task_routing.filters[0]}. A built definition has warnings
   * only.
   */
  public List<Problem> lint() {
    return DefinitionLinter.lint(this);
  }

  /**
   * Java source for a class {@code className} in {@code packageName} whose {@code definition()}
   * method builds this definition: one step from an imported workspace to code.
   *
   * @param packageName the package of the generated class, e.g. {@code com.example.routing}
   * @param className the simple name of the generated class, e.g. {@code SupportWorkspace}
   * @return the source, formatted, ending with a newline
   */
  public String toJavaSource(String packageName, String className) {
    return JavaSourceWriter.write(this, packageName, className);
  }

  @Value.Check
  void check() {
    List<Problem> errors =
        lint().stream().filter(p -> p.severity() == Severity.ERROR).collect(Collectors.toList());
    if (!errors.isEmpty()) {
      throw new InvalidDefinitionException(errors);
    }
  }
}
