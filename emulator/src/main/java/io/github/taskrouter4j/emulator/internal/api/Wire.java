package io.github.taskrouter4j.emulator.internal.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.resource.Resources;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Holds every answer to the dsl's resource classes, so that client and server cannot drift.
 *
 * <p>Resources ({@link #rendered}) are built field by field in the order the dsl writes them and go
 * on the wire as built: decoding each into its dsl value and encoding it again (what {@link
 * #through} does) cost about half of the time a change holds its workspace's lock. With the system
 * property {@value #CHECK_PROPERTY} set to {@code true}, as in every test run of this project (the
 * parent pom's surefire configuration), each one is still decoded by the dsl and must encode to the
 * very same bytes, so a renderer that drifts from the dsl fails the tests that reach it. Users'
 * test suites do not set it and get the fast path.
 *
 * <p>Statistics ({@link #through}) are assembled in another order, after the lock is released, and
 * are written as the dsl writes them.
 */
final class Wire {
  /** The system property that turns the check of every rendered resource on. */
  static final String CHECK_PROPERTY = "taskrouter4j.emulator.checkWire";

  private static final boolean CHECK = Boolean.getBoolean(CHECK_PROPERTY);
  private static final ObjectMapper MAPPER = Resources.mapper();

  private Wire() {}

  /**
   * A resource as rendered; with {@value #CHECK_PROPERTY} on, checked to be exactly what the dsl
   * writes.
   *
   * @throws IllegalStateException with the check on, if the dsl cannot read {@code fields} or
   *     writes them differently (other order, other fields, other values)
   */
  static ObjectNode rendered(ObjectNode fields, Class<?> resource) {
    if (CHECK) {
      check(fields, resource);
    }
    return fields;
  }

  /** {@code fields} decoded into the dsl's {@code resource} class and encoded again. */
  static ObjectNode through(ObjectNode fields, Class<?> resource) {
    try {
      return MAPPER.valueToTree(MAPPER.treeToValue(fields, resource));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "the emulator wrote a "
              + resource.getSimpleName()
              + " the dsl cannot read: "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Checks that the dsl reads {@code fields} as a {@code resource} and writes it back byte for
   * byte.
   *
   * @throws IllegalStateException naming the resource and showing both encodings, if not
   */
  static void check(ObjectNode fields, Class<?> resource) {
    ObjectNode written = through(fields, resource); // names the resource if the dsl cannot read it
    byte[] rendered;
    byte[] dsl;
    try {
      rendered = MAPPER.writeValueAsBytes(fields);
      dsl = MAPPER.writeValueAsBytes(written);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of JSON nodes could not be written", e);
    }
    if (!Arrays.equals(rendered, dsl)) {
      throw new IllegalStateException(
          "the emulator rendered a "
              + resource.getSimpleName()
              + " other than the dsl writes it:\n  rendered "
              + new String(rendered, StandardCharsets.UTF_8)
              + "\n  dsl      "
              + new String(dsl, StandardCharsets.UTF_8));
    }
  }
}
