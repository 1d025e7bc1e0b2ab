package io.github.taskrouter4j.examples;

import io.github.taskrouter4j.TaskRouter;
import io.github.taskrouter4j.WorkspaceApi;
import io.github.taskrouter4j.http.ApiRequest;
import io.github.taskrouter4j.http.Page;
import io.github.taskrouter4j.resource.Task;
import io.github.taskrouter4j.resource.TaskAssignmentStatus;
import io.github.taskrouter4j.resource.TaskQueue;
import io.github.taskrouter4j.resource.Workflow;
import io.github.taskrouter4j.resource.Workspace;
import io.github.taskrouter4j.workflow.DefaultFilter;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Pages through tasks against the embedded emulator, two ways: lazily with the DSL's {@code Stream}
 * (a page is fetched only when the stream reaches it), and page by page with the HTTP layer,
 * following {@code next_page_url}.
 *
 * <pre>{@code
 * java ... PageTasks                          # 12 tasks, 5 per page
 * java ... PageTasks --tasks 40 --page-size 10
 * }</pre>
 */
public final class PageTasks {
  private PageTasks() {}

  /** Runs the example and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(System.out, args));
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   * @param args {@code --tasks N} (default 12) and {@code --page-size N} (default 5, at most 1000)
   * @return 0, 1 if the run failed, 2 for bad usage
   */
  public static int run(PrintStream out, String... args) {
    int tasks = 12;
    int pageSize = 5;
    try {
      for (int i = 0; i < args.length; i += 2) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("option " + args[i] + " needs a value");
        }
        int value = Integer.parseInt(args[i + 1]);
        switch (args[i]) {
          case "--tasks" -> tasks = requireRange("--tasks", value, 0, 10_000);
          case "--page-size" -> pageSize = requireRange("--page-size", value, 1, 1000);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
    } catch (IllegalArgumentException e) {
      out.println("PageTasks: " + e.getMessage());
      out.println("usage: PageTasks [--tasks N] [--page-size N]");
      return 2;
    }
    try (Backend backend = Backend.emulator()) {
      out.println("Running against " + backend.describe() + ".");
      page(backend.client(), out, tasks, pageSize);
      return 0;
    } catch (RuntimeException e) {
      out.println("PageTasks failed: " + e);
      return 1;
    }
  }

  private static int requireRange(String option, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          option + " must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  private static void page(TaskRouter tr, PrintStream out, int count, int pageSize) {
    Workspace workspace = tr.workspaces().create(w -> w.friendlyName("Paging"));
    WorkspaceApi ws = tr.workspace(workspace.sid());
    // A queue nobody belongs to: every task stays pending.
    TaskQueue nobody = ws.taskQueues().create(q -> q.friendlyName("Nobody").targetWorkers("1==0"));
    Workflow workflow =
        ws.workflows()
            .create(
                w ->
                    w.friendlyName("Everything to Nobody")
                        .configuration(
                            WorkflowConfiguration.builder()
                                .defaultFilter(DefaultFilter.queue(nobody.sid()))
                                .build()));
    for (int i = 1; i <= count; i++) {
      String attributes = "{\"ticket\":" + i + "}";
      ws.tasks().create(t -> t.workflowSid(workflow.sid()).attributes(attributes));
    }
    out.println("Created " + count + " tasks in workspace " + workspace.sid() + ".");

    // 1. Lazily, with the DSL: only as many pages as the stream needs.
    int half = (count + 1) / 2;
    List<Task> firstHalf =
        ws.tasks()
            .list(q -> q.addAssignmentStatus(TaskAssignmentStatus.PENDING).pageSize(pageSize))
            .limit(half)
            .collect(Collectors.toList());
    out.println(
        "Stream: the first "
            + firstHalf.size()
            + " pending tasks, read "
            + pageSize
            + " per page: "
            + tickets(firstHalf));
    long all = ws.tasks().list(q -> q.pageSize(pageSize)).count();
    out.println("Stream: " + all + " tasks in all.");

    // 2. Page by page, with the HTTP layer.
    Optional<ApiRequest> next =
        Optional.of(
            ApiRequest.get("/v1/Workspaces/" + workspace.sid() + "/Tasks")
                .withQuery("PageSize", pageSize));
    while (next.isPresent()) {
      Page<Task> page = tr.http().page(next.get(), "tasks", Task.class);
      out.println(
          "Page "
              + page.meta().page()
              + " ("
              + page.items().size()
              + " of at most "
              + page.meta().pageSize()
              + "): "
              + tickets(page.items())
              + (page.nextPage().isPresent() ? "" : "  (last page)"));
      next = page.items().isEmpty() ? Optional.empty() : page.nextPage();
    }
  }

  private static String tickets(List<Task> tasks) {
    return tasks.stream()
        .map(t -> "#" + t.attributes().path("ticket").asText())
        .collect(Collectors.joining(" "));
  }
}
