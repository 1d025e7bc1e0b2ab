package io.github.taskrouter4j.workflow.expression;

import io.github.taskrouter4j.workflow.expression.Lexer.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recursive-descent parser, bounded in depth: {@code or := and (OR and)*}, {@code and := primary
 * (AND primary)*}, {@code primary := '(' or ')' | value op value}. Chains of AND/OR are loops, so
 * only parentheses recurse, and at most {@link #MAX_NESTING} deep. Each character is read a
 * constant number of times, so time is linear in the length of the text.
 */
final class Parser {
  static final int MAX_NESTING = 100;
  private static final Pattern ACTIVITY_SID = Pattern.compile("WA[0-9a-fA-F]{32}");

  private final Lexer lx;
  private final ExpressionContext context;

  /**
   * Whether {@code task.x}/{@code worker.x} in a filter is read as the task attribute path it is
   * (as TaskRouter does, for text from a document) rather than refused (for conversions in Java).
   */
  private final boolean prefixedPathsAsTaskAttributes;

  private final List<ExpressionProblem> notes = new ArrayList<>();
  private int nesting;
  private boolean bareAnd;

  /** For ANY: the contexts still possible, and the path that narrowed them. */
  private int possible = ExpressionContext.ANY.bit;

  private PathNode narrowedBy;

  private Parser(String input, ExpressionContext context, boolean prefixedPathsAsTaskAttributes) {
    this.lx = new Lexer(input);
    this.context = context;
    this.prefixedPathsAsTaskAttributes = prefixedPathsAsTaskAttributes;
  }

  /** Parses a whole condition; attribute forms foreign to {@code context} are refused. */
  static Node parse(String input, ExpressionContext context) {
    return new Parser(input, context, false).whole();
  }

  /**
   * Parses a whole condition as TaskRouter reads document text: in a filter, {@code task.x} and
   * {@code worker.x} are task attribute paths (legal, and reported by the linter).
   */
  static Node parseText(String input, ExpressionContext context) {
    return new Parser(input, context, true).whole();
  }

  /** Parses a whole condition and returns the spelling notes (aliases, precedence) too. */
  static List<ExpressionProblem> notes(String input, ExpressionContext context, List<Node> out) {
    Parser p = new Parser(input, context, true);
    out.add(p.whole());
    return p.notes;
  }

  private Node whole() {
    lx.next();
    if (lx.type == Type.EOF) {
      throw lx.error("expected an expression, but the text is empty", lx.start);
    }
    Node node = or();
    if (lx.type != Type.EOF) {
      String hint =
          lx.type == Type.RPAREN
              ? "unbalanced ')': no '(' is open"
              : "expected AND, OR or the end of the expression, found "
                  + found()
                  + Suggestions.keyword(
                      lx.type == Type.PATH ? lx.text() : "", Suggestions.CONNECTIVES);
      throw lx.error(hint, lx.start);
    }
    return node;
  }

  private Node or() {
    int column = lx.start + 1;
    List<Node> parts = new ArrayList<>();
    int bareAndColumn = 0;
    while (true) {
      int partStart = lx.start;
      Node part = and();
      if (bareAnd && bareAndColumn == 0) {
        bareAndColumn = partStart + 1;
      }
      parts.add(part);
      if (lx.type != Type.OR) {
        break;
      }
      lx.next();
    }
    if (parts.size() > 1 && bareAndColumn > 0) {
      notes.add(
          ExpressionProblem.of(
              Severity.WARNING,
              "mixed-and-or",
              "AND and OR are mixed without parentheses; this library (like SQL) binds AND"
                  + " tighter, but TaskRouter does not document precedence: add parentheses",
              bareAndColumn));
    }
    return logical(false, parts, column);
  }

  /** Joins parsed parts, refusing trees deeper than the printer can re-parse. */
  private Node logical(boolean and, List<Node> parts, int column) {
    if (parts.size() > 1) {
      int depth = 0;
      for (Node part : parts) {
        // A group of the same connective is flattened into this one, so adds no level.
        boolean flattened = part instanceof LogicalNode && ((LogicalNode) part).and == and;
        depth = Math.max(depth, flattened ? part.depth : part.depth + 1);
      }
      if (depth > Node.MAX_DEPTH) {
        throw lx.error(
            "AND and OR groups nest deeper than " + Node.MAX_DEPTH + " levels", column - 1);
      }
    }
    return LogicalNode.of(and, parts, column);
  }

  private Node and() {
    int column = lx.start + 1;
    List<Node> parts = new ArrayList<>();
    while (true) {
      parts.add(primary());
      if (lx.type != Type.AND) {
        break;
      }
      lx.next();
    }
    // A parenthesized "(a AND b)" alone is not a bare AND for or()'s precedence warning.
    bareAnd = parts.size() > 1;
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return logical(true, parts, column);
  }

  private Node primary() {
    if (lx.type == Type.LPAREN) {
      int open = lx.start;
      if (++nesting > MAX_NESTING) {
        throw lx.error("parentheses nest deeper than " + MAX_NESTING + " levels", open);
      }
      lx.next();
      Node inner = or();
      if (lx.type != Type.RPAREN) {
        throw lx.error(
            "expected ')' to close the '(' at column " + (open + 1) + ", found " + found(),
            lx.start);
      }
      nesting--;
      lx.next();
      return inner;
    }
    return comparison();
  }

  private Node comparison() {
    int column = lx.start + 1;
    ValueNode left = value("an attribute, a value or '('");
    if (lx.type != Type.OPERATOR) {
      throw lx.error(
          "expected an operator (==, !=, <, <=, >, >=, CONTAINS, HAS, IN, NOT IN) after '"
              + left.text()
              + "', found "
              + found()
              + Suggestions.keyword(lx.type == Type.PATH ? lx.text() : "", Suggestions.OPERATORS),
          lx.start);
    }
    Operator op = lx.op;
    String spelling = lx.text();
    int opColumn = lx.start + 1;
    lx.next();
    ValueNode right = value("a value after '" + spelling + "'");
    note(op, spelling, opColumn);
    return new ComparisonNode(left, op, spelling, right, column, opColumn);
  }

  private void note(Operator op, String spelling, int column) {
    if (spelling.equals("=")) {
      notes.add(
          ExpressionProblem.of(
              Severity.WARNING,
              "equals-alias",
              "'=' is an undocumented alias outside TaskQueue target_workers; write '=='",
              column));
    } else if ((spelling.equals(">-") || spelling.equals("<-"))
        && context != ExpressionContext.WORKERS) {
      notes.add(
          ExpressionProblem.of(
              Severity.WARNING,
              "operator-alias",
              "'"
                  + spelling
                  + "' is documented only for TaskQueue target_workers; write "
                  + op.canonical,
              column));
    }
  }

  private ValueNode value(String expected) {
    int column = lx.start + 1;
    ValueNode v;
    switch (lx.type) {
      case STRING:
        v = LiteralNode.string(lx.stringValue, column);
        break;
      case NUMBER:
        v = LiteralNode.number(lx.numberValue, column);
        break;
      case TRUE:
      case FALSE:
        v = LiteralNode.bool(lx.type == Type.TRUE, column);
        break;
      case NULL:
        v = LiteralNode.nul(column);
        break;
      case LBRACKET:
        return list();
      case PATH:
        v = path();
        break;
      default:
        throw lx.error("expected " + expected + ", found " + found(), lx.start);
    }
    lx.next();
    return v;
  }

  private ValueNode list() {
    int column = lx.start + 1;
    List<LiteralNode> items = new ArrayList<>();
    lx.next();
    if (lx.type != Type.RBRACKET) {
      while (true) {
        if (lx.type == Type.LBRACKET) {
          throw lx.error(
              "expected a string, number, true, false or null in the list, found a nested list",
              lx.start);
        }
        ValueNode item = value("a string, number, true, false or null in the list");
        if (!(item instanceof LiteralNode) || ((LiteralNode) item).kind == LiteralNode.Kind.LIST) {
          throw lx.error(
              "a list may contain only strings, numbers, true, false and null, found '"
                  + item.text()
                  + "'",
              item.column - 1);
        }
        items.add((LiteralNode) item);
        if (lx.type == Type.RBRACKET) {
          break;
        }
        if (lx.type != Type.COMMA) {
          throw lx.error("expected ',' or ']' in the list, found " + found(), lx.start);
        }
        lx.next();
      }
    }
    lx.next();
    return LiteralNode.list(items, column);
  }

  private PathNode path() {
    PathNode p = PathNode.of(lx.text(), lx.start + 1);
    if (p.scope == PathNode.Scope.TASKROUTER) {
      String name = p.singleName();
      if (name == null || !PathNode.BUILTINS.contains(name)) {
        throw lx.error(
            "unknown TaskRouter variable '"
                + p.text
                + "': expected taskrouter.currentTime, taskrouter.currentHour,"
                + " taskrouter.currentMin or taskrouter.dayOfWeek",
            lx.start);
      }
    } else if (p.scope == PathNode.Scope.WORKERS) {
      String name = p.singleName();
      if (name == null
          || !(name.equals("available")
              || name.equals("unavailable")
              || ACTIVITY_SID.matcher(name).matches())) {
        throw lx.error(
            "unknown worker count '"
                + p.text
                + "': expected workers.available, workers.unavailable or workers.<ActivitySid>"
                + " (WA followed by 32 hex digits)",
            lx.start);
      }
    }
    if (prefixedPathsAsTaskAttributes
        && context == ExpressionContext.FILTER
        && (p.scope == PathNode.Scope.TASK || p.scope == PathNode.Scope.WORKER)) {
      notes.add(
          ExpressionProblem.of(
              Severity.WARNING,
              "prefixed-attribute-in-filter",
              ContextRules.prefixInFilter(p),
              p.column));
      return PathNode.bare(p.text, p.column);
    }
    checkContext(p);
    return p;
  }

  private void checkContext(PathNode p) {
    int allowed = p.contexts();
    if (context != ExpressionContext.ANY) {
      if ((allowed & context.bit) == 0) {
        throw lx.error(ContextRules.misuse(p, context), lx.start);
      }
      return;
    }
    if ((possible & allowed) == 0) {
      throw lx.error(
          ComparisonNode.describe(p)
              + " cannot be used together with "
              + ComparisonNode.describe(narrowedBy)
              + " (column "
              + narrowedBy.column
              + "): no TaskRouter expression accepts both",
          lx.start);
    }
    if ((possible & allowed) != possible) {
      possible &= allowed;
      narrowedBy = p;
    }
  }

  private String found() {
    switch (lx.type) {
      case EOF:
        return "the end of the text";
      case STRING:
      case NUMBER:
      case PATH:
      case OPERATOR:
        return "'" + lx.text() + "'";
      default:
        return lx.type.description;
    }
  }
}
