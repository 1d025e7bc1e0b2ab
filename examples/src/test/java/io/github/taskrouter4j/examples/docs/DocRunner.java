package io.github.taskrouter4j.examples.docs;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs a compiled {@code ```java run} block's {@code main} and, when a {@code ```text output} block
 * follows it, checks what it printed: line by line, trailing spaces ignored, {@code …} in the
 * expected text standing for any text (a SID, a port).
 */
final class DocRunner {
  private static final String ANY = "…";

  private DocRunner() {}

  /**
   * Runs the block.
   *
   * @return what it printed on {@code System.out}
   * @throws AssertionError if it has no {@code main}, throws, or prints something else than its
   *     output block
   */
  static synchronized String run(DocCompiler.Compiled compiled) throws Exception {
    DocBlock block = compiled.block();
    Class<?> type = compiled.mainClass();
    if (JUnitBlocks.hasTests(type)) {
      JUnitBlocks.run(block, type);
      return "";
    }
    Method main = main(compiled);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.invoke(null, (Object) new String[0]);
    } catch (InvocationTargetException e) {
      throw new AssertionError(
          block.location(1) + ": the ```java run block threw " + e.getCause(), e.getCause());
    } finally {
      System.setOut(original);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    block.expectedOutput().ifPresent(expected -> check(block, expected, printed));
    return printed;
  }

  private static Method main(DocCompiler.Compiled compiled) throws ClassNotFoundException {
    Class<?> type = compiled.mainClass();
    try {
      Method main = type.getMethod("main", String[].class);
      if (Modifier.isStatic(main.getModifiers())) {
        return main;
      }
    } catch (NoSuchMethodException e) {
      // reported below
    }
    throw new AssertionError(
        compiled.block().location(1)
            + ": a ```java run block needs `public static void main(String[] args)` or JUnit"
            + " @Test methods in "
            + type.getSimpleName());
  }

  /** Whether {@code printed} matches {@code expected}; fails with both texts if not. */
  static void check(DocBlock block, String expected, String printed) {
    String[] want = expected.strip().split("\n");
    String[] got = printed.strip().split("\n");
    for (int i = 0; i < Math.max(want.length, got.length); i++) {
      String w = i < want.length ? want[i].stripTrailing() : "(nothing)";
      String g = i < got.length ? got[i].stripTrailing() : "(nothing)";
      if (!matches(w, g)) {
        throw new AssertionError(
            block.location(1)
                + ": the run printed something else than its ```text output block, first at"
                + " output line "
                + (i + 1)
                + ":\n  expected: "
                + w
                + "\n  printed:  "
                + g
                + "\n--- printed ---\n"
                + printed);
      }
    }
  }

  private static boolean matches(String expected, String actual) {
    String regex =
        Arrays.stream(expected.split(ANY, -1))
            .map(Pattern::quote)
            .collect(Collectors.joining(".*"));
    return Pattern.matches(regex, actual);
  }
}
