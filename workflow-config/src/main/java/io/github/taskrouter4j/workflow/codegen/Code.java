package io.github.taskrouter4j.workflow.codegen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A Java expression made of calls, as {@link JavaSource} writes it: a head ({@code
 * Filter.named("x")}, {@code attr("type")}, {@code TIER_1}) followed by chained calls ({@code
 * .when(...)}). {@link #render} lays it out the way google-java-format does: on one line if it fits
 * in 100 columns, else one chained call per line indented +4, and the arguments of a call that does
 * not fit on the next line indented +4 (together if they fit, else one per line).
 */
final class Code {
  static final int WIDTH = 100;

  /** {@code prefix(args)}, or a bare {@code prefix} (a literal or a name) when args is null. */
  static final class Call {
    final String prefix;
    final List<Code> args;

    Call(String prefix, List<Code> args) {
      this.prefix = prefix;
      this.args = args;
    }

    void flat(StringBuilder out) {
      out.append(prefix);
      if (args == null) {
        return;
      }
      out.append('(');
      for (int i = 0; i < args.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        args.get(i).flat(out);
      }
      out.append(')');
    }
  }

  private final Call head;
  private final List<Call> links = new ArrayList<>();

  private Code(Call head) {
    this.head = head;
  }

  /** A literal or a name: {@code "text"}, {@code 5}, {@code TIER_1}. */
  static Code atom(String text) {
    return new Code(new Call(text, null));
  }

  /** A call: {@code Filter.named("x")}. */
  static Code call(String prefix, Code... args) {
    return call(prefix, List.of(args));
  }

  /** A call with its arguments. */
  static Code call(String prefix, List<Code> args) {
    return new Code(new Call(prefix, Collections.unmodifiableList(new ArrayList<>(args))));
  }

  /** Chains {@code .name(args)} onto this code; returns this code. */
  Code then(String name, Code... args) {
    links.add(new Call("." + name, List.of(args)));
    return this;
  }

  /** The arguments of the head call (empty for an atom). */
  List<Code> args() {
    return head.args == null ? List.of() : head.args;
  }

  /** The code on one line. */
  String flat() {
    StringBuilder out = new StringBuilder();
    flat(out);
    return out.toString();
  }

  private void flat(StringBuilder out) {
    head.flat(out);
    for (Call link : links) {
      link.flat(out);
    }
  }

  /**
   * Lays the code out.
   *
   * @param indent the indent of the line the code starts on
   * @param column the column the code starts at
   * @param suffix how many characters follow the code on its last line ({@code );} …)
   */
  String render(int indent, int column, int suffix) {
    String flat = flat();
    if (column + flat.length() + suffix <= WIDTH) {
      return flat;
    }
    if (links.isEmpty()) {
      return renderCall(head, indent, column, suffix);
    }
    StringBuilder out = new StringBuilder(renderCall(head, indent, column, 0));
    String pad = " ".repeat(indent + 4);
    for (int i = 0; i < links.size(); i++) {
      out.append('\n').append(pad);
      out.append(
          renderCall(links.get(i), indent + 4, indent + 4, i == links.size() - 1 ? suffix : 0));
    }
    return out.toString();
  }

  private static String renderCall(Call call, int indent, int column, int suffix) {
    StringBuilder flat = new StringBuilder();
    call.flat(flat);
    if (call.args == null || call.args.isEmpty() || column + flat.length() + suffix <= WIDTH) {
      return flat.toString();
    }
    int inner = indent + 4;
    String pad = " ".repeat(inner);
    StringBuilder out = new StringBuilder(call.prefix).append("(\n").append(pad);
    if (call.args.size() == 1) {
      return out.append(call.args.get(0).render(inner, inner, suffix + 1)).append(')').toString();
    }
    StringBuilder together = new StringBuilder();
    for (int i = 0; i < call.args.size(); i++) {
      together.append(i > 0 ? ", " : "").append(call.args.get(i).flat());
    }
    if (inner + together.length() + 1 + suffix <= WIDTH) {
      return out.append(together).append(')').toString();
    }
    for (int i = 0; i < call.args.size(); i++) {
      boolean last = i == call.args.size() - 1;
      if (i > 0) {
        out.append('\n').append(pad);
      }
      out.append(call.args.get(i).render(inner, inner, last ? suffix + 1 : 1));
      out.append(last ? ")" : ",");
    }
    return out.toString();
  }

  /**
   * Reads back the calls {@code Expression.toJava()} writes: names, string and number literals,
   * {@code (}, {@code )}, {@code ,} and {@code .}.
   */
  static Code parse(String java) {
    return new Reader(java).code();
  }

  private static final class Reader {
    private final String text;
    private int pos;

    Reader(String text) {
      this.text = text;
    }

    Code code() {
      Code code = new Code(item());
      while (pos < text.length() && text.charAt(pos) == '.') {
        pos++;
        Call link = item();
        code.links.add(new Call("." + link.prefix, link.args));
      }
      return code;
    }

    private Call item() {
      int start = pos;
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        while (text.charAt(pos) != '"') {
          pos += text.charAt(pos) == '\\' ? 2 : 1;
        }
        pos++;
        return new Call(text.substring(start, pos), null);
      }
      while (pos < text.length() && "(),. ".indexOf(text.charAt(pos)) < 0) {
        pos++;
      }
      // A decimal number keeps its point: 1.5 is one literal, not a call chain.
      if (pos < text.length()
          && text.charAt(pos) == '.'
          && (Character.isDigit(c) || c == '-')
          && !text.substring(start, pos).contains(".")) {
        pos++;
        while (pos < text.length() && "(),. ".indexOf(text.charAt(pos)) < 0) {
          pos++;
        }
      }
      String name = text.substring(start, pos);
      if (pos >= text.length() || text.charAt(pos) != '(') {
        return new Call(name, null);
      }
      pos++;
      List<Code> args = new ArrayList<>();
      while (text.charAt(pos) != ')') {
        args.add(code());
        if (text.charAt(pos) == ',') {
          pos += 2;
        }
      }
      pos++;
      return new Call(name, args);
    }
  }
}
