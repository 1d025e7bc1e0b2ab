package io.github.taskrouter4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckConfigurationTest {
  @TempDir Path dir;

  private Path file(String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name), json);
  }

  @Test
  void check_validFile_printsOkAndExitsZero() throws IOException {
    Path valid = dir.resolve("valid.json");
    BuildConfiguration.run(new Output().stream, "--write", valid.toString());
    Output out = new Output();

    int code = CheckConfiguration.run(out.stream, "--check", valid.toString());

    assertThat(code).isZero();
    assertThat(out.text()).isEqualTo(valid + ": OK\n");
  }

  @Test
  void check_wrongType_reportsJsonPathAndExitsOne() throws IOException {
    Path bad =
        file(
            "bad.json",
            "{\"task_routing\": {\"filters\": [{\"filter_friendly_name\": \"Gold\","
                + " \"expression\": \"customer_value == 'Gold'\","
                + " \"targets\": [{\"queue\": \"WQ00000000000000000000000000000001\","
                + " \"priority\": \"high\"}]}]}}");
    Output out = new Output();

    int code = CheckConfiguration.run(out.stream, "--check", bad.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.text())
        .contains(bad + ": 1 error")
        .contains("  ERROR task_routing.filters[0].targets[0].priority: ")
        .contains("high");
  }

  @Test
  void check_badExpression_reportsItsPath() throws IOException {
    Path bad =
        file(
            "expr.json",
            "{\"task_routing\": {\"filters\": [{\"filter_friendly_name\": \"Gold\","
                + " \"expression\": \"customer_value == \","
                + " \"targets\": [{\"queue\": \"WQ00000000000000000000000000000001\"}]}]}}");
    Output out = new Output();

    int code = CheckConfiguration.run(out.stream, "--check", bad.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.text()).contains("  ERROR task_routing.filters[0].expression: ");
  }

  @Test
  void check_notJson_reportsSyntaxError() throws IOException {
    Path bad = file("broken.json", "{\"task_routing\": ");
    Output out = new Output();

    int code = CheckConfiguration.run(out.stream, "--check", bad.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.text()).contains(bad + ": 1 error").contains("ERROR");
  }

  @Test
  void check_missingFile_saysSoAndExitsOne() {
    Path missing = dir.resolve("missing.json");
    Output out = new Output();

    int code = CheckConfiguration.run(out.stream, "--check", missing.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.text()).isEqualTo(missing + ": cannot read: no such file\n");
  }

  @Test
  void check_severalFiles_failsIfAnyFails() throws IOException {
    Path valid = dir.resolve("valid.json");
    BuildConfiguration.run(new Output().stream, "--write", valid.toString());
    Output out = new Output();

    int code =
        CheckConfiguration.run(
            out.stream, "--check", valid.toString(), dir.resolve("nope.json").toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.text()).contains(valid + ": OK").contains("nope.json: cannot read");
  }

  @Test
  void check_warningsOnly_passUnlessStrict() throws IOException {
    Path warned =
        file(
            "warned.json",
            "{\"task_routing\": {\"filters\": [{\"filter_friendly_name\": \"Gold\","
                + " \"expression\": \"customer_value == 'Gold'\","
                + " \"targets\": [{\"queue\": \"WQ00000000000000000000000000000001\"}]}]}}");
    Output lenient = new Output();
    Output strict = new Output();

    int lenientCode = CheckConfiguration.run(lenient.stream, "--check", warned.toString());
    int strictCode =
        CheckConfiguration.run(strict.stream, "--strict", "--check", warned.toString());

    assertThat(lenient.text())
        .contains("0 errors, 1 warning")
        .contains("WARNING task_routing.default_filter: is missing");
    assertThat(lenientCode).isZero();
    assertThat(strictCode).isEqualTo(1);
  }

  @Test
  void run_noFile_exitsTwoWithUsage() {
    Output out = new Output();

    int code = CheckConfiguration.run(out.stream);

    assertThat(code).isEqualTo(2);
    assertThat(out.text()).contains("nothing to check").contains("usage: CheckConfiguration");
  }

  private static final String TEMPLATE =
      "{\"task_routing\": {\"filters\": [{\"filter_friendly_name\": \"Sales\","
          + " \"expression\": \"type == 'sales'\","
          + " \"targets\": [{\"queue\": \"${QUEUE_SID_SALES}\"}]}],"
          + " \"default_filter\": {\"queue\": \"${QUEUE_SID_EVERYONE}\"}}}";

  @Test
  void check_templateWithoutFlag_isRefusedWithAHint() throws IOException {
    Path template = file("template.json", TEMPLATE);
    Output out = new Output();

    int code = CheckConfiguration.run(out.stream, "--check", template.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.text())
        .contains("ERROR (document): the document is a template")
        .contains("[TEMPLATE_PLACEHOLDERS]")
        .contains("ERROR task_routing.filters[0].targets[0].queue: ")
        .endsWith(
            "  hint: this file is a template; check it with --template, and bind placeholders"
                + " with --set NAME=VALUE\n");
  }

  @Test
  void check_templateFlag_listsPlaceholdersAndExitsZero() throws IOException {
    Path template = file("template.json", TEMPLATE);
    Output out = new Output();

    int code = CheckConfiguration.run(out.stream, "--template", "--check", template.toString());

    assertThat(code).isZero();
    assertThat(out.text())
        .isEqualTo(
            template
                + ": OK\n"
                + "  placeholder ${QUEUE_SID_SALES} (a task queue SID (WQ…)) at"
                + " task_routing.filters[0].targets[0].queue\n"
                + "  placeholder ${QUEUE_SID_EVERYONE} (a task queue SID (WQ…)) at"
                + " task_routing.default_filter.queue\n"
                + "  skipped CONFIGURATION_TOO_LARGE: the size depends on the values bound\n");
  }

  @Test
  void check_templateWithTypo_reportsTheSuggestionAndExitsOne() throws IOException {
    Path template =
        file(
            "typo.json",
            TEMPLATE.replace("\"${QUEUE_SID_SALES}\"", "\"${QUEUE_SID_SALES}\", \"timout\": 30"));
    Output out = new Output();

    int code = CheckConfiguration.run(out.stream, "--template", "--check", template.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.text())
        .contains(template + ": 1 error, 0 warnings")
        .contains(
            "  ERROR task_routing.filters[0].targets[0].timout: is not a field TaskRouter knows,"
                + " so Twilio ignores it and its value is lost; did you mean `timeout`?"
                + " [MISSPELLED_FIELD]");
  }

  @Test
  void check_setBindsPlaceholdersAndChecksTheResult() throws IOException {
    Path template = file("template.json", TEMPLATE);
    Output out = new Output();

    int code =
        CheckConfiguration.run(
            out.stream,
            "--set",
            "QUEUE_SID_SALES=WQ00000000000000000000000000000001",
            "--set",
            "QUEUE_SID_EVERYONE=WQ00000000000000000000000000000002",
            "--check",
            template.toString());

    assertThat(code).isZero();
    assertThat(out.text())
        .isEqualTo(template + ": OK\n  bound QUEUE_SID_SALES, QUEUE_SID_EVERYONE\n");
  }

  @Test
  void check_setWorkerSidForAQueue_namesPlaceholderAndPathAndExitsOne() throws IOException {
    Path template = file("template.json", TEMPLATE);
    Output out = new Output();

    int code =
        CheckConfiguration.run(
            out.stream,
            "--set",
            "QUEUE_SID_SALES=WK00000000000000000000000000000001",
            "--check",
            template.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.text())
        .contains(template + ": 2 errors, 0 warnings")
        .contains(
            "  ERROR task_routing.filters[0].targets[0].queue: placeholder `QUEUE_SID_SALES` needs"
                + " a task queue SID (WQ…)")
        .contains(
            "  ERROR task_routing.default_filter.queue: placeholder `QUEUE_SID_EVERYONE` (a task"
                + " queue SID (WQ…)) is not bound");
  }

  @Test
  void run_setWithoutEquals_exitsTwoWithUsage() {
    Output out = new Output();

    int code = CheckConfiguration.run(out.stream, "--set", "QUEUE", "--check", "x.json");

    assertThat(code).isEqualTo(2);
    assertThat(out.text()).contains("unexpected argument --set").contains("--set NAME=VALUE");
  }
}
