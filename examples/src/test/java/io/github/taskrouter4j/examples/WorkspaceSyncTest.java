package io.github.taskrouter4j.examples;

import static io.github.taskrouter4j.examples.WorkspaceAsCode.BUSY;
import static io.github.taskrouter4j.examples.WorkspaceAsCode.EVERYONE;
import static io.github.taskrouter4j.examples.WorkspaceAsCode.OFFLINE;
import static io.github.taskrouter4j.examples.WorkspaceAsCode.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.taskrouter4j.TaskRouter;
import io.github.taskrouter4j.WorkspaceApi;
import io.github.taskrouter4j.emulator.TaskRouterEmulator;
import io.github.taskrouter4j.resource.Activity;
import io.github.taskrouter4j.resource.Task;
import io.github.taskrouter4j.resource.TaskQueue;
import io.github.taskrouter4j.resource.Worker;
import io.github.taskrouter4j.resource.Workflow;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.Target;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workspace.ActivityKey;
import io.github.taskrouter4j.workspace.ApplyResult;
import io.github.taskrouter4j.workspace.ChangeAction;
import io.github.taskrouter4j.workspace.DeclaredActivity;
import io.github.taskrouter4j.workspace.DeclaredTaskQueue;
import io.github.taskrouter4j.workspace.DeclaredWorker;
import io.github.taskrouter4j.workspace.DeclaredWorkflow;
import io.github.taskrouter4j.workspace.FieldChange;
import io.github.taskrouter4j.workspace.Plan;
import io.github.taskrouter4j.workspace.Prune;
import io.github.taskrouter4j.workspace.QueueKey;
import io.github.taskrouter4j.workspace.ResourceChange;
import io.github.taskrouter4j.workspace.WorkspaceApplyException;
import io.github.taskrouter4j.workspace.WorkspaceDefinition;
import io.github.taskrouter4j.workspace.WorkspacePlanException;
import io.github.taskrouter4j.workspace.WorkspaceSettings;
import io.github.taskrouter4j.workspace.WorkspaceSync;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Plan and apply of workspace definitions against the emulator, over real loopback HTTP. */
class WorkspaceSyncTest {
  private TaskRouterEmulator emulator;
  private TaskRouter tr;

  @BeforeEach
  void start() {
    emulator = TaskRouterEmulator.start();
    tr = emulator.newClient();
  }

  @AfterEach
  void stop() {
    tr.close();
    emulator.close();
  }

  private WorkspaceApi freshWorkspace(String name) {
    return tr.workspace(tr.workspaces().create(w -> w.friendlyName(name)).sid());
  }

  /** A workspace with the example's definition applied. */
  private WorkspaceApi appliedWorkspace() {
    WorkspaceApi ws = freshWorkspace("Support");
    WorkspaceSync.apply(WorkspaceSync.plan(WorkspaceAsCode.definition(), ws)).requireComplete();
    return ws;
  }

