package io.github.taskrouter4j.emulator.internal.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict percent-decoding of paths, queries and form bodies: a {@code %} not followed by two
 * hexadecimal digits, or bytes that are not UTF-8, are refused with a message naming the bad
 * sequence, where it was and what is allowed.
 */
final class Percent {
  private Percent() {}

  /**
   * Decodes {@code raw}; {@code plusIsSpace} for form encoding (queries and form bodies).
   *
   * @param where what {@code raw} is, for the message: "the request path", "query parameter 'a'"
   * @throws ApiError 400, code 20001, naming the bad sequence and its position
   */
  static String decode(String raw, boolean plusIsSpace, String where) {
    if (raw.indexOf('%') < 0) {
      return plusIsSpace ? raw.replace('+', ' ') : raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int high = i + 1 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
        int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
        if (high < 0 || low < 0) {
          String sequence = raw.substring(i, Math.min(raw.length(), i + 3));
          throw ApiError.invalid(
              "Bad percent-encoding '"
                  + sequence
                  + "' at character "
                  + (i + 1)
                  + " of "
                  + where
                  + ": '%' must be followed by two hexadecimal digits");
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiError.invalid(
          "Bad percent-encoding in " + where + ": the decoded bytes are not UTF-8");
    }
  }
}
