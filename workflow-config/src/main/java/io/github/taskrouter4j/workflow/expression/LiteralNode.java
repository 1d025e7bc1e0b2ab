package io.github.taskrouter4j.workflow.expression;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A constant: string, number, boolean, null or a list of those. Equality ignores spelling: the
 * quote character of a string, leading zeros and trailing decimal zeros of a number ({@code 0800}
 * equals {@code 800}, {@code 1.50} equals {@code 1.5}).
 */
final class LiteralNode extends ValueNode {
  enum Kind {
    STRING("a string"),
    NUMBER("a number"),
    BOOLEAN("a boolean"),
    NULL("null"),
    LIST("a list");

    final String description;

    Kind(String description) {
      this.description = description;
    }
  }

  static final int ALL_CONTEXTS = ExpressionContext.ANY.bit;

  final Kind kind;
  final String string;
  final BigDecimal number;
  final boolean bool;
  final List<LiteralNode> items;

  private LiteralNode(
      Kind kind,
      String string,
      BigDecimal number,
      boolean bool,
      List<LiteralNode> items,
      int column) {
    super(column);
    this.kind = kind;
    this.string = string;
    this.number = number;
    this.bool = bool;
    this.items = items;
  }

  static LiteralNode string(String value, int column) {
    Objects.requireNonNull(value, "value == null");
    if (value.indexOf('"') >= 0 && value.indexOf('\'') >= 0) {
      throw new IllegalArgumentException(
          "a TaskRouter string literal cannot contain both ' and \" (the language has no escapes),"
              + " was: "
              + value);
    }
    return new LiteralNode(Kind.STRING, value, null, false, null, column);
  }

  static LiteralNode number(BigDecimal value, int column) {
    Objects.requireNonNull(value, "value == null");
    return new LiteralNode(Kind.NUMBER, null, value, false, null, column);
  }

  static LiteralNode bool(boolean value, int column) {
    return new LiteralNode(Kind.BOOLEAN, null, null, value, null, column);
  }

  static LiteralNode nul(int column) {
    return new LiteralNode(Kind.NULL, null, null, false, null, column);
  }

  static LiteralNode list(List<LiteralNode> items, int column) {
    for (LiteralNode item : items) {
      if (item.kind == Kind.LIST) {
        throw new IllegalArgumentException("a list literal cannot contain another list");
      }
    }
    return new LiteralNode(
        Kind.LIST, null, null, false, Collections.unmodifiableList(List.copyOf(items)), column);
  }

  /** Converts a Java value (String, Number, Boolean, or a Collection/array of those). */
  static LiteralNode fromJava(Object value) {
    if (value instanceof LiteralNode) {
      return (LiteralNode) value;
    }
    if (value instanceof String) {
      return string((String) value, 0);
    }
    if (value instanceof Boolean) {
      return bool((Boolean) value, 0);
    }
    if (value instanceof Number) {
      return number(toDecimal((Number) value), 0);
    }
    throw new IllegalArgumentException(
        "a TaskRouter value must be a String, Number or Boolean (or an Operand), was "
            + value.getClass().getName()
            + ": "
            + value);
  }

  private static BigDecimal toDecimal(Number n) {
    if (n instanceof BigDecimal) {
      return (BigDecimal) n;
    }
    try {
      return new BigDecimal(n.toString());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a TaskRouter number must be finite, was " + n, e);
    }
  }

  @Override
  int contexts() {
    return ALL_CONTEXTS;
  }

  @Override
  void render(StringBuilder out) {
    switch (kind) {
      case STRING:
        char quote = string.indexOf('"') >= 0 ? '\'' : '"';
        out.append(quote).append(string).append(quote);
        break;
      case NUMBER:
        out.append(normalized().toPlainString());
        break;
      case BOOLEAN:
        out.append(bool);
        break;
      case NULL:
        out.append("null");
        break;
      default:
        out.append('[');
        for (int i = 0; i < items.size(); i++) {
          if (i > 0) {
            out.append(", ");
          }
          items.get(i).render(out);
        }
        out.append(']');
    }
  }

  private BigDecimal normalized() {
    BigDecimal stripped = number.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LiteralNode)) {
      return false;
    }
    LiteralNode l = (LiteralNode) o;
    if (l.kind != kind) {
      return false;
    }
    switch (kind) {
      case STRING:
        return string.equals(l.string);
      case NUMBER:
        return number.compareTo(l.number) == 0;
      case BOOLEAN:
        return bool == l.bool;
      case NULL:
        return true;
      default:
        return items.equals(l.items);
    }
  }

  @Override
  public int hashCode() {
    switch (kind) {
      case STRING:
        return string.hashCode();
      case NUMBER:
        return normalized().hashCode();
      case BOOLEAN:
        return Boolean.hashCode(bool);
      case NULL:
        return 7;
      default:
        return items.hashCode();
    }
  }

  @Override
  public String toString() {
    return text();
  }
}
