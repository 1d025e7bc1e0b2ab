package io.github.taskrouter4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.taskrouter4j.http.stub.StubServer;
import io.github.taskrouter4j.resource.CallStatus;
import io.github.taskrouter4j.resource.CallbackMethod;
import io.github.taskrouter4j.resource.ConferenceEvent;
import io.github.taskrouter4j.resource.ReservationInstruction;
import io.github.taskrouter4j.resource.ReservationStatus;
import io.github.taskrouter4j.resource.Spec;
import io.github.taskrouter4j.resource.SupervisorMode;
import io.github.taskrouter4j.resource.Task;
import io.github.taskrouter4j.resource.TaskAssignmentStatus;
import io.github.taskrouter4j.resource.TaskOrder;
import io.github.taskrouter4j.resource.UpdateReservationRequest;
import io.github.taskrouter4j.resource.Worker;
import io.github.taskrouter4j.resource.WorkspaceTemplate;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.CallSid;
import io.github.taskrouter4j.sid.EventSid;
import io.github.taskrouter4j.sid.ReservationSid;
import io.github.taskrouter4j.sid.TaskChannelSid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.TaskSid;
import io.github.taskrouter4j.sid.WorkerChannelSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.sid.WorkflowSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds the client to Twilio's OpenAPI spec: every operation of the spec has a client call, and
 * each call, recorded over real HTTP on a loopback stub that answers with the spec's own examples,
 * uses exactly the spec's method, path and parameter names, with every parameter the spec gives.
 */
class SpecContractTest {
  static final String A32 = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
  static final WorkspaceSid WS = WorkspaceSid.of("WS" + A32);
  static final ActivitySid WA = ActivitySid.of("WA" + A32);
  static final TaskSid WT = TaskSid.of("WT" + A32);
  static final TaskQueueSid WQ = TaskQueueSid.of("WQ" + A32);
  static final WorkerSid WK = WorkerSid.of("WK" + A32);
  static final WorkflowSid WW = WorkflowSid.of("WW" + A32);
  static final ReservationSid WR = ReservationSid.of("WR" + A32);
  static final TaskChannelSid TC = TaskChannelSid.of("TC" + A32);
  static final WorkerChannelSid WC = WorkerChannelSid.of("WC" + A32);
  static final EventSid EV = EventSid.of("EV" + A32);
  static final CallSid CA = CallSid.of("CA" + A32);
  static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
  static final Instant END = Instant.parse("2024-01-02T00:00:00Z");
  static final URI URL = URI.create("https://example.com/callback");
  static final String ATTRS = "{\"type\":\"support\"}";
  static final String CONFIG =
      "{\"task_routing\":{\"filters\":[],\"default_filter\":{\"queue\":\"WQ" + A32 + "\"}}}";

  /** Parameters only Twilio's own next_page_url carries; the client never needs to send them. */
  static final Set<String> PAGING = Set.of("Page", "PageToken");

  static final Map<String, Consumer<TaskRouter>> CALLS = new LinkedHashMap<>();

