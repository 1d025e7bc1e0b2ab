package io.github.taskrouter4j;

import static io.github.taskrouter4j.SpecContractTest.A32;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.taskrouter4j.http.NotFoundException;
import io.github.taskrouter4j.http.PreconditionFailedException;
import io.github.taskrouter4j.http.TaskRouterServiceException;
import io.github.taskrouter4j.http.stub.StubServer;
import io.github.taskrouter4j.http.stub.StubServer.Reply;
import io.github.taskrouter4j.resource.ListWorkersRequest;
import io.github.taskrouter4j.resource.ReservationInstruction;
import io.github.taskrouter4j.resource.SupervisorMode;
import io.github.taskrouter4j.resource.Task;
import io.github.taskrouter4j.resource.TaskAssignmentStatus;
import io.github.taskrouter4j.resource.TaskReservation;
import io.github.taskrouter4j.resource.Worker;
import io.github.taskrouter4j.sid.TaskSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientBehaviourTest {
  private static final WorkspaceSid WS = WorkspaceSid.of("WS" + A32);
  private static final TaskSid WT = TaskSid.of("WT" + A32);
  private static final WorkerSid WK = WorkerSid.of("WK" + A32);

  private static StubServer stub;
  private static TaskRouter tr;

  @BeforeAll
  static void start() throws Exception {
    stub = new StubServer();
    tr = StubClients.on(stub);
  }

  @AfterAll
  static void stop() {
    tr.close();
    stub.close();
  }

  @BeforeEach
  void reset() {
    stub.reset();
  }

  private String workersPage(int page, String next, String... names) {
    String items =
        Arrays.stream(names)
            .map(
                n ->
                    "{\"sid\":\"WK"
                        + String.format("%032x", n.hashCode() & 0xffffffffL)
                        + "\",\"friendly_name\":\""
                        + n
                        + "\"}")
            .collect(Collectors.joining(","));
    return "{\"workers\":["
        + items
        + "],\"meta\":{\"page\":"
        + page
        + ",\"page_size\":2,\"key\":\"workers\",\"next_page_url\":"
        + (next == null ? "null" : "\"" + stub.uri() + next + "\"")
        + "}}";
  }

  @Test
  void list_followsNextPageUrls_untilTheLastPage() {
    stub.enqueue(
            200,
            workersPage(
                0, "/v1/Workspaces/" + WS + "/Workers?PageSize=2&Page=1&PageToken=PT1", "a", "b"))
        .enqueue(
            200,
            workersPage(
                1, "/v1/Workspaces/" + WS + "/Workers?PageSize=2&Page=2&PageToken=PT2", "c", "d"))
        .enqueue(200, workersPage(2, null, "e"));

    List<String> names =
        tr.workspace(WS)
            .workers()
            .list(q -> q.pageSize(2))
            .map(w -> w.friendlyName().get())
            .collect(Collectors.toList());

    assertThat(names).containsExactly("a", "b", "c", "d", "e");
    assertThat(stub.received()).hasSize(3);
    assertThat(stub.received().get(0).query()).containsEntry("PageSize", List.of("2"));
    assertThat(stub.received().get(2).query()).containsEntry("PageToken", List.of("PT2"));
  }

  @Test
  void list_isLazy_readsOnlyThePagesItNeeds() {
    stub.enqueue(200, workersPage(0, "/v1/Workspaces/" + WS + "/Workers?Page=1", "a", "b"));

    Optional<Worker> first = tr.workspace(WS).workers().list().findFirst();

    assertThat(first.flatMap(Worker::friendlyName)).contains("a");
    assertThat(stub.received()).hasSize(1);
  }

  @Test
  void listAsync_collectsEveryPage() {
    stub.enqueue(200, workersPage(0, "/v1/Workspaces/" + WS + "/Workers?Page=1", "a"))
        .enqueue(200, workersPage(1, null, "b"));

    List<Worker> all =
        tr.workspace(WS)
            .workers()
            .listAsync(ListWorkersRequest.builder().available(true).build())
            .join();

    assertThat(all).extracting(w -> w.friendlyName().get()).containsExactly("a", "b");
    assertThat(stub.received().get(0).query()).containsEntry("Available", List.of("true"));
  }

  @Test
  void notFound_carriesTwiliosCode() {
    stub.enqueue(
        404,
        "{\"code\":20404,\"message\":\"The requested resource /Workspaces/"
            + WS
            + "/Tasks/"
            + WT
            + " was not found\",\"more_info\":\"https://www.twilio.com/docs/errors/20404\",\"status\":404}");

    assertThatThrownBy(() -> tr.workspace(WS).tasks().fetch(WT))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("was not found")
        .satisfies(e -> assertThat(((NotFoundException) e).code()).hasValue(20404));
  }

  @Test
  void validationError_carriesCodeAndMessage() {
    stub.enqueue(
        400,
        "{\"code\":20001,\"message\":\"Queue named Sales already exists for workspace "
            + WS
            + "\",\"status\":400}");

    assertThatThrownBy(() -> tr.workspace(WS).taskQueues().create(q -> q.friendlyName("Sales")))
        .isInstanceOf(TaskRouterServiceException.class)
        .hasMessageContaining("already exists")
        .satisfies(e -> assertThat(((TaskRouterServiceException) e).code()).hasValue(20001));
  }

  @Test
  void asyncFailure_completesExceptionallyWithTheSameException() {
    stub.enqueue(404, "{\"code\":20404,\"message\":\"not found\",\"status\":404}");

    assertThatThrownBy(() -> tr.workspace(WS).workers().fetchAsync(WK).join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(NotFoundException.class);
  }

  private String task(String status) {
    return "{\"sid\":\""
        + WT
        + "\",\"assignment_status\":\""
        + status
        + "\",\"age\":3,\"priority\":0,\"timeout\":86400"
        + ",\"attributes\":\"{\\\"level\\\":1}\"}";
  }

  @Test
  void etag_isKeptFromTheAnswer_andSentBackAsIfMatch() {
    stub.enqueue(Reply.json(200, task("assigned")).withHeader("ETag", "\"12\""))
        .enqueue(Reply.json(200, task("completed")).withHeader("ETag", "\"13\""));

    Task fetched = tr.workspace(WS).tasks().fetch(WT);
    Task done =
        tr.workspace(WS)
            .tasks()
            .update(
                fetched, u -> u.assignmentStatus(TaskAssignmentStatus.COMPLETED).reason("done"));

    assertThat(fetched.etag()).contains("\"12\"");
    assertThat(stub.last().header("If-Match")).isEqualTo("\"12\"");
    assertThat(stub.last().form("AssignmentStatus")).isEqualTo("completed");
    assertThat(done.etag()).contains("\"13\"");
  }

  @Test
  void staleEtag_isPreconditionFailed() {
    stub.enqueue(
        412, "{\"code\":20412,\"message\":\"Precondition failed: ETag mismatch\",\"status\":412}");

    assertThatThrownBy(
            () -> tr.workspace(WS).tasks().update(WT, u -> u.priority(2).ifMatch("\"1\"")))
        .isInstanceOf(PreconditionFailedException.class);
    assertThat(stub.last().header("If-Match")).isEqualTo("\"1\"");
  }

  @Test
  void updateAttributes_retriesWhenSomeoneElseWroteInBetween() {
    String conflict = "{\"code\":20412,\"message\":\"Precondition failed\",\"status\":412}";
    stub.enqueue(Reply.json(200, task("pending")).withHeader("ETag", "\"1\""))
        .enqueue(412, conflict)
        .enqueue(Reply.json(200, task("pending")).withHeader("ETag", "\"2\""))
        .enqueue(Reply.json(200, task("pending")).withHeader("ETag", "\"3\""));

    tr.workspace(WS).tasks().updateAttributes(WT, a -> a.put("escalated", true));

    List<StubServer.Request> sent = stub.received();
    assertThat(sent).extracting(r -> r.method()).containsExactly("GET", "POST", "GET", "POST");
    assertThat(sent.get(1).header("If-Match")).isEqualTo("\"1\"");
    assertThat(sent.get(3).header("If-Match")).isEqualTo("\"2\"");
    assertThat(sent.get(3).form("Attributes")).isEqualTo("{\"level\":1,\"escalated\":true}");
  }

  @Test
  void updateAttributes_givesUpAfterMaxAttempts() {
    String conflict = "{\"code\":20412,\"message\":\"Precondition failed\",\"status\":412}";
    for (int i = 0; i < TasksApi.MAX_ATTEMPTS; i++) {
      stub.enqueue(Reply.json(200, task("pending")).withHeader("ETag", "\"" + i + "\""))
          .enqueue(412, conflict);
    }

    assertThatThrownBy(() -> tr.workspace(WS).tasks().updateAttributes(WT, a -> a.put("x", 1)))
        .isInstanceOf(PreconditionFailedException.class);
    assertThat(stub.received()).hasSize(2 * TasksApi.MAX_ATTEMPTS);
  }

  @Test
  void cancelingAnAssignedTask_isRefusedLocally_withTwiliosWording() {
    Task assigned =
        Task.builder()
            .sid(WT)
            .assignmentStatus(TaskAssignmentStatus.ASSIGNED)
            .age(Duration.ofSeconds(3))
            .priority(0)
            .timeout(Duration.ofDays(1))
            .build();

    assertThatThrownBy(
            () ->
                tr.workspace(WS)
                    .tasks()
                    .update(
                        assigned,
                        u -> u.assignmentStatus(TaskAssignmentStatus.CANCELED).reason("x")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot cancel task " + WT + " because it is not pending or reserved (it is assigned)");
    assertThat(stub.received()).isEmpty();
  }

  @Test
  void acceptingAnAcceptedReservation_isRefusedLocally() {
    TaskReservation accepted =
        TaskReservation.builder()
            .sid(io.github.taskrouter4j.sid.ReservationSid.of("WR" + A32))
            .reservationStatus(io.github.taskrouter4j.resource.ReservationStatus.ACCEPTED)
            .build();

    assertThatThrownBy(
            () -> tr.workspace(WS).task(WT).reservations().update(accepted, u -> u.accept()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Reservation WR"
                + A32
                + " is already in state [accepted] and cannot be updated to [accepted]");
    assertThat(stub.received()).isEmpty();
  }

  @Test
  void superviseOnAWorkerReservation_isRefused() {
    assertThatThrownBy(
            () ->
                tr.workspace(WS)
                    .worker(WK)
                    .reservations()
                    .update(
                        io.github.taskrouter4j.sid.ReservationSid.of("WR" + A32),
                        u ->
                            u.instruction(ReservationInstruction.SUPERVISE)
                                .supervisor("client:bob")
                                .supervisorMode(SupervisorMode.BARGE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SupervisorMode is not a parameter of the a worker's reservation");
    assertThat(stub.received()).isEmpty();
  }

  @Test
  void splitByWaitTimeOnWorkerStatistics_isRefused() {
    assertThatThrownBy(
            () ->
                tr.workspace(WS)
                    .worker(WK)
                    .statistics(q -> q.addSplitByWaitTime(Duration.ofSeconds(10))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "SplitByWaitTime is not a parameter of the statistics of this worker");
  }

  @Test
  void taskChannelByUniqueName_isPercentEncodedInThePath() {
    stub.enqueue(200, "{\"sid\":\"TC" + A32 + "\",\"unique_name\":\"voice mail\"}");

    tr.workspace(WS).taskChannels().fetch("voice mail");

    assertThat(stub.last().path()).isEqualTo("/v1/Workspaces/" + WS + "/TaskChannels/voice%20mail");
  }

  @Test
  void toString_neverShowsTheAuthToken() {
    assertThat(tr.toString()).doesNotContain("secret-token");
  }

  @Test
  void asyncTwins_sendTheSameRequests() {
    stub.always(SpecAnswers::answer);

    io.github.taskrouter4j.resource.Activity created =
        tr.workspace(WS).activities().createAsync(a -> a.friendlyName("Break")).join();
    tr.workspace(WS).activities().updateAsync(created.sid(), a -> a.friendlyName("Lunch")).join();
    tr.workspace(WS).activities().deleteAsync(created.sid()).join();

    assertThat(stub.received())
        .extracting(r -> r.method() + " " + r.path())
        .containsExactly(
            "POST /v1/Workspaces/" + WS + "/Activities",
            "POST /v1/Workspaces/" + WS + "/Activities/" + created.sid(),
            "DELETE /v1/Workspaces/" + WS + "/Activities/" + created.sid());
    assertThat(stub.received().get(1).form()).containsEntry("FriendlyName", List.of("Lunch"));
  }

  @Test
  void invalidRequest_failsBeforeAnythingIsSent() {
    assertThatThrownBy(() -> tr.workspace(WS).workers().create(w -> w.friendlyName(" ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CreateWorkerRequest.friendlyName must not be blank");
    assertThat(stub.received()).isEmpty();
  }
}
