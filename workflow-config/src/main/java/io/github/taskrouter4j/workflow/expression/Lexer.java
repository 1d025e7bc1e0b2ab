package io.github.taskrouter4j.workflow.expression;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Splits expression text into tokens, one at a time. Keywords are case-insensitive; attribute paths
 * ({@code a.b[2].c}) are single tokens; {@code NOT IN} is one operator token.
 */
final class Lexer {
  enum Type {
    LPAREN("'('"),
    RPAREN("')'"),
    LBRACKET("'['"),
    RBRACKET("']'"),
    COMMA("','"),
    OPERATOR("an operator"),
    AND("AND"),
    OR("OR"),
    STRING("a string"),
    NUMBER("a number"),
    TRUE("true"),
    FALSE("false"),
    NULL("null"),
    PATH("an attribute"),
    EOF("the end of the text");

    final String description;

    Type(String description) {
      this.description = description;
    }
  }

  private final String in;
  private int pos;

  Type type;

  /** 0-based start and end (exclusive) of the current token. */
  int start;

  int end;
  Operator op;
  String stringValue;
  BigDecimal numberValue;

  Lexer(String in) {
    this.in = in;
  }

  String input() {
    return in;
  }

  /** The current token's text as written. */
  String text() {
    return in.substring(start, end);
  }

  ExpressionSyntaxException error(String problem, int index) {
    return new ExpressionSyntaxException(problem, in, index + 1);
  }

  void next() {
    int n = in.length();
    while (pos < n && Character.isWhitespace(in.charAt(pos))) {
      pos++;
    }
    start = pos;
    op = null;
    if (pos >= n) {
      type = Type.EOF;
      end = pos;
      return;
    }
    char c = in.charAt(pos);
    switch (c) {
      case '(':
        single(Type.LPAREN);
        return;
      case ')':
        single(Type.RPAREN);
        return;
      case '[':
        single(Type.LBRACKET);
        return;
      case ']':
        single(Type.RBRACKET);
        return;
      case ',':
        single(Type.COMMA);
        return;
      case '"':
      case '\'':
        string(c);
        return;
      default:
        break;
    }
    if (operator(c)) {
      return;
    }
    if (isDigit(c) || (c == '-' && pos + 1 < n && isDigit(in.charAt(pos + 1)))) {
      number();
      return;
    }
    if (Character.isLetter(c) || c == '_') {
      word();
      return;
    }
    if (c == '-') {
      throw error(
          "unexpected '-': TaskRouter has no arithmetic, and attribute names cannot start with a"
              + " hyphen",
          pos);
    }
    throw error(
        "unexpected character '"
            + (Character.isISOControl(c) ? "\\u" + String.format("%04x", (int) c) : c)
            + "': expected an attribute, a value, an operator, AND, OR or parentheses",
        pos);
  }

  private void single(Type t) {
    type = t;
    pos++;
    end = pos;
  }

  private boolean operator(char c) {
    char d = pos + 1 < in.length() ? in.charAt(pos + 1) : '\0';
    Operator found;
    int length = 2;
    if (c == '=') {
      found = Operator.EQ;
      length = d == '=' ? 2 : 1;
    } else if (c == '!') {
      if (d != '=') {
        throw error("unexpected '!': expected '!=' (TaskRouter has no '!' operator)", pos);
      }
      found = Operator.NE;
    } else if (c == '<') {
      found = d == '=' ? Operator.LTE : d == '-' ? Operator.IN : Operator.LT;
      length = d == '=' || d == '-' ? 2 : 1;
    } else if (c == '>') {
      found = d == '=' ? Operator.GTE : d == '-' ? Operator.HAS : Operator.GT;
      length = d == '=' || d == '-' ? 2 : 1;
    } else {
      return false;
    }
    type = Type.OPERATOR;
    op = found;
    pos += length;
    end = pos;
    return true;
  }

  private void string(char quote) {
    int close = in.indexOf(quote, pos + 1);
    if (close < 0) {
      throw error("unterminated string: expected a closing " + quote, pos);
    }
    type = Type.STRING;
    stringValue = in.substring(pos + 1, close);
    pos = close + 1;
    end = pos;
  }