  static {
    // Workspaces
    CALLS.put(
        "CreateWorkspace",
        tr ->
            tr.workspaces()
                .create(
                    w ->
                        w.friendlyName("Customer Support")
                            .eventCallbackUrl(URL)
                            .addEventsFilter("task.created", "task.canceled")
                            .multiTaskEnabled(true)
                            .template(WorkspaceTemplate.FIFO)
                            .prioritizeQueueOrder(TaskOrder.FIFO)));
    CALLS.put("FetchWorkspace", tr -> tr.workspaces().fetch(WS));
    CALLS.put(
        "UpdateWorkspace",
        tr ->
            tr.workspaces()
                .update(
                    WS,
                    w ->
                        w.defaultActivitySid(WA)
                            .eventCallbackUrl(URL)
                            .addEventsFilter("task.created")
                            .friendlyName("Support")
                            .multiTaskEnabled(true)
                            .timeoutActivitySid(WA)
                            .prioritizeQueueOrder(TaskOrder.LIFO)));
    CALLS.put("DeleteWorkspace", tr -> tr.workspaces().delete(WS));
    CALLS.put(
        "ListWorkspace",
        tr -> tr.workspaces().list(q -> q.friendlyName("Support").pageSize(20)).count());
    CALLS.put(
        "FetchWorkspaceStatistics",
        tr -> tr.workspace(WS).statistics(SpecContractTest::allStatistics));
    CALLS.put(
        "FetchWorkspaceCumulativeStatistics",
        tr -> tr.workspace(WS).cumulativeStatistics(SpecContractTest::allStatistics));
    CALLS.put(
        "FetchWorkspaceRealTimeStatistics",
        tr -> tr.workspace(WS).realTimeStatistics(q -> q.taskChannel("voice")));
    // Activities
    CALLS.put(
        "CreateActivity",
        tr -> tr.workspace(WS).activities().create(a -> a.friendlyName("Break").available(false)));
    CALLS.put("FetchActivity", tr -> tr.workspace(WS).activities().fetch(WA));
    CALLS.put(
        "UpdateActivity",
        tr -> tr.workspace(WS).activities().update(WA, a -> a.friendlyName("Lunch")));
    CALLS.put("DeleteActivity", tr -> tr.workspace(WS).activities().delete(WA));
    CALLS.put(
        "ListActivity",
        tr ->
            tr.workspace(WS)
                .activities()
                .list(q -> q.friendlyName("Idle").available(true).pageSize(5))
                .count());
    // Events
    CALLS.put("FetchEvent", tr -> tr.workspace(WS).events().fetch(EV));
    CALLS.put(
        "ListEvent",
        tr ->
            tr.workspace(WS)
                .events()
                .list(
                    q ->
                        q.endDate(END)
                            .eventType("task.created")
                            .period(Duration.ofMinutes(30))
                            .reservationSid(WR)
                            .startDate(START)
                            .taskQueueSid(WQ)
                            .taskSid(WT)
                            .workerSid(WK)
                            .workflowSid(WW)
                            .taskChannel("voice")
                            .sid(EV)
                            .pageSize(10))
                .count());
    // Tasks
    CALLS.put(
        "CreateTask",
        tr -> {
          tr.workspace(WS)
              .tasks()
              .create(
                  t ->
                      t.timeout(Duration.ofHours(1))
                          .priority(5)
                          .taskChannel("voice")
                          .workflowSid(WW)
                          .attributes(ATTRS)
                          .virtualStartTime(START)
                          .taskQueueSid(WQ));
          tr.workspace(WS).tasks().create(t -> t.routingTarget(WK).ignoreCapacity(true));
        });
    CALLS.put("FetchTask", tr -> tr.workspace(WS).tasks().fetch(WT));
    CALLS.put(
        "UpdateTask",
        tr ->
            tr.workspace(WS)
                .tasks()
                .update(
                    WT,
                    t ->
                        t.attributes(ATTRS)
                            .assignmentStatus(TaskAssignmentStatus.CANCELED)
                            .reason("customer hung up")
                            .priority(3)
                            .taskChannel("voice")
                            .virtualStartTime(START)
                            .ifMatch("\"7\"")));
    CALLS.put(
        "DeleteTask",
        tr ->
            tr.workspace(WS)
                .tasks()
                .delete(
                    Task.builder()
                        .sid(WT)
                        .assignmentStatus(TaskAssignmentStatus.PENDING)
                        .age(Duration.ZERO)
                        .priority(0)
                        .timeout(Duration.ofDays(1))
                        .etag("\"7\"")
                        .build()));
    CALLS.put(
        "ListTask",
        tr ->
            tr.workspace(WS)
                .tasks()
                .list(
                    q ->
                        q.priority(1)
                            .addAssignmentStatus(
                                TaskAssignmentStatus.PENDING, TaskAssignmentStatus.RESERVED)
                            .workflowSid(WW)
                            .workflowName("Flow")
                            .taskQueueSid(WQ)
                            .taskQueueName("Sales")
                            .evaluateTaskAttributes("type == \"support\"")
                            .routingTarget(WQ)
                            .ordering("Priority:desc,DateCreated:asc")
                            .hasAddons(false)
                            .pageSize(50))
                .count());
    // Task channels
    CALLS.put(
        "CreateTaskChannel",
        tr ->
            tr.workspace(WS)
                .taskChannels()
                .create(
                    c -> c.friendlyName("Chat").uniqueName("chat").channelOptimizedRouting(true)));
    CALLS.put("FetchTaskChannel", tr -> tr.workspace(WS).taskChannels().fetch(TC));
    CALLS.put(
        "UpdateTaskChannel",
        tr ->
            tr.workspace(WS)
                .taskChannels()
                .update(TC, c -> c.friendlyName("Chat 2").channelOptimizedRouting(false)));
    CALLS.put("DeleteTaskChannel", tr -> tr.workspace(WS).taskChannels().delete(TC));
    CALLS.put(
        "ListTaskChannel", tr -> tr.workspace(WS).taskChannels().list(q -> q.pageSize(10)).count());
    // Task queues
    CALLS.put(
        "CreateTaskQueue",
        tr ->
            tr.workspace(WS)
                .taskQueues()
                .create(
                    q ->
                        q.friendlyName("Sales")
                            .targetWorkers("languages HAS \"en\"")
                            .maxReservedWorkers(2)
                            .taskOrder(TaskOrder.FIFO)
                            .reservationActivitySid(WA)
                            .assignmentActivitySid(WA)));
    CALLS.put("FetchTaskQueue", tr -> tr.workspace(WS).taskQueues().fetch(WQ));
    CALLS.put(
        "UpdateTaskQueue",
        tr ->
            tr.workspace(WS)
                .taskQueues()
                .update(
                    WQ,
                    q ->
                        q.friendlyName("Sales 2")
                            .targetWorkers("1==1")
                            .reservationActivitySid(WA)
                            .assignmentActivitySid(WA)
                            .maxReservedWorkers(3)
                            .taskOrder(TaskOrder.LIFO)));
    CALLS.put("DeleteTaskQueue", tr -> tr.workspace(WS).taskQueues().delete(WQ));
    CALLS.put(
        "ListTaskQueue",
        tr ->
            tr.workspace(WS)
                .taskQueues()
                .list(
                    q ->
                        q.friendlyName("Sales")
                            .evaluateWorkerAttributes("{\"languages\":[\"en\"]}")
                            .workerSid(WK)
                            .ordering("DateCreated:desc")
                            .pageSize(10))
                .count());
    CALLS.put(
        "CreateTaskQueueBulkRealTimeStatistics",
        tr ->
            tr.workspace(WS)
                .taskQueues()
                .realTimeStatistics(JsonNodeFactory.instance.objectNode()));
    CALLS.put(
        "ListTaskQueuesStatistics",
        tr ->
            tr.workspace(WS)
                .taskQueues()
                .statistics(
                    q ->
                        q.endDate(END)
                            .friendlyName("Sales")
                            .period(Duration.ofMinutes(60))
                            .startDate(START)
                            .taskChannel("voice")
                            .addSplitByWaitTime(Duration.ofSeconds(5), Duration.ofSeconds(30))
                            .pageSize(10))
                .count());
    CALLS.put(
        "FetchTaskQueueCumulativeStatistics",
        tr -> tr.workspace(WS).taskQueue(WQ).cumulativeStatistics(SpecContractTest::allStatistics));
    CALLS.put(
        "FetchTaskQueueRealTimeStatistics",
        tr -> tr.workspace(WS).taskQueue(WQ).realTimeStatistics(q -> q.taskChannel("voice")));
    CALLS.put(
        "FetchTaskQueueStatistics",
        tr -> tr.workspace(WS).taskQueue(WQ).statistics(SpecContractTest::allStatistics));
    // Task reservations
    CALLS.put(
        "ListTaskReservation",
        tr ->
            tr.workspace(WS)
                .task(WT)
                .reservations()
                .list(q -> q.reservationStatus(ReservationStatus.PENDING).workerSid(WK).pageSize(5))
                .count());
    CALLS.put("FetchTaskReservation", tr -> tr.workspace(WS).task(WT).reservations().fetch(WR));
    CALLS.put(
        "UpdateTaskReservation",
        tr ->
            everyReservationUpdate(true)
                .forEach(r -> tr.workspace(WS).task(WT).reservations().update(WR, r)));
    // Workers
    CALLS.put(
        "CreateWorker",
        tr ->
            tr.workspace(WS)
                .workers()
                .create(w -> w.friendlyName("Alice").activitySid(WA).attributes(ATTRS)));
    CALLS.put("FetchWorker", tr -> tr.workspace(WS).workers().fetch(WK));
    CALLS.put(
        "UpdateWorker",
        tr ->
            tr.workspace(WS)
                .workers()
                .update(
                    WK,
                    w ->
                        w.activitySid(WA)
                            .attributes(ATTRS)
                            .friendlyName("Alice B")
                            .rejectPendingReservations(true)
                            .ifMatch("\"7\"")));
    CALLS.put(
        "DeleteWorker",
        tr -> tr.workspace(WS).workers().delete(Worker.builder().sid(WK).etag("\"7\"").build()));
    CALLS.put(
        "ListWorker",
        tr ->
            tr.workspace(WS)
                .workers()
                .list(
                    q ->
                        q.activityName("Idle")
                            .activitySid(WA)
                            .available(true)
                            .friendlyName("Alice")
                            .targetWorkersExpression("skills HAS \"support\"")
                            .taskQueueName("Sales")
                            .taskQueueSid(WQ)
                            .ordering("DateCreated:asc")
                            .pageSize(10))
                .count());
    CALLS.put(
        "ListWorkerChannel",
        tr -> tr.workspace(WS).worker(WK).channels().list(q -> q.pageSize(10)).count());
    CALLS.put("FetchWorkerChannel", tr -> tr.workspace(WS).worker(WK).channels().fetch(WC));
    CALLS.put(
        "UpdateWorkerChannel",
        tr ->
            tr.workspace(WS).worker(WK).channels().update(WC, c -> c.capacity(2).available(true)));
    CALLS.put(
        "FetchWorkerInstanceStatistics",
        tr ->
            tr.workspace(WS)
                .worker(WK)
                .statistics(
                    q ->
                        q.period(Duration.ofMinutes(15))
                            .startDate(START)
                            .endDate(END)
                            .taskChannel("voice")));
    CALLS.put(
        "ListWorkerReservation",
        tr ->
            tr.workspace(WS)
                .worker(WK)
                .reservations()
                .list(q -> q.reservationStatus(ReservationStatus.ACCEPTED).pageSize(5))
                .count());
    CALLS.put("FetchWorkerReservation", tr -> tr.workspace(WS).worker(WK).reservations().fetch(WR));
    CALLS.put(
        "UpdateWorkerReservation",
        tr ->
            everyReservationUpdate(false)
                .forEach(r -> tr.workspace(WS).worker(WK).reservations().update(WR, r)));
    CALLS.put(
        "FetchWorkerStatistics",
        tr ->
            tr.workspace(WS)
                .workers()
                .statistics(
                    q ->
                        q.period(Duration.ofMinutes(15))
                            .startDate(START)
                            .endDate(END)
                            .taskQueueSid(WQ)
                            .taskQueueName("Sales")
                            .friendlyName("Alice")
                            .taskChannel("voice")));
    CALLS.put(
        "FetchWorkersCumulativeStatistics",
        tr ->
            tr.workspace(WS)
                .workers()
                .cumulativeStatistics(
                    q ->
                        q.period(Duration.ofMinutes(15))
                            .startDate(START)
                            .endDate(END)
                            .taskChannel("voice")));
    CALLS.put(
        "FetchWorkersRealTimeStatistics",
        tr -> tr.workspace(WS).workers().realTimeStatistics(q -> q.taskChannel("voice")));
    // Workflows
    CALLS.put(
        "CreateWorkflow",
        tr ->
            tr.workspace(WS)
                .workflows()
                .create(
                    w ->
                        w.friendlyName("Flow")
                            .configuration(CONFIG)
                            .assignmentCallbackUrl(URL)
                            .fallbackAssignmentCallbackUrl(URL)
                            .taskReservationTimeout(Duration.ofSeconds(120))));
    CALLS.put("FetchWorkflow", tr -> tr.workspace(WS).workflows().fetch(WW));
    CALLS.put(
        "UpdateWorkflow",
        tr ->
            tr.workspace(WS)
                .workflows()
                .update(
                    WW,
                    w ->
                        w.friendlyName("Flow 2")
                            .assignmentCallbackUrl(URL)
                            .fallbackAssignmentCallbackUrl(URL)
                            .configuration(CONFIG)
                            .taskReservationTimeout(Duration.ofSeconds(60))
                            .reEvaluateTasks(true)));
    CALLS.put("DeleteWorkflow", tr -> tr.workspace(WS).workflows().delete(WW));
    CALLS.put(
        "ListWorkflow",
        tr -> tr.workspace(WS).workflows().list(q -> q.friendlyName("Flow").pageSize(10)).count());
    CALLS.put(
        "FetchWorkflowStatistics",
        tr -> tr.workspace(WS).workflow(WW).statistics(SpecContractTest::allStatistics));
    CALLS.put(
        "FetchWorkflowCumulativeStatistics",
        tr -> tr.workspace(WS).workflow(WW).cumulativeStatistics(SpecContractTest::allStatistics));
    CALLS.put(
        "FetchWorkflowRealTimeStatistics",
        tr -> tr.workspace(WS).workflow(WW).realTimeStatistics(q -> q.taskChannel("voice")));
  }

