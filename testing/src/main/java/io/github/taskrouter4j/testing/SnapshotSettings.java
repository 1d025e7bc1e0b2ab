package io.github.taskrouter4j.testing;

import java.nio.file.Path;
import java.nio.file.Paths;

/** How snapshot assertions behave: read from the JVM and environment, replaceable in tests. */
final class SnapshotSettings {
  /** The system property that allows rewriting snapshot files. */
  static final String UPDATE_PROPERTY = "snapshots.update";

  final boolean update;
  final boolean ci;
  final Path root;

  SnapshotSettings(boolean update, boolean ci, Path root) {
    this.update = update;
    this.ci = ci;
    this.root = root;
  }

  static SnapshotSettings fromEnvironment() {
    String ci = System.getenv("CI");
    return new SnapshotSettings(
        Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY, "false")),
        ci != null && !ci.isEmpty() && !ci.equalsIgnoreCase("false"),
        Paths.get("src", "test", "resources"));
  }
}
