package io.github.taskrouter4j.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * TaskRouter's expression language, parsed once into a tree of evaluators: {@code ==}/{@code =},
 * {@code !=}, {@code < <= > >=}, {@code HAS}/{@code >-}, {@code CONTAINS}, {@code IN}/{@code <-},
 * {@code NOT IN}, {@code AND}, {@code OR}, {@code NOT}, parentheses, string/number/boolean/null
 * literals, array literals and dotted keys with array indexes. A missing key is NULL.
 */
final class MiniExpression {
  /** Resolves a dotted key (already split) to a value; missing keys give {@code null}. */
  interface Scope {
    JsonNode resolve(List<String> path);
  }

  /** A compiled node. */
  interface Node {
    JsonNode value(Scope scope);

    default boolean test(Scope scope) {
      JsonNode v = value(scope);
      return v != null && v.isBoolean() && v.booleanValue();
    }
  }

  private final String text;
  private final List<Token> tokens;
  private int pos;

  private MiniExpression(String text) {
    this.text = text;
    this.tokens = tokenize(text);
  }

  /** Parses {@code text}; throws {@link ApiError} (20001) naming the column on bad syntax. */
  static Node parse(String what, String text) {
    MiniExpression parser = new MiniExpression(text);
    try {
      Node node = parser.or();
      if (parser.peek().kind != Kind.END) {
        throw parser.error("unexpected '" + parser.peek().text + "'", parser.peek().column);
      }
      return node;
    } catch (SyntaxError e) {
      throw ApiError.invalid(
          "Invalid "
              + what
              + " expression '"
              + text
              + "' at column "
              + e.column
              + ": "
              + e.getMessage());
    }
  }

  private enum Kind {
    IDENT,
    STRING,
    NUMBER,
    OP,
    LPAREN,
    RPAREN,
    LBRACKET,
    RBRACKET,
    COMMA,
    END
  }

  private static final class Token {
    final Kind kind;
    final String text;
    final int column;

    Token(Kind kind, String text, int column) {
      this.kind = kind;
      this.text = text;
      this.column = column;
    }

    boolean is(String word) {
      return (kind == Kind.IDENT || kind == Kind.OP) && text.equalsIgnoreCase(word);
    }
  }

  private static final class SyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int column;

