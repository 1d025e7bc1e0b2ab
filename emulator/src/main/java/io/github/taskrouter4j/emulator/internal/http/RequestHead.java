package io.github.taskrouter4j.emulator.internal.http;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed request line and header section: method (case-sensitive, as RFC 9110 has it), the
 * decoded path, the raw query, the headers (names in any case) and how the body is framed.
 */
final class RequestHead {
  /** The path of {@code OPTIONS *}: the server as a whole rather than a resource. */
  static final String ASTERISK = "*";

  final String method;
  final String path;
  final String rawQuery;
  final boolean http10;
  final Map<String, List<String>> headers;
  final long contentLength;
  final boolean chunked;
  final boolean expectContinue;

  RequestHead(
      String method,
      String path,
      String rawQuery,
      boolean http10,
      Map<String, List<String>> headers,
      long contentLength,
      boolean chunked,
      boolean expectContinue) {
    this.method = method;
    this.path = path;
    this.rawQuery = rawQuery;
    this.http10 = http10;
    this.headers = Collections.unmodifiableMap(headers);
    this.contentLength = contentLength;
    this.chunked = chunked;
    this.expectContinue = expectContinue;
  }

  /** The first value of header {@code name} (any case). */
  Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Whether a body follows the head. */
  boolean hasBody() {
    return chunked || contentLength > 0;
  }

  /** Whether the client asked to close the connection after this answer (or speaks HTTP/1.0). */
  boolean wantsClose() {
    if (http10) {
      return true;
    }
    for (String value : headers.getOrDefault("Connection", List.of())) {
      for (String option : value.split(",")) {
        if (option.trim().equalsIgnoreCase("close")) {
          return true;
        }
      }
    }
    return false;
  }
}