  private static DeclaredTaskQueue queue(WorkspaceDefinition definition, QueueKey key) {
    return definition.taskQueues().stream()
        .filter(q -> q.key().equals(key))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> pendingLines(Plan plan) {
    return plan.toText().lines().filter(l -> !l.startsWith("?")).collect(Collectors.toList());
  }

  @Test
  void apply_toEmptyWorkspace_thenPlanIsEmptyAndApplyingAgainChangesNothing() {
    WorkspaceApi ws = freshWorkspace("Support");

    Plan first = WorkspaceSync.plan(WorkspaceAsCode.definition(), ws);
    ApplyResult result = WorkspaceSync.apply(first).requireComplete();

    assertThat(first.count(ChangeAction.CREATE)).isEqualTo(4); // Busy, Sales, Everyone, workflow
    assertThat(result.done()).hasSameSizeAs(first.pending());
    Plan second = WorkspaceSync.plan(WorkspaceAsCode.definition(), ws);
    assertThat(second.isEmpty()).as(second.toText()).isTrue();
    assertThat(second.summary()).isEqualTo("No changes: 9 unchanged, 5 unmanaged.");
    assertThat(WorkspaceSync.apply(second).done()).isEmpty();
    Workflow workflow = ws.workflows().list().findFirst().orElseThrow();
    TaskQueue sales =
        ws.taskQueues().list(q -> q.friendlyName(SALES.name())).findFirst().orElseThrow();
    assertThat(workflow.configuration().taskRouting().filters().get(0).targets().get(0).queue())
        .isEqualTo(sales.sid());
    assertThat(sales.reservationActivityName()).contains(BUSY.name());
  }

  @Test
  void plan_ofFirstApply_listsCreatesInDependencyOrderAndFieldUpdates() {
    WorkspaceApi ws = freshWorkspace("Support");

    Plan plan = WorkspaceSync.plan(WorkspaceAsCode.definition(), ws);

    assertThat(pendingLines(plan))
        .containsExactly(
            "+ activity \"Busy\"",
            "~ task_channel \"chat\" channel_optimized_routing: false -> true",
            "+ task_queue \"Everyone\"",
            "+ task_queue \"Sales\"",
            "+ workflow \"Incoming Call Flow\"",
            "Plan: 4 to create, 1 to update, 0 to delete, 4 unchanged, 5 unmanaged.");
    assertThat(plan.toText())
        .contains("? activity \"Unavailable\" WA")
        .contains(": not declared, kept (prune to delete)\n");
    assertThat(plan).isEqualTo(WorkspaceSync.plan(WorkspaceAsCode.definition(), ws));
  }

  @Test
  void plan_afterQueueTargetAndFilterChange_showsExactlyThoseTwoUpdates() {
    WorkspaceApi ws = appliedWorkspace();
    WorkspaceDefinition changed = changedQueueAndFilter();

    Plan plan = WorkspaceSync.plan(changed, ws);

    assertThat(plan.pending())
        .extracting(c -> c.kind().label() + " " + c.name())
        .containsExactly("task_queue Sales", "workflow Incoming Call Flow");
    assertThat(plan.pending().stream().flatMap(c -> c.fields().stream()))
        .extracting(FieldChange::toString)
        .containsExactly(
            "target_workers: \"languages HAS \\\"EN\\\"\" -> \"languages HAS \\\"FR\\\"\"",
            "configuration.filters[\"Gold Tickets\"].expression: \"(customer_value == \\\"Gold\\\")"
                + " AND (type == \\\"ticket\\\")\" -> \"customer_value == \\\"Platinum\\\"\"");
    WorkspaceSync.apply(plan).requireComplete();
    assertThat(WorkspaceSync.plan(changed, ws).isEmpty()).isTrue();
  }

  private static WorkspaceDefinition changedQueueAndFilter() {
    WorkspaceDefinition base = WorkspaceAsCode.definition();
    DeclaredTaskQueue sales = base.taskQueues().get(0);
    DeclaredWorkflow flow = base.workflows().get(0);
    WorkflowConfiguration routing =
        WorkflowConfiguration.builder()
            .filter(
                Filter.named("Gold Tickets")
                    .when("customer_value == \"Platinum\"")
                    .target(Target.queue(SALES.ref()).priority(2)))
            .defaultQueue(EVERYONE.ref())
            .build();
    return WorkspaceDefinition.builder()
        .from(base)
        .taskQueues(
            List.of(
                DeclaredTaskQueue.builder(SALES)
                    .from(sales)
                    .targetWorkers("languages HAS \"FR\"")
                    .build(),
                base.taskQueues().get(1)))
        .workflows(
            List.of(
                DeclaredWorkflow.builder(flow.friendlyName(), routing)
                    .from(flow)
                    .configuration(routing)
                    .build()))
        .build();
  }

  @Test
  void plan_afterHandEdit_showsDriftAndApplyRestoresTheDefinition() {
    WorkspaceApi ws = appliedWorkspace();
    TaskQueue sales =
        ws.taskQueues().list(q -> q.friendlyName(SALES.name())).findFirst().orElseThrow();
    ws.taskQueues().update(sales.sid(), q -> q.maxReservedWorkers(3).targetWorkers("1 == 1"));

    Plan drift = WorkspaceSync.plan(WorkspaceAsCode.definition(), ws);

    // max_reserved_workers is not declared, so it is not managed: only the target shows.
    assertThat(pendingLines(drift))
        .containsExactly(
            "~ task_queue \"Sales\" target_workers: \"1 == 1\" -> \"languages HAS \\\"EN\\\"\"",
            "Plan: 0 to create, 1 to update, 0 to delete, 8 unchanged, 5 unmanaged.");
    WorkspaceSync.apply(drift).requireComplete();
    assertThat(ws.taskQueues().fetch(sales.sid()).targetWorkers())
        .contains(CustomerSupport.QUEUE_TARGET_WORKERS);
    assertThat(ws.taskQueues().fetch(sales.sid()).maxReservedWorkers()).isEqualTo(3);
  }

  @Test
  void apply_refusedMidway_reportsDoneAndNotDone_andReapplyingConverges() {
    WorkspaceApi ws = freshWorkspace("Support");
    QueueKey legacy = QueueKey.of("Legacy");
    WorkspaceDefinition withLegacy =
        WorkspaceDefinition.builder()
            .from(WorkspaceAsCode.definition())
            .addTaskQueues(DeclaredTaskQueue.builder(legacy).build())
            .addWorkflows(
                DeclaredWorkflow.of(
                    "Legacy Flow",
                    WorkflowConfiguration.builder().defaultQueue(legacy.ref()).build()))
            .build();
    WorkspaceSync.apply(WorkspaceSync.plan(withLegacy, ws, Prune.DELETE_UNMANAGED))
        .requireComplete();
    Workflow legacyFlow =
        ws.workflows()
            .list()
            .filter(w -> w.friendlyName().orElse("").equals("Legacy Flow"))
            .findFirst()
            .orElseThrow();
    Task open =
        ws.tasks()
            .create(t -> t.workflowSid(legacyFlow.sid()).taskChannel("voice").attributes("{}"));
    WorkspaceDefinition withoutLegacy =
        WorkspaceDefinition.builder()
            .from(WorkspaceAsCode.definition())
            .addActivities(DeclaredActivity.of(ActivityKey.of("Training"), false))
            .build();

    ApplyResult stopped =
        WorkspaceSync.apply(WorkspaceSync.plan(withoutLegacy, ws, Prune.DELETE_UNMANAGED));

    assertThat(stopped.isComplete()).isFalse();
    assertThat(stopped.done()).extracting(ResourceChange::name).containsExactly("Training");
    assertThat(stopped.refused().orElseThrow().name()).isEqualTo("Legacy Flow");
    assertThat(stopped.reason().orElseThrow()).contains("has open task " + open.sid());
    assertThat(stopped.notDone())
        .extracting(ResourceChange::action, ResourceChange::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeAction.DELETE, "Legacy"));
    assertThat(stopped.toText())
        .contains("done      + activity \"Training\"\n")
        .contains("refused   - workflow \"Legacy Flow\": ")
        .contains("not done  - task_queue \"Legacy\"\n")
        .contains("Stopped after 1 of 3 changes to workspace " + ws.sid());
    assertThatThrownBy(stopped::requireComplete)
        .isInstanceOf(WorkspaceApplyException.class)
        .hasMessageContaining("workflow \"Legacy Flow\" was refused");

    ws.tasks().cancel(open.sid(), "moving to code");
    Plan resumed = WorkspaceSync.plan(withoutLegacy, ws, Prune.DELETE_UNMANAGED);
    assertThat(pendingLines(resumed))
        .containsExactly(
            "- workflow \"Legacy Flow\" " + legacyFlow.sid(),
            "- task_queue \"Legacy\" "
                + ws.taskQueues()
                    .list(q -> q.friendlyName("Legacy"))
                    .findFirst()
                    .orElseThrow()
                    .sid(),
            "Plan: 0 to create, 0 to update, 2 to delete, 10 unchanged, 0 unmanaged.");
    WorkspaceSync.apply(resumed).requireComplete();
    assertThat(WorkspaceSync.plan(withoutLegacy, ws, Prune.DELETE_UNMANAGED).isEmpty()).isTrue();
  }

