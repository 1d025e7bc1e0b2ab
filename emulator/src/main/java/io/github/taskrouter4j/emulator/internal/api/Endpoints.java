package io.github.taskrouter4j.emulator.internal.api;

import io.github.taskrouter4j.emulator.internal.engine.Emulation;
import io.github.taskrouter4j.emulator.internal.http.ApiHandler;
import io.github.taskrouter4j.emulator.internal.http.Routes;

/** Every TaskRouter v1 path the emulator answers. */
public final class Endpoints {
  private Endpoints() {}

  /** The HTTP front of {@code e}: every route, behind its account's HTTP Basic credentials. */
  public static ApiHandler handler(Emulation e) {
    return new ApiHandler(routes(e), e.accountSid, e.authToken);
  }

  static Routes routes(Emulation e) {
    String ws = "/v1/Workspaces/{WorkspaceSid}";
    Routes r = new Routes();
    WorkspaceEndpoints workspaces = new WorkspaceEndpoints(e);
    r.add("GET", "/v1/Workspaces", workspaces::list)
        .add("POST", "/v1/Workspaces", workspaces::create)
        .add("GET", ws, workspaces::fetch)
        .add("POST", ws, workspaces::update)
        .add("DELETE", ws, workspaces::delete);
    ActivityEndpoints activities = new ActivityEndpoints(e);
    r.add("GET", ws + "/Activities", activities::list)
        .add("POST", ws + "/Activities", activities::create)
        .add("GET", ws + "/Activities/{Sid}", activities::fetch)
        .add("POST", ws + "/Activities/{Sid}", activities::update)
        .add("DELETE", ws + "/Activities/{Sid}", activities::delete);
    TaskChannelEndpoints channels = new TaskChannelEndpoints(e);
    r.add("GET", ws + "/TaskChannels", channels::list)
        .add("POST", ws + "/TaskChannels", channels::create)
        .add("GET", ws + "/TaskChannels/{Sid}", channels::fetch)
        .add("POST", ws + "/TaskChannels/{Sid}", channels::update)
        .add("DELETE", ws + "/TaskChannels/{Sid}", channels::delete);
    StatisticsEndpoints stats = new StatisticsEndpoints(e);
    r.add("GET", ws + "/Statistics", stats::workspace)
        .add("GET", ws + "/RealTimeStatistics", stats::workspaceRealTime)
        .add("GET", ws + "/CumulativeStatistics", stats::workspaceCumulative)
        .add("GET", ws + "/Workers/Statistics", stats::workers)
        .add("GET", ws + "/Workers/RealTimeStatistics", stats::workersRealTime)
        .add("GET", ws + "/Workers/CumulativeStatistics", stats::workersCumulative)
        .add("GET", ws + "/Workers/{WorkerSid}/Statistics", stats::worker)
        .add("GET", ws + "/TaskQueues/Statistics", stats::queues)
        .add("POST", ws + "/TaskQueues/RealTimeStatistics", stats::queuesRealTimeBulk)
        .add("GET", ws + "/TaskQueues/{TaskQueueSid}/Statistics", stats::queue)
        .add("GET", ws + "/TaskQueues/{TaskQueueSid}/RealTimeStatistics", stats::queueRealTime)
        .add("GET", ws + "/TaskQueues/{TaskQueueSid}/CumulativeStatistics", stats::queueCumulative)
        .add("GET", ws + "/Workflows/{WorkflowSid}/Statistics", stats::workflow)
        .add("GET", ws + "/Workflows/{WorkflowSid}/RealTimeStatistics", stats::workflowRealTime)
        .add(
            "GET", ws + "/Workflows/{WorkflowSid}/CumulativeStatistics", stats::workflowCumulative);
    WorkerEndpoints workers = new WorkerEndpoints(e);
    r.add("GET", ws + "/Workers", workers::list)
        .add("POST", ws + "/Workers", workers::create)
        .add("GET", ws + "/Workers/{Sid}", workers::fetch)
        .add("POST", ws + "/Workers/{Sid}", workers::update)
        .add("DELETE", ws + "/Workers/{Sid}", workers::delete)
        .add("GET", ws + "/Workers/{WorkerSid}/Channels", workers::channels)
        .add("GET", ws + "/Workers/{WorkerSid}/Channels/{Sid}", workers::channel)
        .add("POST", ws + "/Workers/{WorkerSid}/Channels/{Sid}", workers::updateChannel);
    QueueEndpoints queues = new QueueEndpoints(e);
    r.add("GET", ws + "/TaskQueues", queues::list)
        .add("POST", ws + "/TaskQueues", queues::create)
        .add("GET", ws + "/TaskQueues/{Sid}", queues::fetch)
        .add("POST", ws + "/TaskQueues/{Sid}", queues::update)
        .add("DELETE", ws + "/TaskQueues/{Sid}", queues::delete);
    WorkflowEndpoints workflows = new WorkflowEndpoints(e);
    r.add("GET", ws + "/Workflows", workflows::list)
        .add("POST", ws + "/Workflows", workflows::create)
        .add("GET", ws + "/Workflows/{Sid}", workflows::fetch)
        .add("POST", ws + "/Workflows/{Sid}", workflows::update)
        .add("DELETE", ws + "/Workflows/{Sid}", workflows::delete);
    TaskEndpoints tasks = new TaskEndpoints(e);
    r.add("GET", ws + "/Tasks", tasks::list)
        .add("POST", ws + "/Tasks", tasks::create)
        .add("GET", ws + "/Tasks/{Sid}", tasks::fetch)
        .add("POST", ws + "/Tasks/{Sid}", tasks::update)
        .add("DELETE", ws + "/Tasks/{Sid}", tasks::delete);
    ReservationEndpoints reservations = new ReservationEndpoints(e);
    r.add("GET", ws + "/Tasks/{TaskSid}/Reservations", reservations::listForTask)
        .add("GET", ws + "/Tasks/{TaskSid}/Reservations/{Sid}", reservations::fetchForTask)
        .add("POST", ws + "/Tasks/{TaskSid}/Reservations/{Sid}", reservations::updateForTask)
        .add("GET", ws + "/Workers/{WorkerSid}/Reservations", reservations::listForWorker)
        .add("GET", ws + "/Workers/{WorkerSid}/Reservations/{Sid}", reservations::fetchForWorker)
        .add("POST", ws + "/Workers/{WorkerSid}/Reservations/{Sid}", reservations::updateForWorker);
    EventEndpoints events = new EventEndpoints(e);
    r.add("GET", ws + "/Events", events::list).add("GET", ws + "/Events/{Sid}", events::fetch);
    return r;
  }
}
