package io.github.taskrouter4j.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * The canonical pretty printer: the one layout used for snapshots, diffs and people.
 *
 * <p>Rules, identical on every JDK and operating system:
 *
 * <ul>
 *   <li>two spaces of indentation per level, {@code "key": value} (no space before the colon);
 *   <li>each array element and object member on its own line; empty containers as {@code []} and
 *       {@code {}};
 *   <li>{@code \n} line ends (never the platform's) and exactly one trailing newline;
 *   <li>keys in the order of the tree; scalars written by the {@linkplain TaskRouterJson#mapper()
 *       document mapper} (so numbers keep their exact digits and strings their standard escapes).
 * </ul>
 *
 * <pre>{@code
 * CanonicalJson.prettyPrint(TaskRouterJson.readTree("{\"a\":[1,2],\"b\":{}}"))
 * // {
 * //   "a": [
 * //     1,
 * //     2
 * //   ],
 * //   "b": {}
 * // }
 * }</pre>
 */
public final class CanonicalJson {
  private static final String INDENT = "  ";

  private CanonicalJson() {}

  /**
   * Pretty-prints {@code node} canonically.
   *
   * @param node the tree to print
   * @return the text, ending with exactly one {@code \n}
   */
  public static String prettyPrint(JsonNode node) {
    Objects.requireNonNull(node, "node == null");
    StringBuilder out = new StringBuilder(256);
    write(node, 0, out);
    return out.append('\n').toString();
  }

  private static void write(JsonNode node, int depth, StringBuilder out) {
    if (node.isObject()) {
      writeObject(node, depth, out);
    } else if (node.isArray()) {
      writeArray(node, depth, out);
    } else {
      out.append(TaskRouterJson.minify(node));
    }
  }

  private static void writeObject(JsonNode node, int depth, StringBuilder out) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    if (!fields.hasNext()) {
      out.append("{}");
      return;
    }
    out.append('{');
    boolean first = true;
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      out.append(first ? "\n" : ",\n");
      first = false;
      indent(depth + 1, out);
      out.append(TaskRouterJson.minify(JsonNodeFactory.instance.textNode(field.getKey())))
          .append(": ");
      write(field.getValue(), depth + 1, out);
    }
    out.append('\n');
    indent(depth, out);
    out.append('}');
  }

  private static void writeArray(JsonNode node, int depth, StringBuilder out) {
    if (node.size() == 0) {
      out.append("[]");
      return;
    }
    out.append('[');
    for (int i = 0; i < node.size(); i++) {
      out.append(i == 0 ? "\n" : ",\n");
      indent(depth + 1, out);
      write(node.get(i), depth + 1, out);
    }
    out.append('\n');
    indent(depth, out);
    out.append(']');
  }

  private static void indent(int depth, StringBuilder out) {
    for (int i = 0; i < depth; i++) {
      out.append(INDENT);
    }
  }
}