  @Test
  void apply_afterConcurrentEdit_refusesInsteadOfOverwriting_andReplanConverges() {
    WorkspaceApi ws = appliedWorkspace();
    WorkspaceDefinition changed = changedQueueAndFilter();
    Plan plan = WorkspaceSync.plan(changed, ws);
    TaskQueue sales =
        ws.taskQueues().list(q -> q.friendlyName(SALES.name())).findFirst().orElseThrow();
    ws.taskQueues().update(sales.sid(), q -> q.targetWorkers("languages HAS \"DE\""));

    ApplyResult result = WorkspaceSync.apply(plan);

    assertThat(result.refused().orElseThrow().name()).isEqualTo(SALES.name());
    assertThat(result.reason().orElseThrow())
        .contains("it changed after the plan was made")
        .contains("\"languages HAS \\\"DE\\\"\"");
    assertThat(ws.taskQueues().fetch(sales.sid()).targetWorkers()).contains("languages HAS \"DE\"");
    Plan again = WorkspaceSync.plan(changed, ws);
    assertThat(again.toText()).contains("target_workers: \"languages HAS \\\"DE\\\"\" -> ");
    WorkspaceSync.apply(again).requireComplete();
    assertThat(WorkspaceSync.plan(changed, ws).isEmpty()).isTrue();
  }

