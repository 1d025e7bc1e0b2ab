package io.github.taskrouter4j.resource.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * ISO-8601 instants as TaskRouter writes them, read and written without the formatter for the one
 * form every answer uses ({@code 2016-08-01T22:10:40Z}): that form is in every field of every
 * resource, and the general formatter costs about a microsecond each way. Any other text goes to
 * the JDK's parser, so what is accepted and refused is exactly {@link Instant#parse} then {@link
 * OffsetDateTime#parse}.
 */
public final class IsoInstants {
  private static final int SHORT_FORM = "2016-08-01T22:10:40Z".length();
  private static final int LAST_FOUR_DIGIT_YEAR = 9999;

  private IsoInstants() {}

  /**
   * Parses ISO-8601 text with {@code Z} or a numeric offset.
   *
   * @throws DateTimeParseException if the text is not such a date-time
   */
  public static Instant parse(String text) {
    Instant fast = parseShortForm(text);
    if (fast != null) {
      return fast;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException zulu) {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }
  }

  /** Formats as {@link DateTimeFormatter#ISO_INSTANT} does. */
  public static String format(Instant instant) {
    if (instant.getNano() != 0) {
      return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    if (t.getYear() < 0 || t.getYear() > LAST_FOUR_DIGIT_YEAR) {
      return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
    char[] out = new char[SHORT_FORM];
    digits(out, 0, t.getYear(), 4);
    out[4] = '-';
    digits(out, 5, t.getMonthValue(), 2);
    out[7] = '-';
    digits(out, 8, t.getDayOfMonth(), 2);
    out[10] = 'T';
    digits(out, 11, t.getHour(), 2);
    out[13] = ':';
    digits(out, 14, t.getMinute(), 2);
    out[16] = ':';
    digits(out, 17, t.getSecond(), 2);
    out[19] = 'Z';
    return new String(out);
  }

  /** {@code yyyy-MM-ddTHH:mm:ssZ} read directly; null for any other text or an invalid value. */
  static Instant parseShortForm(String text) {
    if (text.length() != SHORT_FORM
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || text.charAt(19) != 'Z') {
      return null;
    }
    int year = number(text, 0, 4);
    int month = number(text, 5, 2);
    int day = number(text, 8, 2);
    int hour = number(text, 11, 2);
    int minute = number(text, 14, 2);
    int second = number(text, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      // 24:00:00, a leap second, 30 February: the JDK's parser has the last word.
      return null;
    }
  }

  /** The decimal digits at {@code text[from, from + count)}; -1 if any is not an ASCII digit. */
  private static int number(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      int digit = text.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private static void digits(char[] out, int at, int value, int count) {
    for (int i = at + count - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
