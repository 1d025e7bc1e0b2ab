package io.github.taskrouter4j.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Builds {@code taskrouter4j/<version> java/<version>}. */
final class UserAgent {
  private static final String LIBRARY_VERSION = readVersion();

  private UserAgent() {}

  /** The library version from the Maven-filtered resource, else the jar manifest. */
  public static String libraryVersion() {
    return LIBRARY_VERSION;
  }

  /**
   * The User-Agent header value.
   *
   * @param suffix appended after a space when not empty
   * @return the value
   */
  public static String value(String suffix) {
    String base = "taskrouter4j/" + LIBRARY_VERSION + " java/" + System.getProperty("java.version");
    return suffix.isEmpty() ? base : base + " " + suffix;
  }

  private static String readVersion() {
    try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version", "");
        if (!version.isEmpty() && !version.startsWith("${")) {
          return version;
        }
      }
    } catch (IOException e) {
      // fall through to the manifest
    }
    String manifest = UserAgent.class.getPackage().getImplementationVersion();
    return manifest == null ? "unknown" : manifest;
  }
}
