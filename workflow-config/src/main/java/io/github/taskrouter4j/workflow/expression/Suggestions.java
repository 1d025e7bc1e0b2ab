package io.github.taskrouter4j.workflow.expression;

import io.github.taskrouter4j.workflow.internal.Spelling;
import java.util.List;

/** "Did you mean" hints for misspelt keywords in expression syntax errors. */
final class Suggestions {
  static final List<String> OPERATORS = List.of("HAS", "IN", "NOT IN", "CONTAINS");
  static final List<String> CONNECTIVES = List.of("AND", "OR");

  private Suggestions() {}

  /** {@code "; did you mean `HAS`?"} if {@code word} is close to a keyword, else {@code ""}. */
  static String keyword(String word, List<String> keywords) {
    return Spelling.suggest(word, keywords).map(k -> "; did you mean `" + k + "`?").orElse("");
  }
}
