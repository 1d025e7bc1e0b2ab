package io.github.taskrouter4j.examples;

import io.github.taskrouter4j.workflow.Problem;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.expression.Severity;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates workflow configuration files from disk, for CI: reads each file, lints it, prints every
 * problem with its JSON path, and exits 1 if any file has an error (or, with {@code --strict}, a
 * warning).
 *
 * <pre>{@code
 * java ... CheckConfiguration --check workflows/incoming-call-flow.json
 * # workflows/incoming-call-flow.json: 1 error, 0 warnings
 * #   ERROR task_routing.filters[0].targets[0].priority: expected an integer, got "high" [INVALID_TYPE]
 * }</pre>
 *
 * <p>Reviewing a change: {@code --diff before.json after.json --tasks tasks.jsonl [--workspace
 * ws.json] [--fail-on-change]} prints what the change does to a sample of tasks (a {@link
 * io.github.taskrouter4j.workflow.routing.RoutingDiff}); {@code --to-java FILE} prints builder code
 * for a JSON file ({@link io.github.taskrouter4j.workflow.codegen.JavaSource}).
 *
 * <p>Exit codes: 0 every file is valid, 1 a file has problems or cannot be read (or, with {@code
 * --fail-on-change}, a task routes differently), 2 bad usage.
 */
public final class CheckConfiguration {
  static final String USAGE =
      "usage: CheckConfiguration [--strict] --check FILE [--check FILE ...]\n"
          + ReviewCommands.USAGE
          + "\n"
          + "  exit 0: valid; 1: errors (with --strict: also warnings) or unreadable, or with"
          + " --fail-on-change: a task routes differently; 2: bad usage";

  private CheckConfiguration() {}

  /** Runs the check and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(System.out, args));
  }

  /**
   * Checks the files named by {@code --check}.
   *
   * @param out where to print
   * @param args {@code [--strict] --check FILE...}; a bare FILE after the first {@code --check} is
   *     also checked
   * @return 0, 1 or 2 as described above
   */
  public static int run(PrintStream out, String... args) {
    Integer review = review(out, args);
    if (review != null) {
      return review;
    }
    boolean strict = false;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--strict")) {
        strict = true;
      } else if (args[i].equals("--check") && i + 1 < args.length) {
        files.add(Path.of(args[++i]));
      } else if (!args[i].startsWith("-") && !files.isEmpty()) {
        files.add(Path.of(args[i]));
      } else {
        out.println("CheckConfiguration: unexpected argument " + args[i]);
        out.println(USAGE);
        return 2;
      }
    }
    if (files.isEmpty()) {
      out.println("CheckConfiguration: nothing to check");
      out.println(USAGE);
      return 2;
    }
    boolean failed = false;
    for (Path file : files) {
      failed |= !check(out, file, strict);
    }
    return failed ? 1 : 0;
  }

  /** Runs {@code --diff} or {@code --to-java} if asked for; null otherwise. */
  private static Integer review(PrintStream out, String... args) {
    List<String> list = List.of(args);
    if (list.contains("--diff")) {
      return ReviewCommands.diff(out, list);
    }
    if (list.contains("--to-java")) {
      return ReviewCommands.toJava(out, list);
    }
    return null;
  }

  private static boolean check(PrintStream out, Path file, boolean strict) {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      out.println(file + ": cannot read: no such file");
      return false;
    } catch (MalformedInputException e) {
      out.println(file + ": cannot read: not UTF-8 text");
      return false;
    } catch (IOException e) {
      out.println(file + ": cannot read: " + e.getMessage());
      return false;
    }
    List<Problem> problems = WorkflowConfiguration.lintJson(json);
    long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
    long warnings = problems.size() - errors;
    if (problems.isEmpty()) {
      out.println(file + ": OK");
    } else {
      out.println(file + ": " + count(errors, "error") + ", " + count(warnings, "warning"));
      problems.forEach(p -> out.println("  " + p));
    }
    return errors == 0 && (!strict || warnings == 0);
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
