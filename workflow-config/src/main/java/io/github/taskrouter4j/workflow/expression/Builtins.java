package io.github.taskrouter4j.workflow.expression;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The {@code taskrouter.*} variables, computed from the instant passed to {@code test}, in UTC.
 *
 * <ul>
 *   <li>{@code currentTime}: an integer, hours × 100 + minutes ({@code 0830} reads as 830).
 *   <li>{@code currentHour}: a two-digit string, {@code "00"}–{@code "23"}; numbers compare with it
 *       numerically through the numeric-string rule of {@code < <= > >=}.
 *   <li>{@code currentMin}: a two-digit string, {@code "00"}–{@code "59"} (like currentHour).
 *   <li>{@code dayOfWeek}: {@code Mon Tue Wed Thu Fri Sat Sun}, case-sensitive.
 * </ul>
 */
final class Builtins {
  private static final String[] DAYS = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};

  private Builtins() {}

  static Compiler.Accessor accessor(String name) {
    switch (name) {
      case "currentTime":
        return (t, w, env) -> IntNode.valueOf(hour(env) * 100 + minute(env));
      case "currentHour":
        return (t, w, env) -> TextNode.valueOf(twoDigits(hour(env)));
      case "currentMin":
        return (t, w, env) -> TextNode.valueOf(twoDigits(minute(env)));
      default:
        // Day 0 of the epoch (1970-01-01) was a Thursday.
        return (t, w, env) ->
            TextNode.valueOf(DAYS[(int) Math.floorMod(Math.floorDiv(seconds(env), 86400L), 7L)]);
    }
  }

  private static long seconds(Env env) {
    if (env.now == null) {
      throw new IllegalStateException(
          "this expression reads taskrouter.* time variables: call test(..., Instant now)");
    }
    return env.now.getEpochSecond();
  }

  private static int hour(Env env) {
    return (int) (Math.floorMod(seconds(env), 86400L) / 3600);
  }

  private static int minute(Env env) {
    return (int) (Math.floorMod(seconds(env), 3600L) / 60);
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
