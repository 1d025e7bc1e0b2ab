package io.github.taskrouter4j.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.json.TaskRouterJson;
import io.github.taskrouter4j.resource.Resources;
import io.github.taskrouter4j.resource.TaskQueue;
import io.github.taskrouter4j.resource.Worker;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.InvalidConfigurationException;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.WorkflowTemplate;
import io.github.taskrouter4j.workflow.codegen.JavaSource;
import io.github.taskrouter4j.workflow.routing.QueueDefinition;
import io.github.taskrouter4j.workflow.routing.RoutingDiff;
import io.github.taskrouter4j.workflow.routing.WorkerState;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The review commands of {@link CheckConfiguration}: {@code --diff} (what a change does to a task
 * sample) and {@code --to-java} (builder code from a JSON file).
 */
final class ReviewCommands {
  static final String USAGE =
      "       CheckConfiguration --diff BEFORE.json AFTER.json --tasks TASKS.jsonl"
          + " [--workspace WS.json] [--fail-on-change]\n"
          + "       CheckConfiguration --to-java FILE.json [--template] [--package NAME]"
          + " [--class NAME] [--workspace WS.json]\n"
          + "  --to-java --template: FILE holds placeholders; configuration(...) takes one"
          + " parameter per placeholder\n"
          + "  WS.json: {\"task_queues\": [TaskQueue...], \"workers\": [Worker...]} as Twilio's"
          + " API returns them";

  /** A file that cannot be used; its message names the file and what is wrong. */
  static final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message);
    }
  }

  private ReviewCommands() {}

  /** {@code --diff BEFORE AFTER --tasks TASKS [--workspace WS] [--fail-on-change]}. */
  static int diff(PrintStream out, List<String> args) {
    Map<String, String> options = new LinkedHashMap<>();
    List<String> files = new ArrayList<>();
    boolean failOnChange = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--fail-on-change")) {
        failOnChange = true;
      } else if ((arg.equals("--tasks") || arg.equals("--workspace")) && i + 1 < args.size()) {
        options.put(arg, args.get(++i));
      } else if (arg.equals("--diff") && i + 2 < args.size()) {
        files.add(args.get(++i));
        files.add(args.get(++i));
      } else {
        return usage(out, "unexpected argument " + arg);
      }
    }
    if (files.size() != 2 || !options.containsKey("--tasks")) {
      return usage(out, "--diff needs BEFORE.json AFTER.json and --tasks TASKS.jsonl");
    }
    try {
      RoutingDiff.Builder diff =
          RoutingDiff.between(configuration(files.get(0)), configuration(files.get(1)));
      if (options.containsKey("--workspace")) {
        Workspace ws = workspace(options.get("--workspace"));
        diff.queues(ws.queues).workers(ws.workers);
      }
      RoutingDiff result = diff.forTasks(tasks(options.get("--tasks")));
      out.print(result.toText(20));
      return failOnChange && !result.isEmpty() ? 1 : 0;
    } catch (BadInput | IllegalArgumentException e) {
      out.println(e.getMessage());
      return 1;
    }
  }

  /** {@code --to-java FILE [--template] [--package NAME] [--class NAME] [--workspace WS]}. */
  static int toJava(PrintStream out, List<String> args) {
    Map<String, String> options = new LinkedHashMap<>();
    boolean template = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--template")) {
        template = true;
      } else if (List.of("--to-java", "--package", "--class", "--workspace").contains(arg)
          && i + 1 < args.size()) {
        options.put(arg, args.get(++i));
      } else {
        return usage(out, "unexpected argument " + arg);
      }
    }
    String file = options.get("--to-java");
    String className = options.getOrDefault("--class", className(Path.of(file)));
    try {
      Map<TaskQueueSid, String> names = new LinkedHashMap<>();
      if (options.containsKey("--workspace")) {
        workspace(options.get("--workspace"))
            .queues
            .forEach(q -> names.put(q.sid(), q.friendlyName()));
      }
      String packageName = options.getOrDefault("--package", "");
      out.print(
          template
              ? JavaSource.of(template(file), packageName, className, names)
              : JavaSource.of(configuration(file), packageName, className, names));
      return 0;
    } catch (BadInput e) {
      out.println(e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      out.println("CheckConfiguration: " + e.getMessage());
      return 2;
    }
  }

  /** {@code incoming-call-flow.json} becomes {@code IncomingCallFlow}. */
  static String className(Path file) {
    String base = file.getFileName().toString().replaceFirst("\\.json$", "");
    StringBuilder out = new StringBuilder();
    for (String part : base.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    if (out.length() == 0 || !Character.isJavaIdentifierStart(out.charAt(0))) {
      out.insert(0, "Workflow");
    }
    return out.toString();
  }

  private static int usage(PrintStream out, String problem) {
    out.println("CheckConfiguration: " + problem);
    out.println(CheckConfiguration.USAGE);
    return 2;
  }

  private static WorkflowTemplate template(String file) {
    try {
      return WorkflowTemplate.fromJson(read(file));
    } catch (InvalidConfigurationException e) {
      throw new BadInput(file + ": " + e.getMessage());
    }
  }

  private static WorkflowConfiguration configuration(String file) {
    try {
      return WorkflowConfiguration.fromJson(read(file));
    } catch (InvalidConfigurationException e) {
      throw new BadInput(file + ": " + e.getMessage());
    }
  }

  /** One JSON object per line; blank lines are skipped. */
  private static List<JsonNode> tasks(String file) {
    List<JsonNode> tasks = new ArrayList<>();
    String[] lines = read(file).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      JsonNode task = json(file + " line " + (i + 1), lines[i]);
      if (!task.isObject()) {
        throw new BadInput(
            file
                + " line "
                + (i + 1)
                + ": expected a JSON object of task attributes, was "
                + task.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
      }
      tasks.add(task);
    }
    return tasks;
  }

  private static final class Workspace {
    final List<QueueDefinition> queues = new ArrayList<>();
    final List<WorkerState> workers = new ArrayList<>();
  }

  private static Workspace workspace(String file) {
    JsonNode root = json(file, read(file));
    Workspace ws = new Workspace();
    for (int i = 0; i < root.path("task_queues").size(); i++) {
      String at = file + ": task_queues[" + i + "]";
      ws.queues.add(
          LocalRouter.queue(resource(at, root.get("task_queues").get(i), TaskQueue.class)));
    }
    for (int i = 0; i < root.path("workers").size(); i++) {
      String at = file + ": workers[" + i + "]";
      ws.workers.add(LocalRouter.worker(resource(at, root.get("workers").get(i), Worker.class)));
    }
    return ws;
  }

  private static <T> T resource(String at, JsonNode node, Class<T> type) {
    try {
      return Resources.fromJson(node.toString(), type);
    } catch (RuntimeException e) {
      throw new BadInput(at + ": " + e.getMessage());
    }
  }

  private static JsonNode json(String where, String text) {
    try {
      return TaskRouterJson.readTree(text);
    } catch (JsonProcessingException e) {
      throw new BadInput(
          where
              + ": not valid JSON at column "
              + e.getLocation().getColumnNr()
              + ": "
              + e.getOriginalMessage());
    }
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadInput(file + ": cannot read: no such file");
    } catch (MalformedInputException e) {
      throw new BadInput(file + ": cannot read: not UTF-8 text");
    } catch (IOException e) {
      throw new BadInput(file + ": cannot read: " + e.getMessage());
    }
  }
}
