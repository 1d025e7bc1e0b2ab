package io.github.taskrouter4j.testing;

import io.github.taskrouter4j.workflow.InvalidConfigurationException;
import io.github.taskrouter4j.workflow.Placeholder;
import io.github.taskrouter4j.workflow.Problem;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.WorkflowTemplate;
import io.github.taskrouter4j.workflow.expression.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link WorkflowTemplate}; obtain one with {@link
 * TaskRouterAssertions#assertThat(WorkflowTemplate)}.
 *
 * <pre>{@code
 * assertThat(WorkflowTemplate.fromJson(Files.readString(path)))
 *     .hasNoProblems()
 *     .hasPlaceholders("QUEUE_SID_EVERYONE", "QUEUE_SID_SALES")
 *     .bindsTo(Map.of("QUEUE_SID_EVERYONE", everyone, "QUEUE_SID_SALES", sales));
 * }</pre>
 */
public class WorkflowTemplateAssert
    extends AbstractAssert<WorkflowTemplateAssert, WorkflowTemplate> {
  WorkflowTemplateAssert(WorkflowTemplate actual) {
    super(actual, WorkflowTemplateAssert.class);
  }

  /**
   * Checks that {@link WorkflowTemplate#lint()} finds nothing, neither errors nor warnings.
   *
   * @return this assertion
   */
  public WorkflowTemplateAssert hasNoProblems() {
    isNotNull();
    List<Problem> problems = actual.lint().problems();
    if (!problems.isEmpty()) {
      failWithMessage(
          "Expecting template to have no problems, but lint() found %d:%n%s%nin:%n%s",
          problems.size(), describe(problems), actual.toPrettyJson());
    }
    return myself;
  }

  /**
   * Checks that the template's placeholders are exactly {@code names}, in document order.
   *
   * @param names the placeholder names, for example {@code "QUEUE_SID_EVERYONE"}
   * @return this assertion
   */
  public WorkflowTemplateAssert hasPlaceholders(String... names) {
    isNotNull();
    List<String> expected = Arrays.asList(Objects.requireNonNull(names, "names == null"));
    List<String> found =
        actual.placeholders().stream().map(Placeholder::name).collect(Collectors.toList());
    if (!found.equals(expected)) {
      failWithActualExpectedAndMessage(
          found,
          expected,
          "Expecting template placeholders (in document order) to be%n  %s%nbut were%n  %s%n%s",
          expected,
          found,
          actual.placeholders().stream()
              .map(p -> "  " + p)
              .collect(Collectors.joining(System.lineSeparator())));
    }
    return myself;
  }

  /**
   * Checks that binding {@code values} gives a configuration whose {@link
   * WorkflowConfiguration#lint()} finds no error.
   *
   * @param values a value per placeholder, as for {@link WorkflowTemplate#bind(Map)}
   * @return this assertion
   */
  public WorkflowTemplateAssert bindsTo(Map<String, ?> values) {
    isNotNull();
    try {
      WorkflowConfiguration bound = actual.bind(values);
      List<Problem> errors =
          bound.lint().stream()
              .filter(p -> p.severity() == Severity.ERROR)
              .collect(Collectors.toList());
      if (!errors.isEmpty()) {
        failWithMessage(
            "Expecting the bound template to have no errors, but lint() found %d:%n%s",
            errors.size(), describe(errors));
      }
    } catch (InvalidConfigurationException e) {
      failWithMessage("Expecting the template to bind, but it did not:%n%s", e.getMessage());
    }
    return myself;
  }

  private static String describe(List<Problem> problems) {
    return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
