package io.github.taskrouter4j.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;

/**
 * Says in words what went wrong on the wire, naming the host and port that were tried, never a Java
 * class name: {@code could not connect to 127.0.0.1:8080 (connection refused)}.
 */
final class FailureReason {
  private static final int HTTPS_PORT = 443;
  private static final int HTTP_PORT = 80;

  /**
   * What the JDK client says when a connection ends before the first byte of an answer: on a
   * kept-alive connection, the server usually closed it as idle just as the request went out.
   */
  private static final String NO_ANSWER_BYTES = "header parser received no bytes";

  private FailureReason() {}

  /**
   * The reason an exchange with {@code uri} failed.
   *
   * @param e what the transport threw
   * @param uri the URI that was tried
   * @param requestTimeout the timeout the request was sent with
   * @return a lower-case phrase, such as {@code could not connect to example.com:443 (connection
   *     refused)}
   */
  static String describe(IOException e, URI uri, Duration requestTimeout) {
    String address = address(uri);
    if (e instanceof HttpConnectTimeoutException) {
      return "could not connect to " + address + " within the connect timeout";
    }
    if (e instanceof HttpTimeoutException) {
      return "no answer from " + address + " within the request timeout of " + requestTimeout;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException) {
        return "could not connect to " + address + " (unknown host " + uri.getHost() + ")";
      }
      if (t instanceof NoRouteToHostException) {
        return "could not connect to " + address + " (no route to host)";
      }
      if (t instanceof ConnectException) {
        return "could not connect to " + address + " (" + detail(t, "connection refused") + ")";
      }
      if (t.getMessage() != null && t.getMessage().contains(NO_ANSWER_BYTES)) {
        Throwable root = t;
        while (root.getCause() != null) {
          root = root.getCause();
        }
        return "the connection to "
            + address
            + " failed (the server closed the connection without answering"
            + (root == t ? "" : ": " + detail(root, "connection closed"))
            + "; a server closing a kept-alive connection as idle does this)";
      }
    }
    return "the connection to " + address + " failed (" + detail(e, "connection closed") + ")";
  }

  /** {@code host:port}, with the scheme's default port when the URI names none. */
  static String address(URI uri) {
    int port = uri.getPort();
    if (port < 0) {
      port = "https".equalsIgnoreCase(uri.getScheme()) ? HTTPS_PORT : HTTP_PORT;
    }
    return uri.getHost() + ":" + port;
  }

  /**
   * The JDK's message for the failure, without the exception class names it often carries ({@code
   * java.io.EOFException: EOF reached while reading}); the first cause with a message speaks.
   */
  private static String detail(Throwable failure, String fallback) {
    String message = null;
    for (Throwable t = failure; t != null && message == null; t = t.getCause()) {
      String text = t.getMessage();
      if (text != null) {
        String clean =
            text.replaceAll("(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error):?\\s*", "").trim();
        message = clean.isEmpty() ? null : clean;
      }
    }
    if (message == null) {
      return fallback;
    }
    // "Connection refused" reads as "(connection refused)"; "HTTP/1.1 header…" keeps its case.
    boolean word = message.length() > 1 && Character.isLowerCase(message.charAt(1));
    return word ? message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1) : message;
  }
}
