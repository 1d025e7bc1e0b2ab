package io.github.taskrouter4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageTasksTest {

  @Test
  void run_twelveTasksFivePerPage_printsThreePages() {
    Output out = new Output();

    int code = PageTasks.run(out.stream);

    String text = out.text();
    assertThat(code).as(text).isZero();
    assertThat(text)
        .containsPattern("Created 12 tasks in workspace WS[0-9a-f]{32}\\.")
        .contains("Stream: the first 6 pending tasks, read 5 per page: ")
        .contains("Stream: 12 tasks in all.")
        .containsPattern("Page 0 \\(5 of at most 5\\): (#\\d+ ){4}#\\d+\n")
        .containsPattern("Page 1 \\(5 of at most 5\\): (#\\d+ ){4}#\\d+\n")
        .containsPattern("Page 2 \\(2 of at most 5\\): #\\d+ #\\d+  \\(last page\\)\n")
        .doesNotContain("Page 3");
  }

  @Test
  void run_pageSizeLargerThanTasks_printsOnePage() {
    Output out = new Output();

    int code = PageTasks.run(out.stream, "--tasks", "3", "--page-size", "50");

    assertThat(code).isZero();
    assertThat(out.text())
        .containsPattern("Page 0 \\(3 of at most 50\\): #\\d+ #\\d+ #\\d+  \\(last page\\)");
  }

  @Test
  void run_pageSizeOutOfRange_exitsTwo() {
    Output out = new Output();

    int code = PageTasks.run(out.stream, "--page-size", "0");

    assertThat(code).isEqualTo(2);
    assertThat(out.text()).contains("--page-size must be between 1 and 1000, was 0");
  }
}
