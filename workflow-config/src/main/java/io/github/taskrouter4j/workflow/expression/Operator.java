package io.github.taskrouter4j.workflow.expression;

/** The comparison operators, by meaning (aliases such as {@code =} and {@code >-} map here). */
enum Operator {
  EQ("=="),
  NE("!="),
  LT("<"),
  LTE("<="),
  GT(">"),
  GTE(">="),
  CONTAINS("CONTAINS"),
  HAS("HAS"),
  IN("IN"),
  NOT_IN("NOT IN");

  final String canonical;

  Operator(String canonical) {
    this.canonical = canonical;
  }

  /** The operator true exactly when this one is false (for comparable values), or null. */
  Operator negated() {
    switch (this) {
      case EQ:
        return NE;
      case NE:
        return EQ;
      case LT:
        return GTE;
      case GTE:
        return LT;
      case GT:
        return LTE;
      case LTE:
        return GT;
      case IN:
        return NOT_IN;
      case NOT_IN:
        return IN;
      default:
        return null;
    }
  }

  boolean isRelational() {
    return this == LT || this == LTE || this == GT || this == GTE;
  }
}
