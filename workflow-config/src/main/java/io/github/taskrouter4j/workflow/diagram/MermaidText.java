package io.github.taskrouter4j.workflow.diagram;

/**
 * Escapes text for a double-quoted Mermaid label. Mermaid decodes {@code #NN;} entity codes in
 * labels, so every character that could end the label, open a tag or an entity, or start a markdown
 * string is written as one; line breaks become spaces (labels break with {@code <br/>}).
 */
final class MermaidText {
  private MermaidText() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
        case '#':
        case '&':
        case '<':
        case '>':
        case '|':
        case '`':
        case '\\':
        case ';':
          out.append('#').append((int) c).append(';');
          break;
        default:
          out.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return out.toString();
  }

  /** Escapes text for the body of an HTML element. */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }
}
