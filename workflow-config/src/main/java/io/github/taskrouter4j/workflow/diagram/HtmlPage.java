package io.github.taskrouter4j.workflow.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The self-contained HTML page of a diagram: the Mermaid renderer, bundled into this library's jar
 * at build time from the {@code org.webjars.npm:mermaid} webjar (MIT licence, kept beside it), is
 * inlined in a script element, so the page draws the chart with no network.
 */
final class HtmlPage {
  /** Where the build puts the renderer and its licence, relative to this class. */
  static final String RENDERER = "mermaid/mermaid.min.js";

  static final String LICENSE = "mermaid/LICENSE";

  private HtmlPage() {}

  static String render(String title, String mermaid) {
    String heading = MermaidText.html(title);
    return "<!DOCTYPE html>\n"
        + "<html lang=\"en\">\n"
        + "<head>\n"
        + "<meta charset=\"utf-8\">\n"
        + "<title>"
        + heading
        + "</title>\n"
        + "<style>body { font-family: sans-serif; margin: 2em; }</style>\n"
        + "</head>\n"
        + "<body>\n"
        + "<h1>"
        + heading
        + "</h1>\n"
        + "<pre class=\"mermaid\">\n"
        + MermaidText.html(mermaid)
        + "</pre>\n"
        + "<!-- Mermaid, MIT licence: https://github.com/mermaid-js/mermaid -->\n"
        + "<script>\n"
        + Renderer.SCRIPT
        + "\n</script>\n"
        + "<script>mermaid.initialize({ startOnLoad: true, securityLevel: \"strict\" });</script>\n"
        + "</body>\n"
        + "</html>\n";
  }

  /** Loaded once, on first use: 3 MB that most users of the library never need. */
  private static final class Renderer {
    static final String SCRIPT = load();

    private static String load() {
      String script;
      try (InputStream in = HtmlPage.class.getResourceAsStream(RENDERER)) {
        if (in == null) {
          throw new IllegalStateException(
              "the Mermaid renderer is missing from this library's jar ("
                  + RENDERER
                  + "); toMermaid() still works");
        }
        script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled Mermaid renderer", e);
      }
      if (script.toLowerCase(Locale.ROOT).contains("</script")) {
        throw new IllegalStateException(
            "the bundled Mermaid renderer contains \"</script\" and cannot be inlined");
      }
      return script;
    }
  }
}
