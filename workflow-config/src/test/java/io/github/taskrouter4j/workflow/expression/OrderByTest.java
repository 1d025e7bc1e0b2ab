package io.github.taskrouter4j.workflow.expression;

import static io.github.taskrouter4j.workflow.expression.Expressions.attr;
import static io.github.taskrouter4j.workflow.expression.Expressions.parseOrderBy;
import static io.github.taskrouter4j.workflow.expression.Expressions.worker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.taskrouter4j.sid.ActivitySid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderByTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void parseOrderBy_semanticsDocExamples_parseAndKeepText() {
    OrderBy two = parseOrderBy("worker.finance ASC, worker.support ASC");
    OrderBy digits = parseOrderBy("worker.routing.levels.988ENsk DESC");

    assertThat(two.clauses())
        .extracting(OrderByClause::path, OrderByClause::direction)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("worker.finance", OrderByClause.Direction.ASC),
            org.assertj.core.groups.Tuple.tuple("worker.support", OrderByClause.Direction.ASC));
    assertThat(two.toString()).isEqualTo("worker.finance ASC, worker.support ASC");
    assertThat(digits.clauses().get(0).path()).isEqualTo("worker.routing.levels.988ENsk");
  }

  @Test
  void parseOrderBy_keywordCaseAndSpacing_areSpellingOnly() {
    OrderBy parsed = parseOrderBy("  worker.level desc ,worker.age Asc");

    assertThat(parsed.toString()).isEqualTo("  worker.level desc ,worker.age Asc");
    assertThat(parsed.canonical()).isEqualTo("worker.level DESC, worker.age ASC");
    assertThat(parsed).isEqualTo(OrderBy.of(worker("level").desc(), worker("age").asc()));
    assertThat(parseOrderBy(parsed.canonical())).isEqualTo(parsed);
    assertThat(parsed.hashCode()).isEqualTo(parseOrderBy(parsed.canonical()).hashCode());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          worker.level                   | 13 | expected ASC or DESC after 'worker.level'
          level DESC                     |  1 | expected an attribute with the worker. prefix, found 'level'
          task.level DESC                |  1 | order_by sorts workers
          worker.level UP                | 14 | expected ASC or DESC
          worker.level DESC worker.age   | 19 | expected ',' or the end of the order_by
          worker.level DESC,             | 19 | expected a worker attribute such as worker.level
          worker.level DESC, #           | 20 | unexpected character '#'
          """)
  void parseOrderBy_malformed_reportsColumn(String text, int column, String message) {
    assertThatThrownBy(() -> parseOrderBy(text))
        .isInstanceOf(ExpressionSyntaxException.class)
        .hasMessageContaining(message)
        .hasMessageContaining("at column " + column);
  }

  @Test
  void parseOrderBy_empty_fails() {
    assertThatThrownBy(() -> parseOrderBy(" "))
        .isInstanceOf(ExpressionSyntaxException.class)
        .hasMessageContaining("the text is empty");
  }

  @Test
  void comparator_sortsByClausesWithMissingAndNonIntegersLast() throws Exception {
    OrderBy order = parseOrderBy("worker.level DESC, worker.age ASC");
    List<JsonNode> workers = new ArrayList<>();
    for (String json :
        List.of(
            "{\"name\": \"none\"}",
            "{\"name\": \"l1a30\", \"level\": 1, \"age\": 30}",
            "{\"name\": \"l3a40\", \"level\": 3, \"age\": 40}",
            "{\"name\": \"text\", \"level\": \"9\", \"age\": 1}",
            "{\"name\": \"l3a20\", \"level\": 3, \"age\": 20}",
            "{\"name\": \"decimal\", \"level\": 2.5, \"age\": 1}",
            "{\"name\": \"l3\", \"level\": 3}")) {
      workers.add(MAPPER.readTree(json));
    }

    workers.sort(order.comparator());

    assertThat(workers.stream().map(w -> w.get("name").asText()).collect(Collectors.toList()))
        .containsExactly("l3a20", "l3a40", "l3", "l1a30", "text", "decimal", "none");
  }

  @Test
  void comparator_missingSortsLastForAscendingToo() throws Exception {
    OrderBy order = OrderBy.of(worker("level").asc());
    JsonNode missing = MAPPER.readTree("{}");
    JsonNode low = MAPPER.readTree("{\"level\": -5}");

    assertThat(order.comparator().compare(low, missing)).isNegative();
    assertThat(order.comparator().compare(missing, low)).isPositive();
    assertThat(order.comparator().compare(missing, missing)).isZero();
  }

  @Test
  void builder_rejectsWhatOrderByCannotSort() {
    assertThatThrownBy(() -> attr("level").desc())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("order_by sorts workers: use worker(\"...\"), not level");
    assertThatThrownBy(() -> OrderByClause.of("task.level", OrderByClause.Direction.ASC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid attribute path 'task.level'");
    assertThatThrownBy(() -> OrderBy.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an order_by needs at least one clause");
  }

  @Test
  void workerCounts_builderValidatesAndExposesCounts() {
    ActivitySid busy = ActivitySid.of("WA0123456789abcdef0123456789abcdef");
    ActivitySid idle = ActivitySid.of("WAfedcba9876543210fedcba9876543210");
    WorkerCounts counts =
        WorkerCounts.builder().available(2).unavailable(1).byActivity(Map.of(busy, 4)).build();

    assertThat(counts.available()).isEqualTo(2);
    assertThat(counts.unavailable()).isEqualTo(1);
    assertThat(counts.inActivity(busy)).isEqualTo(4);
    assertThat(counts.inActivity(idle)).isZero();
    assertThat(counts.byActivity()).containsExactly(Map.entry(busy, 4));
    assertThat(counts)
        .isEqualTo(WorkerCounts.builder().available(2).unavailable(1).inActivity(busy, 4).build());
    assertThat(counts.toString()).contains("available=2", "unavailable=1");
    assertThatThrownBy(() -> WorkerCounts.builder().available(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("WorkerCounts.available must not be negative, was -1");
  }
}
