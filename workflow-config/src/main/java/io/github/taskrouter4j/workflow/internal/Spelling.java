package io.github.taskrouter4j.workflow.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known name a misspelt one was probably meant to be: the same name except for case,
 * {@code camelCase}, {@code -}, {@code _} or spaces ({@code timeOut}, {@code skip-if}, {@code
 * NOTIN}), or one within a small edit distance ({@code timout}, {@code HSA}), counting a swap of
 * two neighbouring letters as one edit. Not part of the API.
 */
public final class Spelling {
  private Spelling() {}

  /**
   * The candidate {@code word} most likely stands for, if any is close enough.
   *
   * @param word the unknown name as written
   * @param candidates the known names, in the order ties are broken
   * @return the closest candidate; empty if none is close or {@code word} is one of them
   */
  public static Optional<String> suggest(String word, Iterable<String> candidates) {
    String normalized = normalize(word);
    if (normalized.isEmpty()) {
      return Optional.empty();
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equals(word)) {
        return Optional.empty();
      }
      String known = normalize(candidate);
      int distance = known.equals(normalized) ? 0 : distance(normalized, known);
      int allowed = Math.min(normalized.length(), known.length()) <= 4 ? 1 : 2;
      if (distance <= allowed && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String normalize(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '_' && c != '-' && c != ' ') {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }
}
