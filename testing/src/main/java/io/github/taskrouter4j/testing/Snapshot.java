package io.github.taskrouter4j.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** Reads and (when allowed) writes one snapshot file. */
final class Snapshot {
  private final Path file;

  Snapshot(Path file) {
    this.file = file;
  }

  Path file() {
    return file;
  }

  Optional<byte[]> read() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read snapshot " + file, e);
    }
  }

  void write(String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write snapshot " + file, e);
    }
  }

  static boolean sameBytes(byte[] expected, String actual) {
    return Arrays.equals(expected, actual.getBytes(StandardCharsets.UTF_8));
  }

  /** The first line where the two texts differ, 1-based, with both versions of that line. */
  static String firstDifference(String expected, String actual) {
    String[] left = expected.split("\n", -1);
    String[] right = actual.split("\n", -1);
    int lines = Math.max(left.length, right.length);
    for (int i = 0; i < lines; i++) {
      String l = i < left.length ? left[i] : "<end of file>";
      String r = i < right.length ? right[i] : "<end of file>";
      if (!l.equals(r)) {
        return "first difference at line "
            + (i + 1)
            + ":\n  snapshot: "
            + visible(l)
            + "\n  actual:   "
            + visible(r);
      }
    }
    return "the texts differ only in invisible bytes";
  }

  private static String visible(String line) {
    return line.replace("\r", "\\r").replace("\t", "\\t");
  }
}
