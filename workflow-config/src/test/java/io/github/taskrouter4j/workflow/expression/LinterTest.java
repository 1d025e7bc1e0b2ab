package io.github.taskrouter4j.workflow.expression;

import static io.github.taskrouter4j.workflow.expression.Expressions.attr;
import static io.github.taskrouter4j.workflow.expression.Expressions.literal;
import static io.github.taskrouter4j.workflow.expression.Expressions.parse;
import static io.github.taskrouter4j.workflow.expression.Expressions.parseFilter;
import static io.github.taskrouter4j.workflow.expression.Expressions.parseWorkers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinterTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          skill-level == 2                            | hyphenated-attribute | ERROR   |  1 | rename the attribute, for example to 'skill_level'
          task.x == 1 AND worker.first-name == 'a'    | hyphenated-attribute | ERROR   | 17 | TaskRouter does not support hyphens
          a = 1                                       | equals-alias         | WARNING |  3 | write '=='
          skills >- 'x'                               | operator-alias       | WARNING |  8 | documented only for TaskQueue target_workers; write HAS
          a <- ['x']                                  | operator-alias       | WARNING |  3 | write IN
          'x' HAS skills                              | has-on-scalar        | WARNING |  5 | HAS needs an array on the left, but a string "x" is not one
          taskrouter.dayOfWeek HAS 'Mon'              | has-on-scalar        | WARNING | 22 | 'taskrouter.dayOfWeek' (a string)
          skills HAS ['a', 'b']                       | has-list             | WARNING |  8 | use IN
          a IN 'x'                                    | in-scalar            | WARNING |  3 | write ["x"] or use ==
          a IN null                                   | in-scalar            | WARNING |  3 | is not one, so this is always false
          [1] IN a                                    | in-list              | WARNING |  5 | with a list on the left is always false
          a IN []                                     | always-false         | WARNING |  3 | tests an empty list and is always false
          a NOT IN []                                 | always-true          | WARNING |  3 | tests an empty list and is always true
          a CONTAINS 5                                | contains-non-string  | WARNING |  3 | use HAS for arrays
          a > true                                    | type-mismatch        | WARNING |  3 | with a boolean it is always false
          a <= null                                   | type-mismatch        | WARNING |  3 | with null it is always false
          a == [1]                                    | type-mismatch        | WARNING |  3 | use IN or NOT IN
          taskrouter.currentHour == 8                 | type-mismatch        | WARNING | 24 | is always false
          taskrouter.currentTime != '0800'            | type-mismatch        | WARNING | 24 | is always true
          taskrouter.currentTime > 'x'                | type-mismatch        | WARNING | 24 | 'taskrouter.currentTime' (a number) with a string "x"
          'a' == 1                                    | always-false         | WARNING |  1 | compares two constants and is always false
          a == 1 OR 1 == 1                            | always-true          | WARNING | 11 | probably a leftover
          a == 1 AND b == 2 AND a == 3                | always-false         | WARNING | 23 | 'a == 1' and 'a == 3' cannot both be true
          a == 1 AND b == 2 OR c == 3                 | mixed-and-or         | WARNING |  1 | add parentheses
          taskrouter.dayOfWeek IN ['Mon','Tue','THU'] | unknown-day          | WARNING | 38 | never 'THU'
          taskrouter.dayOfWeek == 'monday'            | unknown-day          | WARNING | 25 | case-sensitive
          taskrouter.currentTime < 2400               | impossible-time      | WARNING | 26 | 2400 is not such a time
          taskrouter.currentTime > 0860               | impossible-time      | WARNING | 26 | HHMM from 0000 to 2359
          """)
  void lint_trap_isReported(
      String text, String code, Severity severity, int column, String message) {
    List<ExpressionProblem> problems = parse(text).lint();

    assertThat(problems)
        .filteredOn(p -> p.code().equals(code))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(severity);
              assertThat(p.column()).isEqualTo(column);
              assertThat(p.message()).contains(message);
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1==1
          1 == 0
          1!=1
          type == 'sales' AND priority > 5
          (a == 1 AND b == 2) OR c == 3
          taskrouter.currentHour > 8
          taskrouter.currentHour == '08'
          taskrouter.currentTime > 0800 AND taskrouter.currentTime < 1830
          taskrouter.dayOfWeek IN ['Mon', 'Sun']
          skills HAS 'x' AND lang IN ['en'] AND email CONTAINS '@'
          a == 1 AND a != 2
          task.language IN worker.languages
          """)
  void lint_cleanExpression_reportsNothing(String text) {
    assertThat(parse(text).lint()).isEmpty();
  }

  @Test
  void lint_aliasesInTargetWorkers_areDocumentedThereExceptEquals() {
    assertThat(parseWorkers("skills >- 'x' AND lang <- ['en']").lint()).isEmpty();
    assertThat(parseWorkers("1=0").lint())
        .extracting(ExpressionProblem::code)
        .containsExactly("equals-alias");
  }

  @Test
  void lint_severalProblems_comeInColumnOrder() {
    List<ExpressionProblem> problems = parseFilter("a = 1 AND skill-level == 'x' OR 1 == 2").lint();

    assertThat(problems)
        .extracting(ExpressionProblem::code, ExpressionProblem::column)
        .containsExactly(
            tuple("mixed-and-or", 1),
            tuple("equals-alias", 3),
            tuple("hyphenated-attribute", 11),
            tuple("always-false", 33));
  }

  @Test
  void lint_builtExpression_reportsColumnsOfItsCanonicalText() {
    Expression e = literal(1).eq(1).and(attr("a").in("x"));

    assertThat(e.toString()).isEqualTo("(1 == 1) AND (a IN [\"x\"])");
    assertThat(e.lint())
        .extracting(ExpressionProblem::code, ExpressionProblem::column)
        .containsExactly(tuple("always-true", 2));
  }

  @Test
  void problem_toString_namesSeverityCodeAndColumn() {
    ExpressionProblem p = parse("a = 1").lint().get(0);

    assertThat(p.toString()).startsWith("WARNING equals-alias at column 3: '=' is an");
    assertThat(p).isEqualTo(parse("a = 1").lint().get(0));
  }
}
