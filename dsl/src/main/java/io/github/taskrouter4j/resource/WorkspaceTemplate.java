package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A template that pre-configures a new Workspace ({@code CreateWorkspaceRequest.template}).
 *
 * <p>Like an enum, with one difference: Twilio adds values over time, so a value this version does
 * not know still decodes ({@link #isKnown()} is {@code false}) and is written back unchanged.
 */
public final class WorkspaceTemplate {
  /** {@code NONE}. */
  public static final WorkspaceTemplate NONE = new WorkspaceTemplate("NONE");

  /** {@code FIFO}. */
  public static final WorkspaceTemplate FIFO = new WorkspaceTemplate("FIFO");

  private static final Map<String, WorkspaceTemplate> KNOWN = index(NONE, FIFO);

  private final String value;

  private WorkspaceTemplate(String value) {
    this.value = value;
  }

  /**
   * The value for {@code value}: one of the constants if known, otherwise a new value that keeps
   * the text.
   *
   * @throws IllegalArgumentException if {@code value} is blank
   */
  @JsonCreator
  public static WorkspaceTemplate of(String value) {
    Objects.requireNonNull(value, "WorkspaceTemplate == null");
    WorkspaceTemplate known = KNOWN.get(value);
    if (known != null) {
      return known;
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "WorkspaceTemplate must be one of "
              + KNOWN.keySet()
              + " (or a newer value), but is blank");
    }
    return new WorkspaceTemplate(value);
  }

  /** The constants this version knows, in Twilio's documented order. */
  public static List<WorkspaceTemplate> knownValues() {
    return List.copyOf(KNOWN.values());
  }

  /** The wire text, e.g. {@code NONE}. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Whether this is one of the constants rather than a value Twilio added later. */
  public boolean isKnown() {
    return KNOWN.get(value) == this;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WorkspaceTemplate && ((WorkspaceTemplate) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The wire text. */
  @Override
  public String toString() {
    return value;
  }

  private static Map<String, WorkspaceTemplate> index(WorkspaceTemplate... values) {
    Map<String, WorkspaceTemplate> map = new LinkedHashMap<>();
    for (WorkspaceTemplate v : values) {
      map.put(v.value, v);
    }
    return Collections.unmodifiableMap(map);
  }
}
