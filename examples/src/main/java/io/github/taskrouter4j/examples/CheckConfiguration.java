package io.github.taskrouter4j.examples;

import io.github.taskrouter4j.workflow.InvalidConfigurationException;
import io.github.taskrouter4j.workflow.Problem;
import io.github.taskrouter4j.workflow.TemplateLint;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.WorkflowTemplate;
import io.github.taskrouter4j.workflow.expression.Severity;
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
 * <p>Templates (files whose queue SIDs are placeholders such as {@code ${QUEUE_SID_EVERYONE}}) are
 * checked with {@code --template}: their placeholders are listed, not reported as errors, and every
 * rule that does not depend on a placeholder's value runs. {@code --set NAME=VALUE} (repeatable)
 * binds placeholders and checks the bound configuration. A file checked without {@code --template}
 * whose only errors are placeholders gets a hint to use it.
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
      "usage: CheckConfiguration [--strict] [--template] [--set NAME=VALUE ...] --check FILE"
          + " [--check FILE ...]\n"
          + "  --template: FILE may hold placeholders (${NAME}, {{NAME}}, ...); they are listed\n"
          + "  --set NAME=VALUE: bind a placeholder (implies --template); the bound result is"
          + " checked\n"
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
   * @param args {@code [--strict] [--template] [--set NAME=VALUE]... --check FILE...}; a bare FILE
   *     after the first {@code --check} is also checked
   * @return 0, 1 or 2 as described above
   */
  public static int run(PrintStream out, String... args) {
    Integer review = review(out, args);
    if (review != null) {
      return review;
    }
    boolean strict = false;
    boolean template = false;
    Map<String, String> bindings = new LinkedHashMap<>();
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--strict")) {
        strict = true;
      } else if (args[i].equals("--template")) {
        template = true;
      } else if (args[i].equals("--set") && i + 1 < args.length && binding(args[i + 1], bindings)) {
        template = true;
        i++;
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
      failed |= !check(out, file, strict, template ? bindings : null);
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

  /** Adds {@code NAME=VALUE} to {@code bindings}; false if it has no name or no '='. */
  private static boolean binding(String arg, Map<String, String> bindings) {
    int equals = arg.indexOf('=');
    if (equals <= 0) {
      return false;
    }
    bindings.put(arg.substring(0, equals), arg.substring(equals + 1));
    return true;
  }

  /**
   * @param bindings null to check a configuration; else check a template, binding these values
   */
  private static boolean check(
      PrintStream out, Path file, boolean strict, Map<String, String> bindings) {
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
    List<String> notes = new ArrayList<>();
    List<Problem> problems =
        bindings == null
            ? WorkflowConfiguration.lintJson(json)
            : templateProblems(json, bindings, notes);
    long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
    long warnings = problems.size() - errors;
    if (problems.isEmpty()) {
      out.println(file + ": OK");
    } else {
      out.println(file + ": " + count(errors, "error") + ", " + count(warnings, "warning"));
      problems.forEach(p -> out.println("  " + p));
    }
    notes.forEach(note -> out.println("  " + note));
    if (bindings == null) {
      printTemplateHint(out, problems);
    }
    return errors == 0 && (!strict || warnings == 0);
  }

  /**
   * Reads {@code json} as a template: with no bindings, its lint (placeholders and skipped rules go
   * to {@code notes}); with bindings, the lint of the bound configuration.
   */
  private static List<Problem> templateProblems(
      String json, Map<String, String> bindings, List<String> notes) {
    try {
      WorkflowTemplate template = WorkflowTemplate.fromJson(json);
      if (!bindings.isEmpty()) {
        notes.add("bound " + String.join(", ", bindings.keySet()));
        return template.bind(bindings).lint();
      }
      template.placeholders().forEach(p -> notes.add("placeholder " + p));
      TemplateLint lint = template.lint();
      lint.skipped().forEach((code, why) -> notes.add("skipped " + code + ": " + why));
      return lint.problems();
    } catch (InvalidConfigurationException e) {
      return e.problems();
    }
  }

  /** Points to {@code --template} when a file fails only because it is a template. */
  private static void printTemplateHint(PrintStream out, List<Problem> problems) {
    if (problems.stream().anyMatch(p -> p.code().equals("TEMPLATE_PLACEHOLDERS"))) {
      out.println(
          "  hint: this file is a template; check it with --template, and bind placeholders with"
              + " --set NAME=VALUE");
    }
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