    SyntaxError(String message, int column) {
      super(message, null, false, false);
      this.column = column;
    }
  }

  private SyntaxError error(String message, int column) {
    return new SyntaxError(message, column);
  }

  private static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int col = i + 1;
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'' || c == '"') {
        int end = s.indexOf(c, i + 1);
        if (end < 0) {
          throw new SyntaxError("unterminated string", col);
        }
        out.add(new Token(Kind.STRING, s.substring(i + 1, end), col));
        i = end + 1;
      } else if (Character.isDigit(c)
          || (c == '-' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
        int j = i + 1;
        while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
          j++;
        }
        out.add(new Token(Kind.NUMBER, s.substring(i, j), col));
        i = j;
      } else if (Character.isLetter(c) || c == '_') {
        int j = i + 1;
        while (j < s.length()
            && (Character.isLetterOrDigit(s.charAt(j))
                || s.charAt(j) == '_'
                || s.charAt(j) == '.')) {
          j++;
        }
        out.add(new Token(Kind.IDENT, s.substring(i, j), col));
        i = j;
      } else if (c == '(' || c == ')' || c == '[' || c == ']' || c == ',') {
        Kind k =
            c == '('
                ? Kind.LPAREN
                : c == ')'
                    ? Kind.RPAREN
                    : c == '[' ? Kind.LBRACKET : c == ']' ? Kind.RBRACKET : Kind.COMMA;
        out.add(new Token(k, String.valueOf(c), col));
        i++;
      } else {
        String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
        if (two.equals("==")
            || two.equals("!=")
            || two.equals("<=")
            || two.equals(">=")
            || two.equals(">-")
            || two.equals("<-")
            || two.equals("&&")
            || two.equals("||")) {
          out.add(new Token(Kind.OP, two, col));
          i += 2;
        } else if (c == '=' || c == '<' || c == '>' || c == '!') {
          out.add(new Token(Kind.OP, String.valueOf(c), col));
          i++;
        } else {
          throw new SyntaxError("unexpected character '" + c + "'", col);
        }
      }
    }
    out.add(new Token(Kind.END, "end of expression", s.length() + 1));
    return out;
  }

  private Token peek() {
    return tokens.get(pos);
  }

  private Token next() {
    return tokens.get(pos++);
  }

  private Node or() {
    Node left = and();
    while (peek().is("OR") || peek().is("||")) {
      next();
      Node l = left;
      Node r = and();
      left = scope -> bool(l.test(scope) || r.test(scope));
    }
    return left;
  }

  private Node and() {
    Node left = not();
    while (peek().is("AND") || peek().is("&&")) {
      next();
      Node l = left;
      Node r = not();
      left = scope -> bool(l.test(scope) && r.test(scope));
    }
    return left;
  }

  private Node not() {
    if ((peek().is("NOT") && !tokens.get(pos + 1).is("IN")) || peek().is("!")) {
      next();
      Node inner = not();
      return scope -> bool(!inner.test(scope));
    }
    return comparison();
  }

  private Node comparison() {
    Node left = operand();
    Token op = peek();
    String name = op.text.toUpperCase(Locale.ROOT);
    if (op.is("NOT") && tokens.get(pos + 1).is("IN")) {
      next();
      next();
      Node right = operand();
      return scope -> {
        JsonNode r = right.value(scope);
        return bool(r != null && r.isArray() && !contains(r, left.value(scope)));
      };
    }
    if (op.kind != Kind.OP
        && !(op.kind == Kind.IDENT
            && (name.equals("HAS") || name.equals("CONTAINS") || name.equals("IN")))) {
      return left;
    }
    next();
    Node right = operand();
    switch (name) {
      case "==":
      case "=":
        return scope -> bool(equal(left.value(scope), right.value(scope)));
      case "!=":
        return scope -> bool(!equal(left.value(scope), right.value(scope)));
      case "<":
        return scope -> bool(compare(left.value(scope), right.value(scope)) < 0);
      case "<=":
        return scope ->
            bool(
                compare(left.value(scope), right.value(scope)) <= 0
                    && comparable(left.value(scope), right.value(scope)));
      case ">":
        return scope ->
            bool(
                compare(left.value(scope), right.value(scope)) > 0
                    && comparable(left.value(scope), right.value(scope)));
      case ">=":
        return scope ->
            bool(
                compare(left.value(scope), right.value(scope)) >= 0
                    && comparable(left.value(scope), right.value(scope)));
      case "HAS":
      case ">-":
        return scope -> {
          JsonNode l = left.value(scope);
          return bool(l != null && l.isArray() && contains(l, right.value(scope)));
        };
      case "IN":
      case "<-":
        return scope -> {
          JsonNode r = right.value(scope);
          return bool(r != null && r.isArray() && contains(r, left.value(scope)));
        };
      case "CONTAINS":
        return scope -> {
          JsonNode l = left.value(scope);
          JsonNode r = right.value(scope);
          return bool(
              l != null
                  && r != null
                  && l.isTextual()
                  && r.isTextual()
                  && l.textValue().contains(r.textValue()));
        };
      default:
        throw error("unexpected operator '" + op.text + "'", op.column);
    }
  }

  private Node operand() {
    Token t = next();
    switch (t.kind) {
      case LPAREN:
        {
          Node inner = or();
          Token close = next();
          if (close.kind != Kind.RPAREN) {
            throw error("expected ')' but found '" + close.text + "'", close.column);
          }
          return inner;
        }
      case STRING:
        {
          JsonNode v = JsonNodeFactory.instance.textNode(t.text);
          return scope -> v;
        }
      case NUMBER:
        {
          JsonNode v;
          try {
            v =
                t.text.contains(".")
                    ? JsonNodeFactory.instance.numberNode(Double.parseDouble(t.text))
                    : JsonNodeFactory.instance.numberNode(Long.parseLong(t.text));
          } catch (NumberFormatException e) {
            throw error("bad number '" + t.text + "'", t.column);
          }
          return scope -> v;
        }
      case LBRACKET:
        {
          ArrayNode array = JsonNodeFactory.instance.arrayNode();
          while (peek().kind != Kind.RBRACKET) {
            Token item = next();
            if (item.kind == Kind.STRING) {
              array.add(item.text);
            } else if (item.kind == Kind.NUMBER) {
              array.add(Double.parseDouble(item.text));
            } else if (item.is("true") || item.is("false")) {
              array.add(Boolean.parseBoolean(item.text.toLowerCase(Locale.ROOT)));
            } else {
              throw error(
                  "expected a literal in the list but found '" + item.text + "'", item.column);
            }
            if (peek().kind == Kind.COMMA) {
              next();
            } else if (peek().kind != Kind.RBRACKET) {
              throw error("expected ',' or ']' but found '" + peek().text + "'", peek().column);
            }
          }
          next();
          return scope -> array;
        }
      case IDENT:
        return identifier(t);
      default:
        throw error("expected a key, a literal or '(' but found '" + t.text + "'", t.column);
    }
  }

  private Node identifier(Token t) {
    String lower = t.text.toLowerCase(Locale.ROOT);
    if (lower.equals("true") || lower.equals("false")) {
      JsonNode v = JsonNodeFactory.instance.booleanNode(lower.equals("true"));
      return scope -> v;
    }
    if (lower.equals("null")) {
      return scope -> NullNode.getInstance();
    }
    if (t.text.endsWith(".") || t.text.contains("..")) {
      throw error("incomplete key '" + t.text + "'", t.column);
    }
    List<String> path = new ArrayList<>(List.of(t.text.split("\\.")));
    while (peek().kind == Kind.LBRACKET) {
      next();
      Token index = next();
      if (index.kind != Kind.NUMBER || next().kind != Kind.RBRACKET) {
        throw error("expected an array index like [0]", index.column);
      }
      path.add("[" + index.text);
    }
    List<String> fixed = List.copyOf(path);
    return scope -> scope.resolve(fixed);
  }

  /** Walks {@code root} along {@code path} (from {@code from}); missing keys give null. */
  static JsonNode walk(JsonNode root, List<String> path, int from) {
    JsonNode node = root;
    for (int i = from; i < path.size() && node != null; i++) {
      String step = path.get(i);
      node = step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1))) : node.get(step);
    }
    return node == null || node.isMissingNode() ? null : node;
  }

  static Function<List<String>, JsonNode> none() {
    return path -> null;
  }

  private static JsonNode bool(boolean b) {
    return JsonNodeFactory.instance.booleanNode(b);
  }

  private static boolean isNull(JsonNode n) {
    return n == null || n.isNull();
  }

  static boolean equal(JsonNode a, JsonNode b) {
    if (isNull(a) || isNull(b)) {
      return isNull(a) && isNull(b);
    }
    if (a.isNumber() && b.isNumber()) {
      return a.doubleValue() == b.doubleValue();
    }
    if (a.isTextual() && b.isTextual()) {
      return a.textValue().equals(b.textValue());
    }
    if (a.isBoolean() && b.isBoolean()) {
      return a.booleanValue() == b.booleanValue();
    }
    if ((a.isNumber() && b.isTextual()) || (a.isTextual() && b.isNumber())) {
      Double x = number(a);
      Double y = number(b);
      return x != null && x.equals(y);
    }
    return a.equals(b);
  }

  private static Double number(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isNumber()) {
      return n.doubleValue();
    }
    if (n.isTextual()) {
      try {
        return Double.parseDouble(n.textValue());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static boolean comparable(JsonNode a, JsonNode b) {
    return number(a) != null && number(b) != null;
  }

  /**
   * Numeric comparison; anything not numeric compares as "not ordered" (0 with comparable false).
   */
  private static int compare(JsonNode a, JsonNode b) {
    Double x = number(a);
    Double y = number(b);
    if (x == null || y == null) {
      return 0;
    }
    return Double.compare(x, y);
  }

  private static boolean contains(JsonNode array, JsonNode value) {
    for (JsonNode item : array) {
      if (equal(item, value)) {
        return true;
      }
    }
    return false;
  }
}
