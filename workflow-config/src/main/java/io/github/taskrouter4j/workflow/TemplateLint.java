package io.github.taskrouter4j.workflow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link WorkflowTemplate#lint()} found, and which rules it could not run because their
 * outcome depends on a placeholder's value.
 */
public final class TemplateLint {
  private final List<Problem> problems;
  private final Map<String, String> skipped;

  TemplateLint(List<Problem> problems, Map<String, String> skipped) {
    this.problems = List.copyOf(problems);
    this.skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
  }

  /** The problems, in document order; placeholders themselves are never problems. */
  public List<Problem> problems() {
    return problems;
  }

  /** The rules not run (or whose findings were set aside), by code, each with the reason. */
  public Map<String, String> skipped() {
    return skipped;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TemplateLint
        && problems.equals(((TemplateLint) other).problems)
        && skipped.equals(((TemplateLint) other).skipped);
  }

  @Override
  public int hashCode() {
    return Objects.hash(problems, skipped);
  }

  @Override
  public String toString() {
    return "TemplateLint{problems=" + problems + ", skipped=" + skipped.keySet() + "}";
  }
}