  private void number() {
    int n = in.length();
    int i = pos;
    if (in.charAt(i) == '-') {
      i++;
    }
    while (i < n && isDigit(in.charAt(i))) {
      i++;
    }
    if (i < n && in.charAt(i) == '.') {
      if (i + 1 >= n || !isDigit(in.charAt(i + 1))) {
        throw error("expected a digit after the decimal point", i + 1);
      }
      i++;
      while (i < n && isDigit(in.charAt(i))) {
        i++;
      }
    }
    if (i < n && (Character.isLetter(in.charAt(i)) || in.charAt(i) == '_')) {
      throw error(
          "unexpected '"
              + in.charAt(i)
              + "' in a number: attribute names start with a letter or '_', and numbers have no"
              + " exponent",
          i);
    }
    type = Type.NUMBER;
    numberValue = new BigDecimal(in.substring(pos, i));
    pos = i;
    end = pos;
  }

  private void word() {
    int n = in.length();
    int i = pos;
    boolean plain = true;
    while (true) {
      // One segment: letters, digits, '_' and hyphens between them (which the linter reports).
      while (i < n && (isNameChar(in.charAt(i)) || isInnerHyphen(i))) {
        i++;
      }
      if (i + 1 < n && in.charAt(i) == '.' && isNameChar(in.charAt(i + 1))) {
        plain = false;
        i++;
      } else if (i < n && in.charAt(i) == '[' && !(plain && isKeyword(in.substring(pos, i)))) {
        int j = i + 1;
        while (j < n && isDigit(in.charAt(j))) {
          j++;
        }
        if (j == i + 1 || j >= n || in.charAt(j) != ']') {
          throw error(
              "expected an array index such as [0] after '" + in.substring(pos, i) + "'", i);
        }
        if (j - i - 1 > 9) {
          throw error("array index too large", i + 1);
        }
        plain = false;
        i = j + 1;
        if (i + 1 < n && in.charAt(i) == '.' && isNameChar(in.charAt(i + 1))) {
          i++;
        } else if (i >= n || in.charAt(i) != '[') {
          break;
        }
      } else {
        break;
      }
    }
    end = i;
    pos = i;
    type = Type.PATH;
    if (plain) {
      keyword(in.substring(start, end));
    }
  }

  private void keyword(String word) {
    if (word.length() > 8) {
      return; // longer than CONTAINS, the longest keyword
    }
    switch (word.toUpperCase(Locale.ROOT)) {
      case "AND":
        type = Type.AND;
        break;
      case "OR":
        type = Type.OR;
        break;
      case "TRUE":
        type = Type.TRUE;
        break;
      case "FALSE":
        type = Type.FALSE;
        break;
      case "NULL":
        type = Type.NULL;
        break;
      case "CONTAINS":
        type = Type.OPERATOR;
        op = Operator.CONTAINS;
        break;
      case "HAS":
        type = Type.OPERATOR;
        op = Operator.HAS;
        break;
      case "IN":
        type = Type.OPERATOR;
        op = Operator.IN;
        break;
      case "NOT":
        notIn();
        break;
      default:
        break;
    }
  }

  private void notIn() {
    int n = in.length();
    int i = pos;
    while (i < n && Character.isWhitespace(in.charAt(i))) {
      i++;
    }
    if (i == pos
        || i + 2 > n
        || !in.regionMatches(true, i, "IN", 0, 2)
        || (i + 2 < n && isNameChar(in.charAt(i + 2)))) {
      throw error(
          "expected IN after NOT: TaskRouter's only negated operator is NOT IN (write != or NOT IN"
              + " instead of NOT)",
          i);
    }
    type = Type.OPERATOR;
    op = Operator.NOT_IN;
    pos = i + 2;
    end = pos;
  }

  private static boolean isKeyword(String word) {
    if (word.length() > 8) {
      return false;
    }
    switch (word.toUpperCase(Locale.ROOT)) {
      case "AND":
      case "OR":
      case "NOT":
      case "IN":
      case "HAS":
      case "CONTAINS":
        return true;
      default:
        return false;
    }
  }

  private boolean isInnerHyphen(int i) {
    return in.charAt(i) == '-'
        && i > pos
        && isNameChar(in.charAt(i - 1))
        && i + 1 < in.length()
        && isNameChar(in.charAt(i + 1));
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
