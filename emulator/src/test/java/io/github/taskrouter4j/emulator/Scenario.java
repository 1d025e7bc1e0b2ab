package io.github.taskrouter4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Builds a workspace over HTTP and reads it back, for the routing tests. */
final class Scenario {
  final Api api;
  final String ws;
  final String available;
  final String offline;
  final String unavailable;

  Scenario(Api api, String... workspaceParams) {
    this.api = api;
    String[] params = new String[workspaceParams.length + 2];
    params[0] = "FriendlyName";
    params[1] = "scenario";
    System.arraycopy(workspaceParams, 0, params, 2, workspaceParams.length);
    this.ws = api.post("/v1/Workspaces", params).sid();
    this.available = activity("Available");
    this.offline = activity("Offline");
    this.unavailable = activity("Unavailable");
  }

  String path(String rest) {
    return "/v1/Workspaces/" + ws + rest;
  }

  String activity(String name) {
    for (JsonNode a : api.get(path("/Activities?FriendlyName=" + name)).ok().path("activities")) {
      return a.path("sid").asText();
    }
    throw new AssertionError("no activity " + name);
  }

  String worker(String name, String attributes, String activity) {
    return api.post(
            path("/Workers"),
            "FriendlyName",
            name,
            "Attributes",
            attributes,
            "ActivitySid",
            activity)
        .sid();
  }

  String queue(String name, String targetWorkers, String... more) {
    List<String> params =
        new ArrayList<>(List.of("FriendlyName", name, "TargetWorkers", targetWorkers));
    params.addAll(List.of(more));
    return api.post(path("/TaskQueues"), params.toArray(String[]::new)).sid();
  }

  String workflow(String name, String configuration, String... more) {
    List<String> params =
        new ArrayList<>(List.of("FriendlyName", name, "Configuration", configuration));
    params.addAll(List.of(more));
    return api.post(path("/Workflows"), params.toArray(String[]::new)).sid();
  }

  String task(String workflow, String attributes, String... more) {
    List<String> params =
        new ArrayList<>(List.of("WorkflowSid", workflow, "Attributes", attributes));
    params.addAll(List.of(more));
    return api.post(path("/Tasks"), params.toArray(String[]::new)).sid();
  }

  JsonNode task(String sid) {
    return api.get(path("/Tasks/" + sid)).ok();
  }

  String status(String task) {
    return task(task).path("assignment_status").asText();
  }

  String queueOf(String task) {
    return task(task).path("task_queue_sid").asText();
  }

  List<JsonNode> reservations(String task) {
    List<JsonNode> out = new ArrayList<>();
    api.get(path("/Tasks/" + task + "/Reservations")).ok().path("reservations").forEach(out::add);
    return out;
  }

  JsonNode pendingReservation(String task) {
    for (JsonNode r : reservations(task)) {
      if (r.path("reservation_status").asText().equals("pending")) {
        return r;
      }
    }
    throw new AssertionError("task " + task + " has no pending reservation: " + reservations(task));
  }

  String reservedWorker(String task) {
    return pendingReservation(task).path("worker_sid").asText();
  }

  Api.Answer answer(String task, String reservation, String... params) {
    return api.post(path("/Tasks/" + task + "/Reservations/" + reservation), params);
  }

  List<String> eventTypes(String query) {
    List<String> out = new ArrayList<>();
    api.get(path("/Events?Minutes=43200&PageSize=1000" + query))
        .ok()
        .path("events")
        .forEach(e -> out.add(e.path("event_type").asText()));
    return out;
  }
}
