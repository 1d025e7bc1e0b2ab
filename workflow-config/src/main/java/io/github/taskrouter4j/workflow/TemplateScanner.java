package io.github.taskrouter4j.workflow;

import io.github.taskrouter4j.sid.Sid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the placeholders of a template and replaces each with a stand-in the strict reader accepts
 * (a well-formed SID, or a marker inside an expression), remembering how to undo it.
 */
final class TemplateScanner {
  /**
   * {@code ${X}}, {@code {{ x }}}, {@code %(x)s}, {@code $X}, {@code <X>}; then {@code workers.X}.
   */
  private static final Pattern FORMS =
      Pattern.compile(
          "\\$\\{\\s*([A-Za-z_][\\w.-]*)\\s*\\}"
              + "|\\{\\{\\s*([^{}]+?)\\s*\\}\\}"
              + "|%\\(([A-Za-z_]\\w*)\\)s"
              + "|\\$([A-Za-z_]\\w*)"
              + "|<([A-Za-z_][\\w -]*)>"
              + "|(?<=workers\\.)([A-Za-z0-9_]+)");

  private static final int COUNT_GROUP = 6;
  private static final int ANGLE_GROUP = 5;

  /** One replaced spelling: what was written, what stands in for it, and its placeholder. */
  static final class StandIn {
    final String raw;
    final String inserted;
    final String name;
    final Placeholder.Kind kind;

    StandIn(String raw, String inserted, String name, Placeholder.Kind kind) {
      this.raw = raw;
      this.inserted = inserted;
      this.name = name;
      this.kind = kind;
    }
  }

  private final String document;
  private final Map<String, StandIn> standIns = new LinkedHashMap<>();
  private final Map<String, Placeholder.Kind> kinds = new LinkedHashMap<>();
  private final Map<String, Set<String>> spellings = new LinkedHashMap<>();
  private final Map<String, Set<String>> paths = new LinkedHashMap<>();
  private final List<Problem> problems = new ArrayList<>();

  TemplateScanner(String document) {
    this.document = document;
  }

  /** Replaces the placeholder at a position with its stand-in. */
  String replace(String text, boolean sid, String path) {
    if (sid) {
      if (Sid.looksLikeSid(text)) {
        return text;
      }
      Matcher whole = FORMS.matcher(text.trim());
      String name = whole.matches() && whole.group(COUNT_GROUP) == null ? name(whole) : text;
      return standIn(text, name, Placeholder.Kind.TASK_QUEUE_SID, path, false);
    }
    boolean[] quoted = quoted(text);
    Matcher m = FORMS.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      boolean inString = quoted[m.start()];
      Placeholder.Kind kind;
      if (m.group(COUNT_GROUP) != null) {
        String count = m.group(COUNT_GROUP);
        if (inString
            || count.equals("available")
            || count.equals("unavailable")
            || Sid.looksLikeSid(count)) {
          continue;
        }
        kind = Placeholder.Kind.ACTIVITY_SID;
      } else if (m.group(ANGLE_GROUP) != null && !inString) {
        continue; // '<' outside a string is the less-than operator
      } else {
        kind =
            text.startsWith("workers.", Math.max(0, m.start() - 8)) && !inString
                ? Placeholder.Kind.ACTIVITY_SID
                : Placeholder.Kind.STRING;
      }
      out.append(text, last, m.start());
      out.append(standIn(m.group(), name(m), kind, path, !inString));
      last = m.end();
    }
    return out.append(text.substring(last)).toString();
  }

  private static String name(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return m.group();
  }

  private String standIn(
      String raw, String name, Placeholder.Kind kind, String path, boolean unquoted) {
    String key = kind + (unquoted ? "/v/" : "/s/") + raw;
    StandIn standIn = standIns.get(key);
    if (standIn == null) {
      standIn = new StandIn(raw, fresh(kind, unquoted), name, kind);
      standIns.put(key, standIn);
    }
    Placeholder.Kind known = kinds.get(name);
    if (known == null || known == Placeholder.Kind.STRING) {
      kinds.put(name, kind);
    } else if (kind != Placeholder.Kind.STRING && kind != known) {
      problems.add(
          Problem.error(
              path,
              "PLACEHOLDER_KIND_CONFLICT",
              "placeholder `"
                  + name
                  + "` stands for "
                  + kind.description()
                  + " here but for "
                  + known.description()
                  + " at "
                  + paths.get(name).iterator().next()
                  + "; give the two values two names"));
    }
    spellings.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(raw);
    paths.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(path);
    return standIn.inserted;
  }

  /** A stand-in found nowhere in the document, so undoing it cannot touch the user's text. */
  private String fresh(Placeholder.Kind kind, boolean unquoted) {
    for (int n = standIns.size() + 1; ; n++) {
      String candidate;
      switch (kind) {
        case TASK_QUEUE_SID:
          candidate = "WQ" + String.format("%032x", 0x7e3a7e3aL << 32 | n);
          break;
        case ACTIVITY_SID:
          candidate = "WA" + String.format("%032x", 0x7e3a7e3aL << 32 | n);
          break;
        default:
          candidate = unquoted ? "'\u00a7v" + n + "\u00a7'" : "\u00a7s" + n + "\u00a7";
      }
      if (!document.contains(candidate)) {
        return candidate;
      }
    }
  }

  /**
   * For each index, whether it lies inside a quoted string (TaskRouter strings have no escapes).
   */
  private static boolean[] quoted(String text) {
    boolean[] in = new boolean[text.length() + 1];
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote == 0 && (c == '\'' || c == '"')) {
        quote = c;
      } else if (quote != 0 && c == quote) {
        quote = 0;
      } else {
        in[i] = quote != 0;
      }
    }
    return in;
  }

  List<StandIn> standIns() {
    return new ArrayList<>(standIns.values());
  }

  List<Placeholder> placeholders() {
    List<Placeholder> list = new ArrayList<>();
    kinds.forEach(
        (name, kind) ->
            list.add(
                new Placeholder(
                    name,
                    kind,
                    new ArrayList<>(spellings.get(name)),
                    new ArrayList<>(paths.get(name)))));
    return list;
  }

  List<Problem> problems() {
    return problems;
  }
}
