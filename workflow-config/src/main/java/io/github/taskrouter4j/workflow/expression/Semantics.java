package io.github.taskrouter4j.workflow.expression;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * TaskRouter's comparison rules. Java {@code null} stands for NULL (a missing key or JSON null).
 *
 * <ul>
 *   <li>{@code ==}: NULL equals only NULL; numbers compare by value ({@code 1 == 1.0}); strings
 *       case-sensitively; booleans by value; different types are unequal (no coercion: {@code "5"
 *       == 5} is false). With an array or object on either side it is false (scalar operator on an
 *       array).
 *   <li>{@code !=}: the negation of {@code ==} for scalars and NULL, so {@code missing != "x"} is
 *       true; with an array or object on either side it is false.
 *   <li>{@code < <= > >=}: two numbers by value; a number and a numeric string by value; two
 *       strings lexicographically (case-sensitive, by UTF-16 unit); anything else (NULL, booleans,
 *       arrays, mixed) is false.
 *   <li>{@code CONTAINS}: two strings, substring test, case-sensitive; anything else false.
 *   <li>{@code HAS}: an array on the left and a scalar on the right: true if an element {@code ==}
 *       the right; anything else (scalar on the left, array on the right) false.
 *   <li>{@code IN}: a scalar (or NULL) on the left and an array on the right: true if an element
 *       {@code ==} the left; anything else false. {@code NOT IN}: same shape, true if no element
 *       {@code ==} the left; anything else false.
 * </ul>
 */
final class Semantics {
  private static final Pattern NUMERIC = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private Semantics() {}

  /** Normalises JSON null and missing nodes to Java null. */
  static JsonNode normalize(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? null : node;
  }

  static boolean test(Operator op, JsonNode l, JsonNode r) {
    switch (op) {
      case EQ:
        return !isContainer(l) && !isContainer(r) && scalarEquals(l, r);
      case NE:
        return !isContainer(l) && !isContainer(r) && !scalarEquals(l, r);
      case LT:
      case LTE:
      case GT:
      case GTE:
        return relational(op, l, r);
      case CONTAINS:
        return l != null
            && r != null
            && l.isTextual()
            && r.isTextual()
            && l.textValue().contains(r.textValue());
      case HAS:
        return l != null && l.isArray() && !isContainer(r) && member(r, l);
      case IN:
        return r != null && r.isArray() && !isContainer(l) && member(l, r);
      default:
        return r != null && r.isArray() && !isContainer(l) && !member(l, r);
    }
  }

  static boolean isContainer(JsonNode n) {
    return n != null && n.isContainerNode();
  }

  static boolean member(JsonNode value, JsonNode array) {
    for (int i = 0, n = array.size(); i < n; i++) {
      JsonNode element = normalize(array.get(i));
      if (!isContainer(element) && scalarEquals(value, element)) {
        return true;
      }
    }
    return false;
  }

  static boolean scalarEquals(JsonNode a, JsonNode b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.isNumber() && b.isNumber()) {
      return compareNumbers(a, b) == 0;
    }
    if (a.isTextual() && b.isTextual()) {
      return a.textValue().equals(b.textValue());
    }
    if (a.isBoolean() && b.isBoolean()) {
      return a.booleanValue() == b.booleanValue();
    }
    return false;
  }

  private static boolean relational(Operator op, JsonNode l, JsonNode r) {
    if (l == null || r == null) {
      return false;
    }
    int c;
    if (l.isNumber() && r.isNumber()) {
      c = compareNumbers(l, r);
    } else if (l.isTextual() && r.isTextual()) {
      c = l.textValue().compareTo(r.textValue());
    } else if (l.isNumber() && isNumericText(r)) {
      c = l.decimalValue().compareTo(new BigDecimal(r.textValue()));
    } else if (isNumericText(l) && r.isNumber()) {
      c = new BigDecimal(l.textValue()).compareTo(r.decimalValue());
    } else {
      return false;
    }
    return holds(op, c);
  }

  static boolean holds(Operator op, int c) {
    switch (op) {
      case LT:
        return c < 0;
      case LTE:
        return c <= 0;
      case GT:
        return c > 0;
      default:
        return c >= 0;
    }
  }

  private static boolean isNumericText(JsonNode n) {
    return n.isTextual() && NUMERIC.matcher(n.textValue()).matches();
  }

  static int compareNumbers(JsonNode a, JsonNode b) {
    if (a.canConvertToExactIntegral() && b.canConvertToExactIntegral()) {
      if (a.canConvertToLong() && b.canConvertToLong()) {
        return Long.compare(a.longValue(), b.longValue());
      }
    }
    return a.decimalValue().compareTo(b.decimalValue());
  }
}
