package io.github.taskrouter4j.emulator.internal.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a request line and header section off the wire, within limits, and checks the target and
 * body framing. Never buffers more than a limit: a 1 MB request line is refused after its first
 * {@value #MAX_REQUEST_LINE} bytes. Every refusal is an {@link ApiError} (code 20001) whose message
 * says what was wrong, where, and what is allowed.
 */
final class HeadParser {
  /** The longest request line read; a longer one gets 414. */
  static final int MAX_REQUEST_LINE = 8 * 1024;

  /** The most bytes of header lines read; more get 431. */
  static final int MAX_HEADER_BYTES = 64 * 1024;

  /** The most header lines read; more get 431. */
  static final int MAX_HEADERS = 100;

  /** Empty lines allowed before a request line (RFC 9112 section 2.2 allows at least one). */
  private static final int MAX_LEADING_EMPTY_LINES = 4;

  private static final String TOKEN_PUNCTUATION = "!#$%&'*+-.^_`|~";

  private HeadParser() {}

  /**
   * Reads one request head from {@code in}.
   *
   * @return the head, or null when the connection ended before a request began
   * @throws ApiError when the head is malformed or over a limit (answer it, then close)
   * @throws EOFException when the connection ended in the middle of the head
   */
  static RequestHead read(InputStream in) throws IOException {
    String requestLine = "";
    for (int empty = 0; requestLine.isEmpty(); empty++) {
      if (empty > MAX_LEADING_EMPTY_LINES) {
        throw ApiError.invalid("The request begins with more than 4 empty lines");
      }
      if (empty == 0) {
        int first = in.read();
        if (first < 0) {
          return null;
        }
        requestLine = line(in, first, MAX_REQUEST_LINE, true);
      } else {
        requestLine = line(in, -1, MAX_REQUEST_LINE, true);
      }
    }
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    int headerBytes = 0;
    for (int count = 0; ; count++) {
      String field = line(in, -1, Math.max(0, MAX_HEADER_BYTES - headerBytes), false);
      if (field.isEmpty()) {
        break;
      }
      if (count == MAX_HEADERS) {
        throw new ApiError(
            431, 20001, "The request has more than " + MAX_HEADERS + " header lines");
      }
      headerBytes += field.length() + 2;
      addField(headers, field);
    }
    return head(requestLine, headers);
  }

  /** Checks a request line and its headers (parsed already) and frames the body. */
  static RequestHead head(String requestLine, Map<String, List<String>> headers) {
    String[] parts = requestLine.split(" ", -1);
    if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
      throw ApiError.invalid(
          "The request line must be METHOD, one space, the target, one space and HTTP/1.1, was '"
              + shown(requestLine)
              + "'");
    }
    String method = parts[0];
    if (!isToken(method)) {
      throw ApiError.invalid("The request method '" + shown(method) + "' is not an HTTP token");
    }
    boolean http10 = version(parts[2]);
    List<String> hosts = headers.getOrDefault("Host", List.of());
    if (!http10 && hosts.size() != 1) {
      throw ApiError.invalid(
          "An HTTP/1.1 request must carry exactly one Host header, it carried " + hosts.size());
    }
    String host = hosts.isEmpty() ? null : hosts.get(0);
    String target = parts[1];
    if (target.equals(RequestHead.ASTERISK) && method.equals("OPTIONS")) {
      return framed(method, RequestHead.ASTERISK, "", http10, headers);
    }
    String originForm = originForm(target, host);
    int q = originForm.indexOf('?');
    String rawPath = q < 0 ? originForm : originForm.substring(0, q);
    String rawQuery = q < 0 ? "" : originForm.substring(q + 1);
    String path = Percent.decode(rawPath, false, "the request path");
    checkQuery(rawQuery);
    return framed(method, path, rawQuery, http10, headers);
  }

  /** The target as a path and query; an absolute-form target must name the Host header's host. */
  private static String originForm(String target, String host) {
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      if (c <= ' ' || c >= 0x7f || c == '#') {
        throw ApiError.invalid(
            "The request target may hold only visible ASCII characters and no '#', it has "
                + describe(c)
                + " at character "
                + (i + 1));
      }
    }
    if (target.startsWith("/")) {
      return target;
    }
    if (target.regionMatches(true, 0, "http://", 0, 7)) {
      int end = target.length();
      for (char c : new char[] {'/', '?'}) {
        int at = target.indexOf(c, 7);
        if (at >= 0 && at < end) {
          end = at;
        }
      }
      String authority = target.substring(7, end);
      if (host == null || !hostName(authority).equalsIgnoreCase(hostName(host.trim()))) {
        throw ApiError.invalid(
            "The absolute-form target names host '"
                + shown(authority)
                + "' but the Host header is "
                + (host == null ? "missing" : "'" + shown(host) + "'"));
      }
      String rest = target.substring(end);
      return rest.startsWith("/") ? rest : "/" + rest;
    }
    throw ApiError.invalid(
        "The request target must be a path starting with '/' (or http://host/path), was '"
            + shown(target)
            + "'");
  }

  /** The host of {@code host[:port]} (an IPv6 literal keeps its brackets). */
  private static String hostName(String authority) {
    int colon = authority.lastIndexOf(':');
    return colon > authority.lastIndexOf(']') ? authority.substring(0, colon) : authority;
  }

  private static void checkQuery(String rawQuery) {
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = Percent.decode(eq < 0 ? pair : pair.substring(0, eq), true, "the query");
      if (eq >= 0) {
        Percent.decode(pair.substring(eq + 1), true, "query parameter '" + name + "'");
      }
    }
  }

  /** Whether the version is HTTP/1.0 (true) or HTTP/1.1 (false); anything else is refused. */
  private static boolean version(String version) {
    if (version.equals("HTTP/1.1")) {
      return false;
    }
    if (version.equals("HTTP/1.0")) {
      return true;
    }
    if (version.matches("HTTP/[0-9]\\.[0-9]")) {
      throw new ApiError(
          505, 20001, "HTTP version " + version + " is not supported; send HTTP/1.1 or HTTP/1.0");
    }
    throw ApiError.invalid(
        "The request line must end with HTTP/1.1 or HTTP/1.0, was '" + shown(version) + "'");
  }

  private static RequestHead framed(
      String method,
      String path,
      String rawQuery,
      boolean http10,
      Map<String, List<String>> headers) {
    List<String> encodings = headers.getOrDefault("Transfer-Encoding", List.of());
    List<String> lengths = headers.getOrDefault("Content-Length", List.of());
    boolean chunked = !encodings.isEmpty();
    if (chunked && !lengths.isEmpty()) {
      throw ApiError.invalid(
          "A request may carry Content-Length or Transfer-Encoding, not both (RFC 9112 section"
              + " 6.1)");
    }
    if (chunked) {
      String coding = String.join(",", encodings).trim();
      if (http10 || !coding.equalsIgnoreCase("chunked")) {
        throw new ApiError(
            501,
            20001,
            "Transfer-Encoding must be chunked (on HTTP/1.1), was '" + shown(coding) + "'");
      }
    }
    long contentLength = lengths.isEmpty() ? 0 : contentLength(lengths);
    boolean expectContinue = false;
    List<String> expect = headers.getOrDefault("Expect", List.of());
    if (!http10 && !expect.isEmpty()) {
      if (expect.size() > 1 || !expect.get(0).trim().equalsIgnoreCase("100-continue")) {
        throw new ApiError(
            417,
            20001,
            "Expect must be 100-continue, was '" + shown(String.join(", ", expect)) + "'");
      }
      expectContinue = true;
    }
    return new RequestHead(
        method, path, rawQuery, http10, headers, contentLength, chunked, expectContinue);
  }

  /** One length, however often repeated (RFC 9112 section 6.3 allows identical repeats). */
  private static long contentLength(List<String> lengths) {
    String first = null;
    for (String line : lengths) {
      for (String value : line.split(",", -1)) {
        String v = value.trim();
        if (v.isEmpty() || v.length() > 18 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
          throw ApiError.invalid(
              "Content-Length must be a number of bytes, was '" + shown(line) + "'");
        }
        if (first != null && !first.equals(v)) {
          throw ApiError.invalid(
              "The request carries different Content-Length values: " + first + " and " + v);
        }
        first = v;
      }
    }
    return Long.parseLong(first);
  }

  private static void addField(Map<String, List<String>> headers, String field) {
    if (field.charAt(0) == ' ' || field.charAt(0) == '\t') {
      throw ApiError.invalid(
          "Header lines may not be folded (a line starting with a space or tab): '"
              + shown(field)
              + "'");
    }
    int colon = field.indexOf(':');
    String name = colon < 0 ? "" : field.substring(0, colon);
    if (!isToken(name)) {
      throw ApiError.invalid(
          "A header line must be a name, a colon and a value, with no space before the colon,"
              + " was '"
              + shown(field)
              + "'");
    }
    String value = field.substring(colon + 1).trim();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < ' ' && c != '\t') || c == 0x7f) {
        throw ApiError.invalid(
            "The value of header " + name + " holds " + describe(c) + " at character " + (i + 1));
      }
    }
    headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
  }

  /**
   * A line up to LF (its CR, if any, dropped), of at most {@code limit} bytes; {@code first} is a
   * byte already read, or -1.
   */
  private static String line(InputStream in, int first, int limit, boolean requestLine)
      throws IOException {
    StringBuilder text = new StringBuilder();
    int b = first < 0 ? in.read() : first;
    while (b != '\n') {
      if (b < 0) {
        throw new EOFException("the connection ended in the middle of the request head");
      }
      if (text.length() > limit) { // one more than the limit: room for the line's CR
        throw requestLine
            ? new ApiError(
                414, 20001, "The request line is longer than " + MAX_REQUEST_LINE + " bytes")
            : new ApiError(
                431, 20001, "The request's header lines exceed " + MAX_HEADER_BYTES + " bytes");
      }
      text.append((char) b);
      b = in.read();
    }
    int end = text.length();
    if (end > 0 && text.charAt(end - 1) == '\r') {
      text.setLength(end - 1);
    }
    if (text.indexOf("\r") >= 0) {
      throw ApiError.invalid("A line of the request head holds a CR that does not end it");
    }
    return text.toString();
  }

  private static boolean isToken(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alnum && TOKEN_PUNCTUATION.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** At most 100 characters of {@code text}, control characters shown as \\uXXXX. */
  private static String shown(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && i < 100; i++) {
      char c = text.charAt(i);
      out.append(c < ' ' || c >= 0x7f ? String.format(Locale.ROOT, "\\u%04x", (int) c) : c);
    }
    return text.length() > 100 ? out + "…" : out.toString();
  }

  private static String describe(char c) {
    return c == ' ' ? "a space" : "the character " + String.format(Locale.ROOT, "U+%04X", (int) c);
  }
}
