package io.github.taskrouter4j.sid;

import com.fasterxml.jackson.annotation.JsonValue;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.function.Function;

/**
 * A Twilio resource identifier: a two-letter prefix naming the resource kind followed by 32
 * hexadecimal digits, for example {@code WS0123456789abcdef0123456789abcdef}.
 *
 * <p>Each kind of SID has its own final subclass ({@link WorkspaceSid}, {@link TaskQueueSid}, …),
 * so a worker SID can never be passed where a queue SID is expected. Instances are immutable,
 * compare by value and render as the bare SID text.
 */
public abstract class Sid implements Comparable<Sid> {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final String value;

  /**
   * Validates {@code value} for {@code kind}.
   *
   * @param kind the subclass being built, used for its prefix and name in error messages
   * @param value the SID text
   */
  Sid(Kind kind, String value) {
    this.value = validate(kind, value);
  }

  /** The full SID text, for example {@code WQ0123456789abcdef0123456789abcdef}. */
  @JsonValue
  public final String value() {
    return value;
  }

  /** The two-letter prefix of this SID, for example {@code WQ}. */
  public final String prefix() {
    return value.substring(0, 2);
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((Sid) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** Returns the SID text itself, so a SID can be used wherever Twilio expects the string. */
  @Override
  public final String toString() {
    return value;
  }

  @Override
  public final int compareTo(Sid other) {
    return value.compareTo(other.value);
  }

  /**
   * Returns {@code true} if {@code text} is a well-formed SID of any kind: two ASCII letters and 32
   * hexadecimal digits.
   */
  public static boolean looksLikeSid(String text) {
    if (text == null || text.length() != 34) {
      return false;
    }
    if (!isLetter(text.charAt(0)) || !isLetter(text.charAt(1))) {
      return false;
    }
    for (int i = 2; i < 34; i++) {
      if (Character.digit(text.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** Makes a new random SID with {@code kind}'s prefix; used by the emulator and in tests. */
  static <S extends Sid> S random(Kind kind, Function<String, S> factory) {
    char[] text = new char[34];
    text[0] = kind.prefix.charAt(0);
    text[1] = kind.prefix.charAt(1);
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    for (int i = 0; i < 16; i++) {
      text[2 + 2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      text[3 + 2 * i] = HEX[bytes[i] & 0xf];
    }
    return factory.apply(new String(text));
  }

  private static String validate(Kind kind, String value) {
    Objects.requireNonNull(value, () -> kind.typeName + " == null");
    String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
    if (!value.startsWith(kind.prefix)) {
      String actual = value.length() >= 2 ? "'" + value.substring(0, 2) + "'" : "nothing";
      throw new InvalidSidException(
          kind.typeName
              + " must start with '"
              + kind.prefix
              + "' ("
              + kind.description
              + "), but starts with "
              + actual
              + ": \""
              + shown
              + "\"");
    }
    if (value.length() != 34) {
      throw new InvalidSidException(
          kind.typeName
              + " must be '"
              + kind.prefix
              + "' followed by 32 hexadecimal digits (34 characters), but has "
              + value.length()
              + " characters: \""
              + shown
              + "\"");
    }
    for (int i = 2; i < 34; i++) {
      if (Character.digit(value.charAt(i), 16) < 0) {
        throw new InvalidSidException(
            kind.typeName
                + " must be '"
                + kind.prefix
                + "' followed by 32 hexadecimal digits, but character "
                + (i + 1)
                + " is '"
                + value.charAt(i)
                + "': \""
                + shown
                + "\"");
      }
    }
    return value;
  }

  /** The prefix, type name and description of one kind of SID. */
  static final class Kind {
    final String prefix;
    final String typeName;
    final String description;

    Kind(String prefix, String typeName, String description) {
      this.prefix = prefix;
      this.typeName = typeName;
      this.description = description;
    }
  }
}
