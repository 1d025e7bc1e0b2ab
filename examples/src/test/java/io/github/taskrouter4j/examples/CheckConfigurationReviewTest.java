package io.github.taskrouter4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckConfigurationReviewTest {
  private static final String Q1 = "WQ00000000000000000000000000000001";
  private static final String Q2 = "WQ00000000000000000000000000000002";

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static String config(String goldQueue) {
    return "{\"task_routing\":{\"filters\":[{\"filter_friendly_name\":\"Gold\","
        + "\"expression\":\"customer_value == 'Gold'\",\"targets\":[{\"queue\":\""
        + goldQueue
        + "\",\"priority\":2}]}],\"default_filter\":{\"queue\":\""
        + Q2
        + "\"}}}";
  }

  private String[] diffArgs(String... more) throws IOException {
    Path before = file("before.json", config(Q1));
    Path after = file("after.json", config(Q2));
    Path tasks =
        file("tasks.jsonl", "{\"customer_value\":\"Gold\"}\n\n{\"customer_value\":\"Silver\"}\n");
    Path ws =
        file(
            "ws.json",
            "{\"task_queues\":[{\"sid\":\""
                + Q1
                + "\",\"friendly_name\":\"Gold agents\",\"target_workers\":\"tier == 'gold'\","
                + "\"max_reserved_workers\":1,\"task_order\":\"FIFO\"},"
                + "{\"sid\":\""
                + Q2
                + "\",\"friendly_name\":\"Everyone\",\"target_workers\":\"1==1\","
                + "\"max_reserved_workers\":1,\"task_order\":\"FIFO\"}],"
                + "\"workers\":[{\"sid\":\"WK00000000000000000000000000000001\","
                + "\"friendly_name\":\"Ana\",\"attributes\":\"{\\\"tier\\\":\\\"gold\\\"}\","
                + "\"available\":true}]}");
    String[] base = {
      "--diff",
      before.toString(),
      after.toString(),
      "--tasks",
      tasks.toString(),
      "--workspace",
      ws.toString()
    };
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void diff_printsSummaryWithQueueNamesAndExitsZero() throws IOException {
    Output out = new Output();

    int code = CheckConfiguration.run(out.stream, diffArgs());

    assertThat(code).isZero();
    assertThat(out.text())
        .startsWith("routing diff: 1 of 2 tasks change (50.0%)\n")
        .contains("by first queue (before -> after)\n  Gold agents  ->  Everyone  1\n")
        .contains("Gold: Gold agents p2; first worker Ana")
        .contains("Gold: Everyone p2; first worker Ana");
  }

  @Test
  void diff_failOnChange_exitsOne() throws IOException {
    Output out = new Output();

    assertThat(CheckConfiguration.run(out.stream, diffArgs("--fail-on-change"))).isEqualTo(1);
  }

  @Test
  void diff_failOnChange_nothingChanged_exitsZero() throws IOException {
    Path same = file("same.json", config(Q1));
    Path tasks = file("t.jsonl", "{\"customer_value\":\"Gold\"}\n");
    Output out = new Output();

    int code =
        CheckConfiguration.run(
            out.stream,
            "--diff",
            same.toString(),
            same.toString(),
            "--tasks",
            tasks.toString(),
            "--fail-on-change");

    assertThat(code).isZero();
    assertThat(out.text()).isEqualTo("routing diff: 0 of 1 tasks change (0.0%)\n");
  }

  @Test
  void diff_workspaceQueueWithoutAFieldTwilioAlwaysReturns_namesFileQueueAndField()
      throws IOException {
    Path same = file("same.json", config(Q1));
    Path tasks = file("t.jsonl", "{\"customer_value\":\"Gold\"}\n");
    Path ws =
        file(
            "ws.json",
            "{\"task_queues\":[{\"sid\":\""
                + Q1
                + "\",\"friendly_name\":\"Gold agents\",\"target_workers\":\"1==1\","
                + "\"task_order\":\"FIFO\"}]}");
    Output out = new Output();

    int code =
        CheckConfiguration.run(
            out.stream,
            "--diff",
            same.toString(),
            same.toString(),
            "--tasks",
            tasks.toString(),
            "--workspace",
            ws.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.text())
        .isEqualTo(
            ws
                + ": task_queues[0]: cannot decode TaskQueue at $: missing field"
                + " `max_reserved_workers` (Twilio always returns it)\n");
  }

  @Test
  void diff_badTaskLine_namesFileAndLine() throws IOException {
    Path same = file("same.json", config(Q1));
    Path tasks = file("t.jsonl", "{\"a\":1}\n[1, 2]\n");
    Output out = new Output();

    int code =
        CheckConfiguration.run(
            out.stream, "--diff", same.toString(), same.toString(), "--tasks", tasks.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.text())
        .isEqualTo(tasks + " line 2: expected a JSON object of task attributes, was array\n");
  }

  @Test
  void diff_withoutTasks_isBadUsage() throws IOException {
    Output out = new Output();

    int code = CheckConfiguration.run(out.stream, "--diff", "a.json", "b.json");

    assertThat(code).isEqualTo(2);
    assertThat(out.text())
        .startsWith(
            "CheckConfiguration: --diff needs BEFORE.json AFTER.json and --tasks TASKS.jsonl\n")
        .contains("--to-java FILE.json");
  }

  @Test
  void toJava_printsBuilderCodeNamedAfterTheFile() throws IOException {
    Path json = file("incoming-call-flow.json", config(Q1));
    Output out = new Output();

    int code =
        CheckConfiguration.run(out.stream, "--to-java", json.toString(), "--package", "com.acme");

    assertThat(code).isZero();
    assertThat(out.text())
        .startsWith("package com.acme;\n")
        .contains("public final class IncomingCallFlow {")
        .contains(".when(attr(\"customer_value\").eq(\"Gold\"))")
        .contains(".target(Target.queue(QUEUE_1).priority(2)))");
  }

  @Test
  void toJava_invalidFile_reportsTheProblem() throws IOException {
    Path json = file("bad.json", "{\"task_routing\": 5}");
    Output out = new Output();

    int code = CheckConfiguration.run(out.stream, "--to-java", json.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.text()).startsWith(json + ": workflow configuration has 1 problem");
  }

  @Test
  void toJava_template_takesThePlaceholdersAsParameters() throws IOException {
    Path json =
        file(
            "callback.json",
            config(Q1)
                .replace("'Gold'", "'${TIER}'")
                .replace("\"" + Q1 + "\"", "\"${QUEUE_SID_EVERYONE}\""));
    Output out = new Output();

    int code = CheckConfiguration.run(out.stream, "--to-java", json.toString(), "--template");

    assertThat(code).isZero();
    assertThat(out.text())
        .contains("public final class Callback {")
        .containsPattern("configuration\\(.*String tier")
        .containsPattern("configuration\\(.*TaskQueueSid queueSidEveryone")
        .contains(".when(attr(\"customer_value\").eq(tier))")
        .contains("Target.queue(queueSidEveryone)");
  }
}
