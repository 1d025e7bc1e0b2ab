package io.github.taskrouter4j.workspace;

/** What a {@link Plan} does with one resource. */
public enum ChangeAction {
  /** Declared, not live: created. Printed {@code +}. */
  CREATE("+", "create"),
  /** Declared and live, with fields that differ: updated. Printed {@code ~}. */
  UPDATE("~", "update"),
  /** Live and not declared, with pruning asked for: deleted. Printed {@code -}. */
  DELETE("-", "delete"),
  /** Declared and live, the same: left alone. */
  LEAVE("=", "leave"),
  /** Live and not declared, without pruning: kept and listed. Printed {@code ?}. */
  UNMANAGED("?", "unmanaged");

  private final String symbol;
  private final String label;

  ChangeAction(String symbol, String label) {
    this.symbol = symbol;
    this.label = label;
  }

  /**
   * The mark at the start of a plan line: {@code +}, {@code ~}, {@code -}, {@code =}, {@code ?}.
   */
  public String symbol() {
    return symbol;
  }

  /** The lower-case name used in plan JSON: {@code create}. */
  public String label() {
    return label;
  }

  /** Whether apply sends anything for it. */
  public boolean changesSomething() {
    return this == CREATE || this == UPDATE || this == DELETE;
  }
}
