package io.github.taskrouter4j.workspace;

import java.util.Objects;

/** Checks and quotes the friendly names that identify declared resources. */
final class Names {
  static final int MAX_NAME_LENGTH = 64;

  private Names() {}

  static String check(String what, String name) {
    Objects.requireNonNull(name, what + " name == null");
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          article(what) + " name must not be blank, was \"" + name + "\"");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          article(what)
              + " name must be at most "
              + MAX_NAME_LENGTH
              + " characters, was "
              + name.length()
              + ": \""
              + name
              + "\"");
    }
    return name;
  }

  private static String article(String what) {
    return ("aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ") + what;
  }

  static String quoted(String name) {
    return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
