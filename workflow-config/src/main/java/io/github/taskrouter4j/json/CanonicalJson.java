package io.github.taskrouter4j.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;
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
  private static final ObjectWriter WRITER =
      TaskRouterJson.mapper().writer(new CanonicalPrettyPrinter());

  private CanonicalJson() {}

  /**
   * Pretty-prints {@code node} canonically.
   *
   * @param node the tree to print
   * @return the text, ending with exactly one {@code \n}
   */
  public static String prettyPrint(JsonNode node) {
    Objects.requireNonNull(node, "node == null");
    try {
      return WRITER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      // A JsonNode tree always serialises; reaching here means a broken custom node.
      throw new UncheckedIOException(e);
    }
  }
}
