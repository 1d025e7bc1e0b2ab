package io.github.taskrouter4j.emulator.internal.console;

import java.time.Duration;
import java.time.Instant;

/** HTML text helpers: escaping, the page frame, small forms. */
final class Html {
  private Html() {}

  /** {@code text} escaped for element content and quoted attribute values. */
  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  /** A whole page: {@code live} is replaced in place when the state changes. */
  static String page(String title, String nav, String live, String rest) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>"
        + esc(title)
        + " · TaskRouter emulator</title>\n"
        + "<link rel=\"stylesheet\" href=\"/console/static/console.css\">\n"
        + "</head>\n<body>\n<header><a href=\"/console\">TaskRouter emulator</a> "
        + nav
        + "<span id=\"live-status\" title=\"live updates\">○</span></header>\n"
        + "<h1>"
        + esc(title)
        + "</h1>\n<main id=\"live\">\n"
        + live
        + "</main>\n"
        + rest
        + "<script src=\"/console/static/console.js\"></script>\n</body>\n</html>\n";
  }

  /** A POST form with the CSRF token and a submit button. */
  static String form(String action, String csrf, String fields, String button, String buttonId) {
    return "<form method=\"post\" action=\""
        + esc(action)
        + "\"><input type=\"hidden\" name=\"csrf\" value=\""
        + esc(csrf)
        + "\">"
        + fields
        + "<button type=\"submit\""
        + (buttonId.isEmpty() ? "" : " id=\"" + esc(buttonId) + "\"")
        + ">"
        + esc(button)
        + "</button></form>";
  }

  static String hidden(String name, String value) {
    return "<input type=\"hidden\" name=\"" + esc(name) + "\" value=\"" + esc(value) + "\">";
  }

  /** How long ago {@code then} was, e.g. {@code 2m 5s}. */
  static String age(Instant then, Instant now) {
    Duration d = Duration.between(then, now);
    if (d.isNegative()) {
      d = Duration.ZERO;
    }
    long s = d.getSeconds();
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return (s / 60) + "m " + (s % 60) + "s";
    }
    return (s / 3600) + "h " + (s % 3600 / 60) + "m";
  }
}