  static void allStatistics(io.github.taskrouter4j.resource.StatisticsRequest.Builder q) {
    q.period(Duration.ofMinutes(60))
        .startDate(START)
        .endDate(END)
        .taskChannel("voice")
        .addSplitByWaitTime(Duration.ofSeconds(5), Duration.ofSeconds(30));
  }

  /** Reservation updates that together use every parameter (each instruction has its own). */
  static List<UpdateReservationRequest> everyReservationUpdate(boolean taskReservation) {
    List<UpdateReservationRequest> all = new ArrayList<>();
    all.add(
        UpdateReservationRequest.builder()
            .reservationStatus(ReservationStatus.REJECTED)
            .workerActivitySid(WA)
            .ifMatch("\"7\"")
            .build());
    all.add(
        UpdateReservationRequest.builder()
            .instruction(ReservationInstruction.DEQUEUE)
            .dequeuePostWorkActivitySid(WA)
            .dequeueFrom("+15550001111")
            .dequeueRecord("record-from-answer")
            .dequeueTimeout(Duration.ofSeconds(30))
            .dequeueTo("client:alice")
            .dequeueStatusCallbackUrl(URL)
            .addDequeueStatusCallbackEvent(CallStatus.INITIATED, CallStatus.COMPLETED)
            .build());
    all.add(
        UpdateReservationRequest.builder()
            .instruction(ReservationInstruction.CALL)
            .callFrom("+15550001111")
            .callRecord("record-from-answer")
            .callTimeout(Duration.ofSeconds(30))
            .callTo("client:alice")
            .callUrl(URL)
            .callStatusCallbackUrl(URL)
            .callAccept(true)
            .build());
    all.add(
        UpdateReservationRequest.builder()
            .instruction(ReservationInstruction.REDIRECT)
            .redirectCallSid(CA)
            .redirectAccept(true)
            .redirectUrl(URL)
            .build());
    all.add(
        UpdateReservationRequest.builder()
            .instruction(ReservationInstruction.CONFERENCE)
            .to("client:alice")
            .from("+15550001111")
            .statusCallback(URL)
            .statusCallbackMethod(CallbackMethod.POST)
            .addStatusCallbackEvent(CallStatus.RINGING, CallStatus.ANSWERED)
            .timeout(Duration.ofSeconds(20))
            .record(true)
            .muted(false)
            .beep("onEnter")
            .startConferenceOnEnter(true)
            .endConferenceOnExit(false)
            .waitUrl(URL)
            .waitMethod(CallbackMethod.GET)
            .earlyMedia(true)
            .maxParticipants(10)
            .conferenceStatusCallback(URL)
            .conferenceStatusCallbackMethod(CallbackMethod.POST)
            .addConferenceStatusCallbackEvent(ConferenceEvent.START, ConferenceEvent.END)
            .conferenceRecord("record-from-start")
            .conferenceTrim("trim-silence")
            .recordingChannels("dual")
            .recordingStatusCallback(URL)
            .recordingStatusCallbackMethod(CallbackMethod.POST)
            .conferenceRecordingStatusCallback(URL)
            .conferenceRecordingStatusCallbackMethod(CallbackMethod.POST)
            .region("ie1")
            .sipAuthUsername("alice")
            .sipAuthPassword("s3cret")
            .postWorkActivitySid(WA)
            .endConferenceOnCustomerExit(true)
            .beepOnCustomerEntrance(true)
            .jitterBufferSize("medium")
            .build());
    if (taskReservation) {
      all.add(
          UpdateReservationRequest.builder()
              .instruction(ReservationInstruction.SUPERVISE)
              .supervisorMode(SupervisorMode.MONITOR)
              .supervisor("client:bob")
              .build());
    }
    return all;
  }

