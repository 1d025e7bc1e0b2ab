package io.github.taskrouter4j.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Snapshot comparison for this module's own tests (the {@code testing} module depends on this one,
 * so it cannot be used here): byte for byte, rewritten only with {@code -Dsnapshots.update=true}, a
 * missing file is recorded locally and fails when {@code CI} is set.
 */
public final class Snapshots {
  private static final Path ROOT = Paths.get("src", "test", "resources", "snapshots");

  private Snapshots() {}

  /** Compares {@code actual} with the snapshot file {@code name} under the snapshot root. */
  public static void assertMatches(String name, String actual) throws IOException {
    Path file = ROOT.resolve(name);
    boolean update = Boolean.getBoolean("snapshots.update");
    if (update || (!Files.exists(file) && System.getenv("CI") == null)) {
      Files.createDirectories(file.getParent());
      Files.write(file, actual.getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (!Files.exists(file)) {
      fail("snapshot " + file + " is missing (CI is set); actual:\n" + actual);
    }
    String expected = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    assertThat(actual)
        .as("snapshot %s (rewrite with -Dsnapshots.update=true)", file)
        .isEqualTo(expected);
  }

  /** Reads the snapshot file {@code name}. */
  public static String read(String name) throws IOException {
    return new String(Files.readAllBytes(ROOT.resolve(name)), StandardCharsets.UTF_8);
  }
}