  @Test
  void plan_pruneOffByDefault_listsButKeepsUndeclaredResources() {
    WorkspaceApi ws = freshWorkspace("Support");
    TaskQueue handMade = ws.taskQueues().create(q -> q.friendlyName("Hand Made"));

    Plan plan = WorkspaceSync.plan(WorkspaceAsCode.definition(), ws);
    WorkspaceSync.apply(plan).requireComplete();

    assertThat(plan.prune()).isEqualTo(Prune.KEEP_UNMANAGED);
    assertThat(plan.count(ChangeAction.DELETE)).isZero();
    assertThat(plan.toText())
        .contains("? task_queue \"Hand Made\" " + handMade.sid() + ": not declared, kept");
    assertThat(ws.taskQueues().fetch(handMade.sid()).friendlyName()).contains("Hand Made");

    Plan pruning = WorkspaceSync.plan(WorkspaceAsCode.definition(), ws, Prune.DELETE_UNMANAGED);
    assertThat(pruning.toText()).contains("- task_queue \"Hand Made\" " + handMade.sid() + "\n");
  }

  @Test
  void plan_twoLiveWorkflowsWithTheDeclaredName_failsNamingBoth() {
    WorkspaceApi ws = appliedWorkspace();
    Workflow first = ws.workflows().list().findFirst().orElseThrow();
    Workflow second =
        ws.workflows()
            .create(
                w ->
                    w.friendlyName("incoming call flow")
                        .configuration(first.configurationJson().orElseThrow()));

    assertThatThrownBy(() -> WorkspaceSync.plan(WorkspaceAsCode.definition(), ws))
        .isInstanceOf(WorkspacePlanException.class)
        .hasMessageContaining("workflows[\"Incoming Call Flow\"] matches 2 live workflows")
        .hasMessageContaining(first.sid().value())
        .hasMessageContaining(second.sid().value());
  }

  @Test
  void plan_oneLiveQueueMatchedBySidAndByName_failsNamingBothDeclarations() {
    WorkspaceApi ws = appliedWorkspace();
    DeclaredTaskQueue imported = queue(WorkspaceDefinition.importFrom(ws), SALES);
    QueueKey renamed = QueueKey.of("Sales EMEA");
    WorkspaceDefinition both =
        WorkspaceDefinition.builder()
            .from(WorkspaceAsCode.definition())
            .addTaskQueues(DeclaredTaskQueue.builder(renamed).from(imported).key(renamed).build())
            .build();

    assertThatThrownBy(() -> WorkspaceSync.plan(both, ws))
        .isInstanceOf(WorkspacePlanException.class)
        .hasMessage(
            "task_queues[\"Sales EMEA\"] and task_queues[\"Sales\"] both match live task_queue "
                + imported.sid().orElseThrow()
                + " (one by SID, one by friendly name); remove one declaration or its SID");
  }

  @Test
  void importFrom_thenApplyToFreshWorkspace_reproducesIt() {
    WorkspaceApi source = freshWorkspace("Source");
    WorkspaceSync.apply(WorkspaceSync.plan(changedQueueAndFilter(), source)).requireComplete();

    WorkspaceDefinition imported = WorkspaceDefinition.importFrom(source);
    WorkspaceApi copy = freshWorkspace("Copy");
    WorkspaceSync.apply(WorkspaceSync.plan(imported, copy, Prune.DELETE_UNMANAGED))
        .requireComplete();

    Plan check = WorkspaceSync.plan(imported, copy, Prune.DELETE_UNMANAGED);
    assertThat(check.isEmpty()).as(check.toText()).isTrue();
    assertThat(check.count(ChangeAction.UNMANAGED)).isZero();
    assertThat(copy.fetch().friendlyName()).contains("Source");
    assertThat(WorkspaceSync.plan(changedQueueAndFilter(), copy).isEmpty()).isTrue();
    assertThat(WorkspaceSync.plan(imported, source, Prune.DELETE_UNMANAGED).isEmpty()).isTrue();
  }

