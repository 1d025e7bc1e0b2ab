package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * A template that pre-configures a new Workspace ({@code CreateWorkspaceRequest.template}).
 *
 * <p>Like an enum, with one difference: Twilio adds values over time, so a value this version does
 * not know still decodes ({@link #isKnown()} is {@code false}) and is written back unchanged.
 */
public final class WorkspaceTemplate extends OpenValue {
  /** {@code NONE}. */
  public static final WorkspaceTemplate NONE = new WorkspaceTemplate("NONE");

  /** {@code FIFO}. */
  public static final WorkspaceTemplate FIFO = new WorkspaceTemplate("FIFO");

  private static final Registry<WorkspaceTemplate> KNOWN =
      new Registry<>("WorkspaceTemplate", WorkspaceTemplate::new, NONE, FIFO);

  private WorkspaceTemplate(String value) {
    super(value);
  }

  /**
   * The value for {@code value}: one of the constants if known, otherwise a new value that keeps
   * the text.
   *
   * @throws IllegalArgumentException if {@code value} is blank
   */
  @JsonCreator
  public static WorkspaceTemplate of(String value) {
    return KNOWN.of(value);
  }

  /** The constants this version knows, in Twilio's documented order. */
  public static List<WorkspaceTemplate> knownValues() {
    return KNOWN.values();
  }

  @Override
  Registry<WorkspaceTemplate> registry() {
    return KNOWN;
  }
}
