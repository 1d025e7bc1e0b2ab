package io.github.taskrouter4j.workflow.expression;

import static io.github.taskrouter4j.workflow.expression.Expressions.parse;
import static io.github.taskrouter4j.workflow.expression.Expressions.parseFilter;
import static io.github.taskrouter4j.workflow.expression.Expressions.parseSkipIf;
import static io.github.taskrouter4j.workflow.expression.Expressions.parseTarget;
import static io.github.taskrouter4j.workflow.expression.Expressions.parseWorkers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ParserTest {

  /** Every operator, alias and literal form: text, then its canonical rendering. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a == 1                     | a == 1
          a = 1                      | a == 1
          a != 'x'                   | a != "x"
          a < 1                      | a < 1
          a <= 1.5                   | a <= 1.5
          a > -2                     | a > -2
          a >= 0800                  | a >= 800
          a CONTAINS "b"             | a CONTAINS "b"
          a contains "b"             | a CONTAINS "b"
          a HAS "b"                  | a HAS "b"
          a >- "b"                   | a HAS "b"
          a IN ["b", 'c']            | a IN ["b", "c"]
          a <- ["b"]                 | a IN ["b"]
          a in []                    | a IN []
          a NOT IN [1, 2.50]         | a NOT IN [1, 2.5]
          a not   in [true, false, null] | a NOT IN [true, false, null]
          a == TRUE                  | a == true
          a == Null                  | a == null
          a.b[2].c == 1              | a.b[2].c == 1
          a[0][1] == 1               | a[0][1] == 1
          routing.levels.988ENsk > 1 | routing.levels.988ENsk > 1
          a == "it's"                | a == "it's"
          a == 'say "hi"'            | a == 'say "hi"'
          a==1 AND b==2              | (a == 1) AND (b == 2)
          a==1 and b==2 or c==3      | ((a == 1) AND (b == 2)) OR (c == 3)
          a==1 OR b==2 AND c==3      | (a == 1) OR ((b == 2) AND (c == 3))
          (a==1 OR b==2) AND c==3    | ((a == 1) OR (b == 2)) AND (c == 3)
          ((((a==1))))               | a == 1
          a==1 AND (b==2 AND c==3)   | (a == 1) AND (b == 2) AND (c == 3)
          'en' IN langs              | "en" IN langs
          IN_STOCK == true           | IN_STOCK == true
          a IN[1]                    | a IN [1]
          """)
  void parse_everyForm_rendersCanonically(String text, String canonical) {
    Expression e = parse(text);

    assertThat(e.toString()).isEqualTo(text);
    assertThat(e.canonical()).isEqualTo(canonical);
    assertThat(parse(canonical)).isEqualTo(e);
    assertThat(parse(e.toString())).isEqualTo(e);
  }

  static Stream<Arguments> semanticsDocExamples() {
    return Stream.of(
        Arguments.of(ExpressionContext.FILTER, "preferred_agents != null"),
        Arguments.of(ExpressionContext.FILTER, "targetWorker != null AND callToQueue == null"),
        Arguments.of(ExpressionContext.FILTER, "type=='sales'"),
        Arguments.of(ExpressionContext.FILTER, "language CONTAINS \"en-CA\""),
        Arguments.of(ExpressionContext.FILTER, "job_title CONTAINS 'Escalations'"),
        Arguments.of(ExpressionContext.FILTER, "KnownAgentRoutingFlag == \"true\""),
        Arguments.of(ExpressionContext.FILTER, "e2eTestMode=='true'"),
        Arguments.of(ExpressionContext.FILTER, "object.array[2] == 'x'"),
        Arguments.of(ExpressionContext.FILTER, "language IN [\"en\", \"es\"]"),
        Arguments.of(ExpressionContext.FILTER, "customer_value IN ['Silver', 'Bronze']"),
        Arguments.of(ExpressionContext.FILTER, "1==1"),
        Arguments.of(
            ExpressionContext.FILTER,
            "taskrouter.currentTime > 0800 AND taskrouter.currentTime < 1830"),
        Arguments.of(ExpressionContext.FILTER, "taskrouter.currentHour > 8"),
        Arguments.of(ExpressionContext.FILTER, "taskrouter.dayOfWeek IN ['Mon','Tue','THU']"),
        Arguments.of(ExpressionContext.FILTER, "taskrouter.dayOfWeek = 'Sat'"),
        Arguments.of(ExpressionContext.TARGET, " task.isContactlessTask == true"),
        Arguments.of(ExpressionContext.TARGET, "task.subSection = worker.specializedSubField"),
        Arguments.of(ExpressionContext.TARGET, "worker.channel.chat.assigned_tasks == 0"),
        Arguments.of(ExpressionContext.TARGET, "worker.waitingOfflineContact != true"),
        Arguments.of(ExpressionContext.TARGET, "task.transferTargetType != 'worker'"),
        Arguments.of(ExpressionContext.TARGET, "worker.sid != task.ignoreAgent"),
        Arguments.of(ExpressionContext.TARGET, "worker.contact_uri != task.ignoreWorkerContactUri"),
        Arguments.of(ExpressionContext.TARGET, "worker.email CONTAINS \"@regal.ai\""),
        Arguments.of(ExpressionContext.TARGET, "task.language IN worker.languages"),
        Arguments.of(ExpressionContext.TARGET, "'Hold for Transfers' NOT IN worker.routing.skills"),
        Arguments.of(ExpressionContext.TARGET, "worker.activity_name == 'Available'"),
        Arguments.of(
            ExpressionContext.TARGET,
            "(worker.roles HAS 'supervisor') AND (task.escalated == true) OR (task.vip == true)"),
        Arguments.of(
            ExpressionContext.TARGET,
            "(taskrouter.dayOfWeek IN task.schedule.week) AND (taskrouter.currentTime >"
                + " task.schedule.startHour)"),
        Arguments.of(ExpressionContext.TARGET, "1 == 0"),
        Arguments.of(ExpressionContext.WORKERS, "\"ProgrammableSMS\" in products"),
        Arguments.of(ExpressionContext.WORKERS, "1=0"),
        Arguments.of(ExpressionContext.WORKERS, "skills >- 'support' AND language <- ['en']"),
        Arguments.of(ExpressionContext.SKIP_IF, "workers.available == 0"),
        Arguments.of(ExpressionContext.SKIP_IF, "1==1"),
        Arguments.of(
            ExpressionContext.SKIP_IF,
            "workers.available == 0 AND workers.WA0123456789abcdef0123456789abcdef > 2 OR"
                + " workers.unavailable >= 10"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("semanticsDocExamples")
  void parse_routingSemanticsExamples_parseInTheirContextAndRoundTrip(
      ExpressionContext context, String text) {
    Expression e = parseIn(context, text);

    assertThat(e.context()).isEqualTo(context);
    assertThat(e.toString()).isEqualTo(text);
    assertThat(parse(text)).isEqualTo(e);
    assertThat(parseIn(context, e.canonical())).isEqualTo(e);
  }

  static Expression parseIn(ExpressionContext context, String text) {
    switch (context) {
      case FILTER:
        return parseFilter(text);
      case TARGET:
        return parseTarget(text);
      case WORKERS:
        return parseWorkers(text);
      case SKIP_IF:
        return parseSkipIf(text);
      default:
        return parse(text);
    }
  }

  @Test
  void equals_ignoresSpellingButNotMeaning() {
    assertThat(parse("a = 'x'")).isEqualTo(parse("a == \"x\""));
    assertThat(parse("a >- 1 and b <- [2]")).isEqualTo(parse("(a HAS 1) AND (b IN [2])"));
    assertThat(parse("t > 0800")).isEqualTo(parse("t > 800.00"));
    assertThat(parse("a == 1 OR (b == 2 OR c == 3)"))
        .isEqualTo(parse("(a == 1 OR b == 2) OR c == 3"));
    assertThat(parse("a == 1").hashCode()).isEqualTo(parse("a = 1.0").hashCode());

    assertThat(parse("a == 1")).isNotEqualTo(parse("1 == a"));
    assertThat(parse("a == 1")).isNotEqualTo(parse("a == '1'"));
    assertThat(parse("a == 'X'")).isNotEqualTo(parse("a == 'x'"));
    assertThat(parse("a == 1 AND b == 2 OR c == 3"))
        .isNotEqualTo(parse("a == 1 AND (b == 2 OR c == 3)"));
  }

  @Test
  void equals_acrossContexts_comparesStructureOnly() {
    assertThat(parseFilter("type == 'x'")).isEqualTo(parse("type == 'x'"));
    assertThat(parseWorkers("type == 'x'")).isEqualTo(parseFilter("type=='x'"));
  }

  @Test
  void parse_emptyText_reportsColumnOne() {
    assertThatThrownBy(() -> parse("   "))
        .isInstanceOf(ExpressionSyntaxException.class)
        .hasMessageContaining("expected an expression, but the text is empty")
        .extracting(e -> ((ExpressionSyntaxException) e).column())
        .isEqualTo(4);
  }

  @Test
  void parse_missingValue_saysWhatWasExpectedWithCaret() {
    assertThatThrownBy(() -> parse("task.type == 'x' AND worker.a == "))
        .isInstanceOf(ExpressionSyntaxException.class)
        .hasMessage(
            "expected a value after '==', found the end of the text at column 34\n"
                + "  task.type == 'x' AND worker.a == \n"
                + "                                   ^");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a == 1 AND                | 11 | expected an attribute, a value or '(', found the end
          ((a == 1)                 | 10 | expected ')' to close the '(' at column 1
          a == 1)                   |  7 | unbalanced ')'
          a ! 1                     |  3 | expected '!='
          NOT a == 1                |  5 | expected IN after NOT
          a NOT == 1                |  7 | expected IN after NOT
          a == 'x                   |  6 | unterminated string
          a b                       |  3 | expected an operator (==, !=, <, <=, >, >=, CONTAINS, HAS, IN, NOT IN) after 'a', found 'b'
          a == 1 b == 2             |  8 | expected AND, OR or the end of the expression, found 'b'
          a                         |  2 | expected an operator
          == 1                      |  1 | expected an attribute, a value or '(', found '=='
          a == 1.                   |  8 | expected a digit after the decimal point
          a == 1e5                  |  7 | no exponent
          a == [1, [2]]             | 10 | expected a string, number, true, false or null in the list
          a IN [1 2]                |  9 | expected ',' or ']' in the list
          a IN [b]                  |  7 | a list may contain only strings, numbers, true, false and null
          a[x] == 1                 |  2 | expected an array index such as [0]
          a == #                    |  6 | unexpected character '#'
          a == - 1                  |  6 | unexpected '-'
          taskrouter.now == 1       |  1 | unknown TaskRouter variable 'taskrouter.now'
          workers.busy == 1         |  1 | unknown worker count 'workers.busy'
          (a == 1) == 2             | 10 | expected AND, OR or the end of the expression, found '=='
          """)
  void parse_malformed_reportsColumnAndExpectation(String text, int column, String message) {
    assertThatThrownBy(() -> parse(text))
        .isInstanceOf(ExpressionSyntaxException.class)
        .hasMessageContaining(message)
        .hasMessageContaining("at column " + column + "\n")
        .satisfies(
            e -> {
              ExpressionSyntaxException s = (ExpressionSyntaxException) e;
              assertThat(s.column()).isEqualTo(column);
              assertThat(s.input()).isEqualTo(text);
              String[] lines = s.getMessage().split("\n");
              assertThat(lines[2].indexOf('^'))
                  .isEqualTo(lines[1].length() - text.length() + column - 1);
            });
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          FILTER  | workers.available == 0        | workers.* counts belong to a target's skip_if
          TARGET  | type == 'x'                   | write 'task.type' or 'worker.type'
          TARGET  | workers.available == 0        | workers.* counts belong to a target's skip_if
          WORKERS | worker.level > 1              | worker attributes are bare: write 'level'
          WORKERS | task.level > 1                | task. and worker. prefixes belong to workflow target expressions
          SKIP_IF | available == 0                | use workers.available, workers.unavailable
          SKIP_IF | taskrouter.currentHour > 8    | skip_if can only use workers.*
          SKIP_IF | task.x == 1                   | is not allowed in a skip_if expression
          """)
  void parse_attributeFormOfAnotherContext_failsWithAdvice(
      ExpressionContext context, String text, String message) {
    assertThatThrownBy(() -> parseIn(context, text))
        .isInstanceOf(ExpressionSyntaxException.class)
        .hasMessageContaining(message)
        .hasMessageContaining("at column 1");
  }

  @Test
  void parseFilter_prefixedPath_isATaskAttributeAndLinted() {
    FilterExpression skills = Expressions.parseFilter("'Billing' IN worker.routing.skills");

    assertThat(skills.toString()).isEqualTo("'Billing' IN worker.routing.skills");
    assertThat(
            skills.test(
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                    .objectNode()
                    .set(
                        "worker",
                        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                            .objectNode()
                            .set(
                                "routing",
                                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                                    .objectNode()
                                    .set(
                                        "skills",
                                        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                                            .arrayNode()
                                            .add("Billing"))))))
        .isTrue();
    assertThat(skills.lint())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("prefixed-attribute-in-filter");
              assertThat(p.severity()).isEqualTo(Severity.WARNING);
              assertThat(p.column()).isEqualTo(14);
              assertThat(p.message()).contains("move this condition to a target expression");
            });
    assertThat(Expressions.parseFilter("task.type == 'x'").lint())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("write 'type'"));
  }

  @Test
  void parseTarget_builtForAnotherContext_asFilterStillRefusesPrefixes() {
    assertThatThrownBy(() -> Expressions.parseTarget("task.type == 'x'").asFilter())
        .isInstanceOf(ExpressionSyntaxException.class)
        .hasMessageContaining("task attributes are bare: write 'type'");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          skills HSA 'x'           | did you mean `HAS`?
          lang NOTIN ['en']        | did you mean `NOT IN`?
          name CONTIANS 'x'        | did you mean `CONTAINS`?
          a == 1 ADN b == 2        | did you mean `AND`?
          """)
  void parse_misspeltKeyword_suggestsTheKeyword(String text, String hint) {
    assertThatThrownBy(() -> Expressions.parseFilter(text))
        .isInstanceOf(ExpressionSyntaxException.class)
        .hasMessageContaining(hint);
  }

  @Test
  void parse_unknownWordAsOperator_hasNoSuggestion() {
    assertThatThrownBy(() -> Expressions.parseFilter("skills whatever 'x'"))
        .isInstanceOf(ExpressionSyntaxException.class)
        .message()
        .doesNotContain("did you mean");
  }

  @Test
  void parse_mixedContexts_fails() {
    assertThatThrownBy(() -> parse("type == 'x' AND task.a == 1"))
        .isInstanceOf(ExpressionSyntaxException.class)
        .hasMessageContaining("'task.a' (target expressions only) cannot be used together with")
        .hasMessageContaining("at column 17");
    assertThatThrownBy(() -> parse("workers.available == 0 OR worker.a == 1"))
        .isInstanceOf(ExpressionSyntaxException.class)
        .hasMessageContaining("'workers.available' (skip_if only) (column 1)");
  }

  @Test
  void parse_contextOfAnyWithOnlyLiterals_convertsToEveryContext() {
    Expression e = parse("1 == 1");

    assertThat(e.asFilter().context()).isEqualTo(ExpressionContext.FILTER);
    assertThat(e.asTarget().toString()).isEqualTo("1 == 1");
    assertThat(e.asWorkers()).isEqualTo(e);
    assertThat(e.asSkipIf()).isEqualTo(e);
  }

  @Test
  void asTarget_onBareAttributes_failsWithCaret() {
    assertThatThrownBy(() -> parse("a == 1 AND b == 2").asTarget())
        .isInstanceOf(ExpressionSyntaxException.class)
        .hasMessageContaining("'a' has no prefix")
        .hasMessageContaining("^");
  }

  @Test
  void parse_deepNesting_failsWithSyntaxErrorNotStackOverflow() {
    String deep = "(".repeat(200_000) + "a == 1" + ")".repeat(200_000);

    assertThatThrownBy(() -> parse(deep))
        .isInstanceOf(ExpressionSyntaxException.class)
        .hasMessageContaining("parentheses nest deeper than 100 levels")
        .extracting(e -> ((ExpressionSyntaxException) e).column())
        .isEqualTo(101);
  }

  @Test
  void parse_nestingAtTheLimit_parses() {
    String text = "(".repeat(100) + "a == 1" + ")".repeat(100);

    assertThat(parse(text)).isEqualTo(parse("a == 1"));
  }

  @Test
  void parse_longFlatChains_parseWithoutRecursion() {
    String text = String.join(" OR ", Collections.nCopies(50_000, "a == 1 AND b == 2"));

    Expression e = parse(text);

    assertThat(e.toString()).isEqualTo(text);
    assertThat(e.canonical()).startsWith("((a == 1) AND (b == 2)) OR ((a == 1) AND (b == 2))");
  }

  @Test
  void parse_longErrorText_showsWindowAroundTheFault() {
    String text = "a == 1 AND ".repeat(30) + "b ==";

    assertThatThrownBy(() -> parse(text))
        .isInstanceOf(ExpressionSyntaxException.class)
        .satisfies(
            e -> {
              String[] lines = e.getMessage().split("\n");
              assertThat(lines[1]).startsWith("  ...").hasSizeLessThan(160);
              assertThat(lines[2].indexOf('^')).isEqualTo(lines[1].length());
            });
  }

  @Test
  void parse_groupsDeeperThanThePrinterCanNest_failWithSyntaxError() {
    // Each group adds two levels (an OR holding an AND), so 60 parentheses make 120 levels.
    String text = "a == 0";
    for (int i = 0; i < 60; i++) {
      text = "c == 2 OR b == 1 AND (" + text + ")";
    }
    String deep = text;

    assertThatThrownBy(() -> parse(deep))
        .isInstanceOf(ExpressionSyntaxException.class)
        .hasMessageContaining("AND and OR groups nest deeper than " + Node.MAX_DEPTH + " levels");
  }

  @Test
  void parse_deepGroupsOfOneConnective_flattenWithinTheLimit() {
    StringBuilder text = new StringBuilder("a == 0");
    for (int i = 0; i < 99; i++) {
      text.insert(0, "(").append(" AND b == " + i + ")");
    }

    Expression e = parse(text.toString());

    assertThat(e.canonical()).doesNotContain("((");
    assertThat(parse(e.canonical())).isEqualTo(e);
  }

  @Test
  void attributePaths_listsPathsInOrderButNotInsideStrings() {
    Expression e =
        parseTarget(
            "task.language IN worker.languages AND worker.note != 'task.secret' AND"
                + " taskrouter.currentHour > 8 AND task.language != worker.skills[0]");

    assertThat(e.attributePaths())
        .containsExactly(
            "task.language",
            "worker.languages",
            "worker.note",
            "taskrouter.currentHour",
            "worker.skills[0]");
    assertThat(e.readsTime()).isTrue();
    assertThat(parse("1==1").attributePaths()).isEmpty();
    assertThat(parseSkipIf("workers.available == 0").attributePaths())
        .containsExactly("workers.available");
    assertThat(parseFilter("a.b == 1").readsTime()).isFalse();
  }
}