  @Test
  void importWithWorkers_thenApplyToFreshWorkspace_reproducesTheWorkersToo() {
    WorkspaceApi source = appliedWorkspace();
    Activity busy =
        source.activities().list(q -> q.friendlyName(BUSY.name())).findFirst().orElseThrow();
    source
        .workers()
        .create(w -> w.friendlyName("Bob").attributes(Map.of("languages", List.of("fr"))));
    source
        .workers()
        .create(
            w ->
                w.friendlyName("Alice")
                    .attributes(Map.of("languages", List.of("en"), "level", 3))
                    .activity(busy));

    WorkspaceDefinition imported = WorkspaceDefinition.importWithWorkers(source);

    assertThat(imported.workers())
        .extracting(DeclaredWorker::friendlyName, DeclaredWorker::initialActivity)
        .containsExactly(tuple("Alice", Optional.of(BUSY)), tuple("Bob", Optional.of(OFFLINE)));
    assertThat(WorkspaceDefinition.importFrom(source).workers()).isEmpty();
    Plan unchanged = WorkspaceSync.plan(imported, source, Prune.DELETE_UNMANAGED);
    assertThat(unchanged.isEmpty()).as(unchanged.toText()).isTrue();

    WorkspaceApi copy = freshWorkspace("Copy");
    WorkspaceSync.apply(WorkspaceSync.plan(imported, copy, Prune.DELETE_UNMANAGED))
        .requireComplete();

    Worker alice = copy.workers().list(q -> q.friendlyName("Alice")).findFirst().orElseThrow();
    assertThat(alice.activityName()).contains(BUSY.name());
    assertThat(alice.attributes().path("level").asInt()).isEqualTo(3);
    assertThat(alice.attributes().path("languages").toString()).isEqualTo("[\"en\"]");
    Plan check = WorkspaceSync.plan(imported, copy, Prune.DELETE_UNMANAGED);
    assertThat(check.isEmpty()).as(check.toText()).isTrue();
    assertThat(imported.toJavaSource("com.example", "Imported"))
        .contains("DeclaredWorker.builder(\"Alice\")")
        .contains(".initialActivity(");
  }

  @Test
  void plan_importedDefinitionRenamedInCode_renamesTheLiveQueueBySid() {
    WorkspaceApi ws = appliedWorkspace();
    WorkspaceDefinition imported = WorkspaceDefinition.importFrom(ws);
    DeclaredTaskQueue everyone = queue(imported, EVERYONE);
    QueueKey renamed = QueueKey.of("All Agents");
    WorkspaceDefinition definition =
        WorkspaceDefinition.builder()
            .from(imported)
            .taskQueues(
                imported.taskQueues().stream()
                    .map(
                        q ->
                            q == everyone
                                ? DeclaredTaskQueue.builder(renamed).from(q).key(renamed).build()
                                : q)
                    .collect(Collectors.toList()))
            .workflows(
                imported.workflows().stream()
                    .map(
                        w ->
                            DeclaredWorkflow.builder(w.friendlyName(), w.configuration())
                                .from(w)
                                .configuration(
                                    w.configuration().toBuilder()
                                        .defaultQueue(renamed.ref())
                                        .build())
                                .build())
                    .collect(Collectors.toList()))
            .build();

    Plan plan = WorkspaceSync.plan(definition, ws);

    assertThat(pendingLines(plan))
        .containsExactly(
            "~ task_queue \"All Agents\" friendly_name: \"Everyone\" -> \"All Agents\"",
            "Plan: 0 to create, 1 to update, 0 to delete, 13 unchanged, 0 unmanaged.");
    WorkspaceSync.apply(plan).requireComplete();
    assertThat(ws.taskQueues().fetch(everyone.sid().orElseThrow()).friendlyName())
        .contains("All Agents");
  }

  @Test
  void apply_activityAvailabilityChange_isRefusedBeforeAnythingIsSent() {
    WorkspaceApi ws = freshWorkspace("Support");
    WorkspaceDefinition definition =
        WorkspaceDefinition.builder()
            .addActivities(DeclaredActivity.of(ActivityKey.of("Unavailable"), true))
            .addActivities(DeclaredActivity.of(ActivityKey.of("Lunch"), false))
            .build();

    Plan plan = WorkspaceSync.plan(definition, ws);

    assertThat(plan.toText())
        .contains("~ activity \"Unavailable\" available: false -> true ! Twilio sets");
    assertRefusedBeforeSending(
        ws, plan, "Unavailable", "Twilio sets an activity's available only", "Lunch");
  }

