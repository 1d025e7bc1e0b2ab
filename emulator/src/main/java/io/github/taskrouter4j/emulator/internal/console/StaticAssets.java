package io.github.taskrouter4j.emulator.internal.console;

import io.github.taskrouter4j.emulator.internal.http.ServerExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The console's script and style sheet, and Mermaid from the workflow-config jar. */
final class StaticAssets {
  private static final Map<String, String> RESOURCES =
      Map.of(
          "console.js", "/io/github/taskrouter4j/emulator/console/console.js",
          "console.css", "/io/github/taskrouter4j/emulator/console/console.css",
          "mermaid.min.js", "/io/github/taskrouter4j/workflow/diagram/mermaid/mermaid.min.js");

  private StaticAssets() {}

  static void serve(ServerExchange exchange, String name) throws IOException {
    String resource = RESOURCES.get(name);
    InputStream in = resource == null ? null : StaticAssets.class.getResourceAsStream(resource);
    if (in == null) {
      ConsoleHandler.send(exchange, 404, "text/plain", "No console asset " + name);
      return;
    }
    byte[] bytes;
    try (in) {
      bytes = in.readAllBytes();
    }
    exchange.setHeader("Cache-Control", "max-age=3600");
    exchange.respond(
        200,
        name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8",
        bytes);
  }
}
