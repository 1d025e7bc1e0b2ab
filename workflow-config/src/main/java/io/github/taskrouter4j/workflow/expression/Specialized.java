package io.github.taskrouter4j.workflow.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Set;

/**
 * The commonest comparisons, {@code attribute op literal} and {@code attribute IN attribute}, with
 * the same results as {@link Semantics} but without its generic dispatch.
 *
 * <p>Each test first checks the value's concrete Jackson class ({@link TextNode}, {@link IntNode},
 * {@link LongNode}, {@link ArrayNode}) and reads it through that class. Those calls are resolved by
 * class hierarchy, not by a type profile, so they stay inlined however many attribute types the
 * process has seen, which {@code JsonNode.isTextual()}-style virtual calls do not. Any other value
 * takes the slow path, which is {@link Semantics} itself.
 */
final class Specialized {
  private Specialized() {}

  /** {@code value == text} ({@code equal}) or {@code value != text}; {@code value} as read raw. */
  static boolean textEquals(JsonNode value, String text, boolean equal) {
    if (value instanceof TextNode) {
      return text.equals(((TextNode) value).textValue()) == equal;
    }
    // NULL (Java null or JSON null) and other scalars are unequal to a string; arrays and objects
    // make both operators false.
    return !equal && !Semantics.isContainer(value);
  }

  /** Lists longer than this are looked up in a hash set; shorter ones scanned (faster). */
  static final int SCAN_LIMIT = 8;

  /**
   * {@code value IN texts} ({@code in}) or {@code NOT IN}; {@code value} as read raw; {@code
   * hashed} holds the same texts when there are more than {@link #SCAN_LIMIT}, else is null.
   */
  static boolean textIn(JsonNode value, String[] texts, Set<String> hashed, boolean in) {
    return hashed != null ? textInSet(value, hashed, in) : textInList(value, texts, in);
  }

  /** {@link #textIn} by scanning the texts. */
  static boolean textInList(JsonNode value, String[] texts, boolean in) {
    if (value instanceof TextNode) {
      String text = ((TextNode) value).textValue();
      for (String candidate : texts) {
        if (candidate.equals(text)) {
          return in;
        }
      }
      return !in;
    }
    return notText(value, in);
  }

  /** {@link #textIn} by looking the text up in a set. */
  static boolean textInSet(JsonNode value, Set<String> texts, boolean in) {
    if (value instanceof TextNode) {
      return texts.contains(((TextNode) value).textValue()) == in;
    }
    return notText(value, in);
  }

  private static boolean notText(JsonNode value, boolean in) {
    // NULL and other scalars are in no list of strings; arrays make both operators false.
    return !in && !Semantics.isContainer(value);
  }

  /**
   * {@code value op integer} for {@code == != < <= > >=}: {@code outcomes} has bit {@code c + 1}
   * set when the operator holds for a comparison result {@code c} of -1, 0 or 1 (see {@link
   * #outcomes(Operator)}); {@code literal} is the integer as JSON, for the slow path.
   */
  static boolean compareInteger(
      JsonNode value, long integer, int outcomes, Operator op, JsonNode literal) {
    long actual;
    if (value instanceof IntNode) {
      actual = ((IntNode) value).longValue();
    } else if (value instanceof LongNode) {
      actual = ((LongNode) value).longValue();
    } else {
      return compareOther(value, integer, outcomes, op, literal);
    }
    return holds(outcomes, Long.compare(actual, integer));
  }

  /** {@link #compareInteger} for values other than {@link IntNode} and {@link LongNode}. */
  private static boolean compareOther(
      JsonNode value, long integer, int outcomes, Operator op, JsonNode literal) {
    if (value != null && value.isIntegralNumber() && value.canConvertToLong()) {
      return holds(outcomes, Long.compare(value.longValue(), integer));
    }
    return Semantics.test(op, Semantics.normalize(value), literal);
  }

  private static boolean holds(int outcomes, int comparison) {
    return (outcomes >>> (comparison + 1) & 1) != 0;
  }

  /** The {@code outcomes} of {@link #compareInteger} for {@code op}: {@code == != < <= > >=}. */
  static int outcomes(Operator op) {
    int mask = 0;
    for (int c = -1; c <= 1; c++) {
      boolean holds =
          op == Operator.EQ ? c == 0 : op == Operator.NE ? c != 0 : Semantics.holds(op, c);
      if (holds) {
        mask |= 1 << (c + 1);
      }
    }
    return mask;
  }

  /**
   * Whether {@link #textMember} applies: a string and an array, as {@code task.skill IN
   * worker.skills} mostly compares. Other values go to {@link Semantics}.
   */
  static boolean isTextAndArray(JsonNode scalar, JsonNode array) {
    return scalar instanceof TextNode && array instanceof ArrayNode;
  }

  /**
   * {@code scalar IN array}, {@code NOT IN} or {@code array HAS scalar} ({@code op}) for two
   * attributes as read raw.
   */
  static boolean membership(JsonNode scalar, JsonNode array, Operator op) {
    if (isTextAndArray(scalar, array)) {
      return textMember(scalar, array) == (op != Operator.NOT_IN);
    }
    JsonNode normalScalar = Semantics.normalize(scalar);
    JsonNode normalArray = Semantics.normalize(array);
    return op == Operator.HAS
        ? Semantics.test(op, normalArray, normalScalar)
        : Semantics.test(op, normalScalar, normalArray);
  }

  /**
   * An attribute of an object by key, as read raw (Java null if missing, NullNode for JSON null),
   * through the concrete class: the call is then bound by class hierarchy, not by the type profile
   * of this shared call site.
   */
  static JsonNode read(JsonNode root, String key) {
    return root instanceof ObjectNode ? ((ObjectNode) root).get(key) : root.get(key);
  }

  /** Whether the array holds an element equal to the string (only strings equal a string). */
  static boolean textMember(JsonNode scalar, JsonNode array) {
    String text = ((TextNode) scalar).textValue();
    ArrayNode elements = (ArrayNode) array;
    for (int i = 0, n = elements.size(); i < n; i++) {
      JsonNode element = elements.get(i);
      if (element instanceof TextNode && text.equals(((TextNode) element).textValue())) {
        return true;
      }
    }
    return false;
  }
}