  @Test
  void apply_turningMultiTaskingOff_isRefusedBeforeAnythingIsSent() {
    WorkspaceApi ws = freshWorkspace("Support");
    WorkspaceDefinition definition =
        WorkspaceDefinition.builder()
            .from(WorkspaceAsCode.definition())
            .settings(WorkspaceSettings.builder().multiTaskEnabled(false).build())
            .build();

    Plan plan = WorkspaceSync.plan(definition, ws);

    assertRefusedBeforeSending(
        ws, plan, "Support", "Twilio cannot turn multi-tasking off once it is on", "Busy");
  }

  private static void assertRefusedBeforeSending(
      WorkspaceApi ws, Plan plan, String blocked, String reason, String notCreated) {
    ApplyResult result = WorkspaceSync.apply(plan);
    assertThat(plan.blocked()).extracting(ResourceChange::name).containsExactly(blocked);
    assertThat(plan.toText())
        .contains("! " + plan.blocked().get(0).kind().label() + " \"" + blocked + "\": " + reason);
    assertThat(result.done()).isEmpty();
    assertThat(result.refused().orElseThrow().name()).isEqualTo(blocked);
    assertThat(result.notDone()).hasSameSizeAs(plan.pending());
    assertThat(ws.activities().list(a -> a.friendlyName(notCreated)).count()).isZero();
  }

  @Test
  void plan_withWorkers_createsThemAndUpdatesAttributesWithIfMatch() {
    WorkspaceApi ws = freshWorkspace("Support");
    WorkspaceDefinition withAlice =
        WorkspaceDefinition.builder()
            .from(WorkspaceAsCode.definition())
            .addWorkers(
                DeclaredWorker.builder("Alice")
                    .attributes("{\"languages\":[\"EN\"]}")
                    .initialActivity(OFFLINE)
                    .build())
            .build();
    WorkspaceSync.apply(WorkspaceSync.plan(withAlice, ws)).requireComplete();
    Worker alice = ws.workers().list().findFirst().orElseThrow();
    ws.workers().create(w -> w.friendlyName("Bob"));
    WorkspaceDefinition frenchAlice =
        WorkspaceDefinition.builder()
            .from(withAlice)
            .workers(
                List.of(
                    DeclaredWorker.builder("Alice")
                        .attributes("{\"languages\":[\"EN\",\"FR\"]}")
                        .build()))
            .build();

    Plan plan = WorkspaceSync.plan(frenchAlice, ws);
    WorkspaceSync.apply(plan).requireComplete();

    assertThat(alice.activityName()).contains(OFFLINE.name());
    assertThat(pendingLines(plan))
        .containsExactly(
            "~ worker \"Alice\" attributes: {\"languages\":[\"EN\"]} -> {\"languages\":[\"EN\",\"FR\"]}",
            "Plan: 0 to create, 1 to update, 0 to delete, 9 unchanged, 6 unmanaged.");
    assertThat(plan.toText()).contains("? worker \"Bob\"");
    assertThat(ws.workers().fetch(alice.sid()).attributes().path("languages").toString())
        .isEqualTo("[\"EN\",\"FR\"]");
    assertThat(WorkspaceSync.plan(WorkspaceAsCode.definition(), ws).toText())
        .doesNotContain("worker");
  }

  @Test
  void toJson_listsEveryEntryWithFieldChanges() {
    WorkspaceApi ws = appliedWorkspace();

    String json = WorkspaceSync.plan(changedQueueAndFilter(), ws).toJson();

    assertThat(json)
        .startsWith("{\n  \"workspace_sid\": \"" + ws.sid() + "\",\n  \"prune\": false,\n")
        .contains("\"update\": 2")
        .contains(
            "      \"action\": \"update\",\n"
                + "      \"kind\": \"task_queue\",\n"
                + "      \"name\": \"Sales\",\n")
        .contains("\"field\": \"configuration.filters[\\\"Gold Tickets\\\"].expression\"")
        .endsWith("}\n");
  }
}
