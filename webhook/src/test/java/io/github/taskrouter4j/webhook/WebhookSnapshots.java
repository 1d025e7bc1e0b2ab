package io.github.taskrouter4j.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Byte-for-byte snapshots under {@code src/test/resources/snapshots/webhook/}, rewritten only with
 * {@code -Dsnapshots.update=true}.
 */
final class WebhookSnapshots {
  private static final Path DIR = Paths.get("src/test/resources/snapshots/webhook");

  private WebhookSnapshots() {}

  /** Compares {@code actual} with the snapshot {@code name}; returns the stored text. */
  static String assertMatches(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (Boolean.getBoolean("snapshots.update")) {
        Files.createDirectories(DIR);
        Files.write(file, actual.getBytes(StandardCharsets.UTF_8));
      }
      assertThat(file)
          .as("snapshot %s is missing; run with -Dsnapshots.update=true to create it", file)
          .exists();
      String stored = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      assertThat(actual).as("snapshot %s", file).isEqualTo(stored);
      return stored;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
