package io.github.taskrouter4j.workflow.expression;

import static io.github.taskrouter4j.workflow.expression.Expressions.parseFilter;
import static io.github.taskrouter4j.workflow.expression.Expressions.parseSkipIf;
import static io.github.taskrouter4j.workflow.expression.Expressions.parseTarget;
import static io.github.taskrouter4j.workflow.expression.Expressions.parseWorkers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.taskrouter4j.sid.ActivitySid;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EvaluatorTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The task every row of {@link #filterRows()} is evaluated against. */
  private static final String TASK =
      "{\"type\": \"sales\", \"priority\": 5, \"score\": 1.50, \"code\": \"5\", \"hour\": \"09\","
          + " \"vip\": true, \"nothing\": null, \"skills\": [\"billing\", \"Support\", 3],"
          + " \"langs\": [\"en\", \"fr\"], \"customer\": {\"tier\": \"Gold\", \"tags\": [[1], 2]},"
          + " \"email\": \"ann@acme.example\", \"empty\": []}";

  /** Expression, then whether it matches {@link #TASK}, with the rule it shows. */
  private static final String ROWS =
      """
      type == "sales"                  | true  | string equality
      type = 'sales'                   | true  | = is ==
      type == "Sales"                  | false | case-sensitive
      type != "Sales"                  | true  | case-sensitive
      missing == "x"                   | false | missing is NULL
      missing != "x"                   | true  | NULL != value is true
      missing == null                  | true  | presence test
      missing != null                  | false | presence test
      nothing == null                  | true  | JSON null is NULL
      type != null                     | true  | present
      missing < 5                      | false | NULL in relational is false
      missing >= 5                     | false | NULL in relational is false
      priority == 5                    | true  | number equality
      priority == 5.0                  | true  | int equals decimal
      score == 1.5                     | true  | decimal equality
      score > 1                        | true  | decimal vs int
      priority == "5"                  | false | no coercion for ==
      code == 5                        | false | no coercion for ==
      code != 5                        | true  | != negates == for scalars
      code == "5"                      | true  | string
      hour > 8                         | true  | numeric string vs number in relational
      hour < 10                        | true  | numeric string vs number in relational
      type > "apple"                   | true  | strings compare lexicographically
      type < "apple"                   | false | strings compare lexicographically
      vip == true                      | true  | booleans
      vip == "true"                    | false | no coercion
      vip > 0                          | false | boolean in relational is false
      priority >= 5 AND priority <= 5  | true  | bounds
      priority > 5                     | false | strict
      priority != 5.0                  | false | int equals decimal
      priority < 5.5                   | true  | int vs decimal literal
      score < 2                        | true  | decimal attribute vs int literal
      code < 6                         | true  | numeric string vs number
      type < 6                         | false | non-numeric string vs number
      vip != 5                         | true  | mismatched scalar types are unequal
      skills != 5                      | false | scalar operator on an array
      priority < 99999999999999999999  | true  | literal beyond long
      skills == "billing"              | false | scalar operator on an array
      skills != "billing"              | false | scalar operator on an array
      skills HAS "billing"             | true  | array membership
      skills HAS "support"             | false | HAS is case-sensitive
      skills HAS 3.0                   | true  | numeric membership by value
      skills >- "Support"              | true  | >- is HAS
      type HAS "s"                     | false | HAS on a scalar is false
      skills HAS ["billing"]           | false | HAS with a list is false
      missing HAS "x"                  | false | HAS on NULL is false
      type IN ["sales", "support"]     | true  | IN literal list
      type IN ["Sales"]                | false | IN is case-sensitive
      type in ['x', 'sales']           | true  | keyword case, quote style
      type <- ["sales"]                | true  | <- is IN
      priority IN [1, 5.0]             | true  | numeric IN
      "en" IN langs                    | true  | IN attribute array
      "de" IN langs                    | false | IN attribute array
      type IN type                     | false | IN on a scalar right side is false
      skills IN ["billing"]            | false | array on the left of IN is false
      missing IN ["x"]                 | false | NULL IN list is false
      missing IN ["x", null]           | true  | NULL matches a null element
      type IN []                       | false | empty list
      type IN ["a","b","c","d","e","f","g","h","i","sales"] | true | long list of strings
      type NOT IN ["a","b","c","d","e","f","g","h","i"]     | true | long list of strings
      priority IN ["a","b","c","d","e","f","g","h","i"]     | false | number in a list of strings
      priority NOT IN ["5","b","c","d","e","f","g","h","i"] | true  | number is not the string "5"
      skills NOT IN ["a","b","c","d","e","f","g","h","i"]   | false | array on the left
      type NOT IN ["support"]          | true  | NOT IN
      type NOT IN ["sales"]            | false | NOT IN
      missing NOT IN ["x"]             | true  | NULL is not in the list
      type NOT IN "sales"              | false | NOT IN on a scalar is false
      skills NOT IN ["x"]              | false | array on the left of NOT IN is false
      "de" NOT IN langs                | true  | NOT IN attribute array
      email CONTAINS "@acme"           | true  | substring
      email CONTAINS "@ACME"           | false | CONTAINS is case-sensitive
      skills CONTAINS "bill"           | false | CONTAINS on an array is false
      priority CONTAINS 5              | false | CONTAINS on numbers is false
      missing CONTAINS "x"             | false | CONTAINS on NULL is false
      customer.tier == "Gold"          | true  | nested path
      customer.tier.x == "Gold"        | false | path through a scalar is NULL
      customer.tier.x == null          | true  | path through a scalar is NULL
      skills[1] == "Support"           | true  | array index
      skills[7] == null                | true  | index out of range is NULL
      customer.tags[0][0] == 1         | true  | nested indexes
      customer == "Gold"               | false | object with scalar operator
      empty == null                    | false | an empty array is not NULL
      1 == 1                           | true  | constant
      1 == 0                           | false | constant
      1 != 1                           | false | constant
      type == "sales" AND priority > 9 OR vip == true   | true  | AND binds tighter than OR
      type == "x" AND (priority > 9 OR vip == true)     | false | parentheses
      vip == false OR type == "x" OR score < 2          | true  | OR chain
      vip == true AND type == "sales" AND score < 1     | false | AND chain
      """;

  static Stream<Arguments> filterRows() {
    return Arrays.stream(ROWS.split("\n"))
        .map(line -> line.split("\\|"))
        .map(c -> Arguments.of(c[0].trim(), Boolean.parseBoolean(c[1].trim()), c[2].trim()));
  }

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @MethodSource("filterRows")
  void test_filterRow_followsTaskRouterRules(String text, boolean expected, String rule)
      throws Exception {
    FilterExpression e = parseFilter(text);
    JsonNode task = MAPPER.readTree(TASK);

    assertThat(e.test(task)).as(rule).isEqualTo(expected);
    // The canonical rendering evaluates the same way.
    assertThat(parseFilter(e.canonical()).test(task)).as(rule).isEqualTo(expected);
  }

  @Test
  void test_targetExpression_readsTaskAndWorker() throws Exception {
    TargetExpression e =
        parseTarget("task.language IN worker.languages AND worker.sid != task.ignoreAgent");
    JsonNode task = MAPPER.readTree("{\"language\": \"fr\"}");
    JsonNode french = MAPPER.readTree("{\"languages\": [\"en\", \"fr\"], \"sid\": \"WK1\"}");
    JsonNode english = MAPPER.readTree("{\"languages\": [\"en\"], \"sid\": \"WK2\"}");

    assertThat(e.test(task, french)).isTrue();
    assertThat(e.test(task, english)).isFalse();
    assertThat(e.test(MAPPER.readTree("{\"language\": \"fr\", \"ignoreAgent\": \"WK1\"}"), french))
        .isFalse();
  }

  @Test
  void test_workerExpression_readsBareWorkerAttributes() throws Exception {
    WorkerExpression e = parseWorkers("\"ProgrammableSMS\" in products AND level >= 2");

    assertThat(e.test(MAPPER.readTree("{\"products\": [\"ProgrammableSMS\"], \"level\": 2}")))
        .isTrue();
    assertThat(e.test(MAPPER.readTree("{\"products\": [\"Voice\"], \"level\": 3}"))).isFalse();
  }

  @Test
  void test_skipIf_readsWorkerCounts() {
    ActivitySid busy = ActivitySid.of("WA0123456789abcdef0123456789abcdef");
    SkipIfExpression e = parseSkipIf("workers.available == 0 AND workers." + busy + " < 2");

    assertThat(e.test(WorkerCounts.builder().available(0).inActivity(busy, 1).build())).isTrue();
    assertThat(e.test(WorkerCounts.builder().available(0).inActivity(busy, 2).build())).isFalse();
    assertThat(e.test(WorkerCounts.builder().available(1).build())).isFalse();
    assertThat(e.test(WorkerCounts.builder().build())).isTrue();
    assertThat(
            parseSkipIf("workers.unavailable > 3")
                .test(WorkerCounts.builder().unavailable(4).build()))
        .isTrue();
  }

  /** Thursday 2 May 2024, 08:30:15 UTC. */
  private static final Instant THURSDAY_0830 = Instant.parse("2024-05-02T08:30:15Z");

  @ParameterizedTest(name = "{0}")
  @MethodSource("timeRows")
  void test_taskrouterVariables_readTheInstantInUtc(String text, boolean expected)
      throws Exception {
    assertThat(parseFilter(text).test(MAPPER.readTree("{}"), THURSDAY_0830)).isEqualTo(expected);
  }

  static Stream<Arguments> timeRows() {
    return Stream.of(
        Arguments.of("taskrouter.currentTime == 830", true),
        Arguments.of("taskrouter.currentTime > 0800 AND taskrouter.currentTime < 1830", true),
        Arguments.of("taskrouter.currentTime >= 0831", false),
        Arguments.of("taskrouter.currentHour == \"08\"", true),
        Arguments.of("taskrouter.currentHour > 7", true),
        Arguments.of("taskrouter.currentHour > 8", false),
        Arguments.of("taskrouter.currentHour == 8", false),
        Arguments.of("taskrouter.currentMin == \"30\"", true),
        Arguments.of("taskrouter.dayOfWeek == 'Thu'", true),
        Arguments.of("taskrouter.dayOfWeek IN ['Mon','Tue','THU']", false),
        Arguments.of("taskrouter.dayOfWeek NOT IN ['Sat','Sun']", true));
  }

  @Test
  void test_dayOfWeek_beforeTheEpoch_isRight() throws Exception {
    FilterExpression sunday = parseFilter("taskrouter.dayOfWeek == 'Sun'");

    assertThat(sunday.test(MAPPER.readTree("{}"), Instant.parse("1969-12-28T23:59:59Z"))).isTrue();
    assertThat(sunday.test(MAPPER.readTree("{}"), Instant.parse("2024-05-05T00:00:00Z"))).isTrue();
  }

  @Test
  void test_targetExpression_comparesTimeWithTaskAttributes() throws Exception {
    TargetExpression e =
        parseTarget(
            "(taskrouter.dayOfWeek IN task.schedule.week) AND (taskrouter.currentTime >"
                + " task.schedule.startHour)");
    JsonNode task = MAPPER.readTree("{\"schedule\": {\"week\": [\"Thu\"], \"startHour\": 800}}");

    assertThat(e.test(task, MAPPER.readTree("{}"), THURSDAY_0830)).isTrue();
    assertThat(e.test(task, MAPPER.readTree("{}"), THURSDAY_0830.plusSeconds(86_400))).isFalse();
  }

  @Test
  void test_timeVariableWithoutInstant_failsClearly() {
    FilterExpression e = parseFilter("taskrouter.currentHour > 8");

    assertThatThrownBy(() -> e.test(MAPPER.readTree("{}")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("reads taskrouter.* time variables: call test(..., Instant now)");
  }

  @Test
  void test_nullArguments_areRejected() {
    assertThatThrownBy(() -> parseFilter("a == 1").test(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("task == null");
  }

  @Test
  void test_workerExpressionWithTime_readsTheInstant() throws Exception {
    WorkerExpression e = parseWorkers("level > 1 AND taskrouter.dayOfWeek == 'Thu'");
    JsonNode worker = MAPPER.readTree("{\"level\": 2}");

    assertThat(e.test(worker, THURSDAY_0830)).isTrue();
    assertThat(e.test(worker, THURSDAY_0830.plusSeconds(86_400))).isFalse();
    assertThatThrownBy(() -> e.test(worker)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void syntaxException_exposesProblemInputAndColumn() {
    assertThatThrownBy(() -> parseFilter("a == 1 OR"))
        .isInstanceOfSatisfying(
            ExpressionSyntaxException.class,
            e -> {
              assertThat(e.problem())
                  .isEqualTo("expected an attribute, a value or '(', found the end of the text");
              assertThat(e.input()).isEqualTo("a == 1 OR");
              assertThat(e.column()).isEqualTo(10);
              assertThat(e).isInstanceOf(IllegalArgumentException.class);
            });
  }
}
