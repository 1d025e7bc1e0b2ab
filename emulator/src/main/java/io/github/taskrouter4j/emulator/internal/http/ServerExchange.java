package io.github.taskrouter4j.emulator.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request and its answer, over a socket or in process: the request's method, path, query,
 * headers and body, and the answer's status, headers and body (whole, or a stream for server-sent
 * events). Answer once: {@link #respond}, {@link #respondError} or {@link #stream}.
 */
public final class ServerExchange {
  /** Where the answer goes: the socket, or the in-process caller. */
  interface Sink {
    /**
     * Starts the answer.
     *
     * @param length the body's length, or -1 for a stream that ends when it is closed
     * @return where the body goes; closing it ends the answer
     */
    OutputStream begin(int status, Map<String, List<String>> headers, long length)
        throws IOException;
  }

  private final RequestHead head;
  private final InputStream body;
  private final Sink sink;
  private final Map<String, List<String>> responseHeaders =
      new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private boolean answered;

  ServerExchange(RequestHead head, InputStream body, Sink sink) {
    this.head = head;
    this.body = body;
    this.sink = sink;
  }

  /** The method, case as sent ({@code GET}; {@code get} is another method). */
  public String method() {
    return head.method;
  }

  /** The decoded path, e.g. {@code /v1/Workspaces}. */
  public String path() {
    return head.path;
  }

  /** The query as sent, without {@code ?}; empty when there is none. */
  public String rawQuery() {
    return head.rawQuery;
  }

  /** The request's headers, names in any case. */
  public Map<String, List<String>> headers() {
    return head.headers;
  }

  /** The first value of request header {@code name} (any case). */
  public Optional<String> header(String name) {
    return head.header(name);
  }

  /** The request body, already de-chunked; empty when there is none. */
  public InputStream body() {
    return body;
  }

  /** Sets answer header {@code name} to {@code value}, replacing earlier values. */
  public void setHeader(String name, String value) {
    List<String> values = new ArrayList<>();
    values.add(value);
    responseHeaders.put(name, values);
  }

  /** Adds a value to answer header {@code name}. */
  public void addHeader(String name, String value) {
    responseHeaders.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
  }

  /** Answers {@code status} with {@code body} of {@code contentType}. */
  public void respond(int status, String contentType, byte[] body) throws IOException {
    setHeader("Content-Type", contentType);
    try (OutputStream out = begin(status, body.length)) {
      out.write(body);
    }
  }

  /** Answers {@code status} without a body (204, 303 and the like). */
  public void respond(int status) throws IOException {
    begin(status, 0).close();
  }

  /** Answers with Twilio's error JSON: {@code code}, {@code message}, {@code more_info}, status. */
  public void respondError(ApiError error) throws IOException {
    ObjectNode json = Json.MAPPER.createObjectNode();
    json.put("code", error.code());
    json.put("message", error.getMessage());
    json.put("more_info", error.moreInfo());
    json.put("status", error.status());
    respond(error.status(), "application/json; charset=utf-8", Json.MAPPER.writeValueAsBytes(json));
  }

  /**
   * Starts a streamed answer of {@code contentType} (server-sent events): write and flush as events
   * happen; closing the stream ends the answer and its connection.
   */
  public OutputStream stream(int status, String contentType) throws IOException {
    setHeader("Content-Type", contentType);
    return begin(status, -1);
  }

  /** Answers a request refused before it could be parsed (its head is unknown) on {@code sink}. */
  static void refuse(ApiError error, Sink sink) throws IOException {
    RequestHead unknown = new RequestHead("GET", "/", "", false, Map.of(), 0, false, false);
    new ServerExchange(unknown, InputStream.nullInputStream(), sink).respondError(error);
  }

  /** Whether the answer was started. */
  boolean answered() {
    return answered;
  }

  private OutputStream begin(int status, long length) throws IOException {
    if (answered) {
      throw new IllegalStateException("This request was answered already");
    }
    answered = true;
    return sink.begin(status, responseHeaders, length);
  }
}