  private static StubServer stub;
  private static TaskRouter tr;

  @BeforeAll
  static void start() throws Exception {
    stub = new StubServer().always(SpecAnswers::answer);
    tr = StubClients.on(stub);
  }

  @AfterAll
  static void stop() {
    tr.close();
    stub.close();
  }

  @Test
  void everySpecOperation_hasAClientCall() {
    Set<String> specIds =
        Spec.operations().stream().map(op -> op.id).collect(Collectors.toCollection(TreeSet::new));
    assertThat(specIds).hasSize(61);
    assertThat(new TreeSet<>(CALLS.keySet())).isEqualTo(specIds);
  }

  static Stream<Arguments> operations() {
    return Spec.operations().stream().map(op -> Arguments.of(op.id, op));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void clientCall_usesSpecMethodPathAndEveryParameter(String id, Spec.Operation op) {
    Consumer<TaskRouter> call = CALLS.get(id);
    assertThat(call).as("client call for " + id).isNotNull();
    stub.reset().always(SpecAnswers::answer);

    call.accept(tr);

    List<StubServer.Request> sent = stub.received();
    assertThat(sent).as(id + " sent nothing").isNotEmpty();
    Set<String> query = new TreeSet<>();
    Set<String> form = new TreeSet<>();
    Set<String> headers = new TreeSet<>();
    for (StubServer.Request r : sent) {
      assertThat(SpecAnswers.operationOf(r).map(o -> o.id)).as(r.toString()).contains(id);
      query.addAll(r.query().keySet());
      form.addAll(r.form().keySet());
      if (r.header("If-Match") != null) {
        headers.add("If-Match");
      }
    }
    Set<String> specQuery = new TreeSet<>(op.parameterNames("query"));
    specQuery.removeAll(PAGING);
    assertThat(query).as(id + " query parameters").isEqualTo(specQuery);
    assertThat(form).as(id + " form parameters").isEqualTo(new TreeSet<>(op.formNames()));
    assertThat(headers).as(id + " headers").isEqualTo(new TreeSet<>(op.parameterNames("header")));
  }
}
