package io.github.taskrouter4j.workspace;

import io.github.taskrouter4j.workflow.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** A {@link WorkspaceDefinition} broke a rule; the message lists every error with its location. */
public final class InvalidDefinitionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The errors, in declaration order. */
  private final transient List<Problem> problems;

  InvalidDefinitionException(List<Problem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** The errors, each with its location, code and message. */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(List<Problem> problems) {
    return "invalid workspace definition: "
        + problems.size()
        + (problems.size() == 1 ? " error" : " errors")
        + problems.stream()
            .map(p -> "\n  " + p.path() + ": " + p.message() + " [" + p.code() + "]")
            .collect(Collectors.joining());
  }
}
