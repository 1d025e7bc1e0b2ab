package io.github.taskrouter4j.workflow.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses {@code order_by}: {@code path (ASC|DESC) {, path (ASC|DESC)}}. */
final class OrderByParser {
  private OrderByParser() {}

  static OrderBy parse(String input) {
    Lexer lx = new Lexer(input);
    List<OrderByClause> clauses = new ArrayList<>();
    lx.next();
    if (lx.type == Lexer.Type.EOF) {
      throw lx.error("expected a worker attribute such as worker.level, but the text is empty", 0);
    }
    while (true) {
      if (lx.type != Lexer.Type.PATH) {
        throw lx.error("expected a worker attribute such as worker.level", lx.start);
      }
      PathNode path = PathNode.of(lx.text(), lx.start + 1);
      if (path.scope != PathNode.Scope.WORKER) {
        throw lx.error(
            "order_by sorts workers: expected an attribute with the worker. prefix, found '"
                + path.text
                + "'",
            lx.start);
      }
      lx.next();
      String word = lx.type == Lexer.Type.PATH ? lx.text().toUpperCase(Locale.ROOT) : "";
      if (!word.equals("ASC") && !word.equals("DESC")) {
        throw lx.error("expected ASC or DESC after '" + path.text + "'", lx.start);
      }
      clauses.add(OrderByClause.parsed(path, OrderByClause.Direction.valueOf(word)));
      lx.next();
      if (lx.type == Lexer.Type.EOF) {
        return new OrderBy(clauses, input);
      }
      if (lx.type != Lexer.Type.COMMA) {
        throw lx.error("expected ',' or the end of the order_by", lx.start);
      }
      lx.next();
    }
  }
}
