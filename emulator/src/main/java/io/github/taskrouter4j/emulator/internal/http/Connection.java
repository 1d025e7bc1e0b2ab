package io.github.taskrouter4j.emulator.internal.http;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One client connection. It holds a request thread only while a request is read and answered:
 * between requests it waits in the front's idle set, without a thread, until its next bytes arrive.
 * It ends when the client closes, asks to close, idles past the keep-alive timeout or sends
 * something the front refuses (answered, then closed).
 */
final class Connection implements Runnable {
  private static final System.Logger LOG = System.getLogger(Connection.class.getName());
  private static final byte[] CONTINUE =
      "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  /** How long a closing connection reads and drops what the client still sends. */
  private static final int LINGER_MILLIS = 2000;

  /** The most bytes a closing connection reads and drops. */
  private static final long MAX_LINGER_BYTES = 4 * 1024 * 1024;

  /** How long a request thread waits for a kept-alive connection's next request. */
  private static final long KEEP_READING_MILLIS = 2;

  /** {@link #writingSince} while no write is in progress. */
  private static final long NOT_WRITING = Long.MIN_VALUE;

  final SocketChannel channel;
  private final HttpFront front;
  private final Socket socket;
  private volatile boolean streaming;
  private DeadlineInput deadline;
  private BufferedInputStream in;
  private OutputStream out;

  /**
   * When the connection last became idle ({@link System#nanoTime()}), for the keep-alive timeout.
   */
  volatile long idleSince;

  /** When the write in progress began ({@link System#nanoTime()}), or {@link #NOT_WRITING}. */
  private volatile long writingSince = NOT_WRITING;

  Connection(HttpFront front, SocketChannel channel) {
    this.front = front;
    this.channel = channel;
    this.socket = channel.socket();
  }

  /** Serves the requests that have arrived, then goes back to the idle set (or closes). */
  @Override
  public void run() {
    boolean idle = false;
    try {
      if (in == null) {
        deadline = new DeadlineInput(socket);
        in = new BufferedInputStream(deadline);
        out = new BufferedOutputStream(new WatchedOutput(socket.getOutputStream()));
      }
      while (serveOne()) {
        if (in.available() == 0 && !nextRequestArrivesSoon()) {
          idle = true;
          front.idle(this);
          return;
        }
      }
    } catch (IOException e) {
      // the client went away; nothing to answer
    } finally {
      if (!idle && !streaming) {
        lingerAndClose();
      }
    }
  }

  /**
   * Waits up to {@link #KEEP_READING_MILLIS} on this thread for the client's next request. A client
   * making calls one after another sends the next within microseconds of reading an answer; serving
   * it here saves handing the connection to the idle watcher and back (a selector wake-up, two
   * registrations and a thread switch each way). A connection that stays quiet goes to the idle set
   * after the wait, so it holds a thread for at most that long.
   */
  private boolean nextRequestArrivesSoon() throws IOException {
    deadline.within(TimeUnit.MILLISECONDS.toNanos(KEEP_READING_MILLIS));
    in.mark(1);
    try {
      if (in.read() < 0) {
        return false;
      }
    } catch (DeadlineInput.Expired quiet) {
      return false;
    }
    in.reset();
    return true;
  }

  /**
   * Closes after the answer has gone out: ends the output, then reads and drops what the client is
   * still sending (for a bounded time), so that closing does not reset the connection and lose the
   * answer before the client reads it.
   */
  private void lingerAndClose() {
    try {
      out.flush();
      socket.shutdownOutput();
      socket.setSoTimeout(LINGER_MILLIS);
      long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LINGER_MILLIS);
      byte[] drop = new byte[8192];
      long dropped = 0;
      while (dropped < MAX_LINGER_BYTES && System.nanoTime() < until) {
        int n = socket.getInputStream().read(drop);
        if (n < 0) {
          break;
        }
        dropped += n;
      }
    } catch (IOException | RuntimeException e) {
      // the client is gone or slow: close regardless
    }
    close();
  }

  /**
   * Whether a write to the client has been blocked for longer than {@code limitNanos} at {@code
   * now}: the client stopped taking its answer (or its event stream) and the socket's send buffer
   * is full.
   */
  boolean writeStalled(long now, long limitNanos) {
    long since = writingSince;
    return since != NOT_WRITING && now - since > limitNanos;
  }

  /** Closes the socket, whatever it is doing. */
  void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // closing anyway
    }
    front.forget(this);
  }

  /** Serves one request; true when the connection can carry another. */
  private boolean serveOne() throws IOException {
    deadline.within(front.deadlineNanos);
    RequestHead head;
    try {
      head = HeadParser.read(in);
    } catch (ApiError e) {
      refuse(e);
      return false;
    } catch (DeadlineInput.Expired e) {
      refuse(timeout());
      return false;
    }
    if (head == null) {
      return false;
    }
    if (head.contentLength > ApiHandler.MAX_BODY) {
      refuse(ApiHandler.tooLarge());
      return false;
    }
    return serve(head);
  }

  private boolean serve(RequestHead head) throws IOException {
    BodyInput body = new BodyInput(in, head, this::sendContinue);
    Sink sink = new Sink(head, body);
    ServerExchange exchange = new ServerExchange(head, body, sink);
    try {
      front.handler().handle(exchange);
    } catch (DeadlineInput.Expired e) {
      if (!exchange.answered()) {
        refuse(timeout());
      }
      return false;
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "Internal error answering " + head.method + " " + head.path, e);
      if (!exchange.answered()) {
        refuse(ApiError.internal());
      }
      return false;
    }
    if (!exchange.answered()) {
      LOG.log(Level.ERROR, "No answer to " + head.method + " " + head.path);
      return false;
    }
    if (sink.streaming) {
      return false;
    }
    out.flush();
    return !sink.closing;
  }

  private static ApiError timeout() {
    return new ApiError(
        408,
        20001,
        "The request did not arrive within the emulator's request deadline; send it whole and"
            + " promptly");
  }

  private void sendContinue() throws IOException {
    out.write(CONTINUE);
    out.flush();
  }

  /**
   * Answers a request the front refuses, without reading more of it (the connection then closes).
   */
  private void refuse(ApiError error) {
    try {
      ServerExchange.refuse(error, new Sink(null, null));
      out.flush();
    } catch (IOException e) {
      // the client is gone; nothing more to do
    }
  }

  /** Writes the answer's head, then its body, on this connection. */
  private final class Sink implements ServerExchange.Sink {
    private final RequestHead head;
    private final BodyInput body;
    boolean closing;
    boolean streaming;

    Sink(RequestHead head, BodyInput body) {
      this.head = head;
      this.body = body;
    }

    @Override
    public OutputStream begin(int status, Map<String, List<String>> headers, long length)
        throws IOException {
      streaming = length < 0;
      closing =
          body == null
              || streaming
              || head == null
              || head.wantsClose()
              || !body.complete()
              || front.closing;
      StringBuilder text = new StringBuilder(256);
      text.append("HTTP/1.1 ").append(status).append(' ').append(Reasons.of(status)).append("\r\n");
      text.append("Date: ")
          .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)))
          .append("\r\n");
      for (Map.Entry<String, List<String>> header : headers.entrySet()) {
        for (String value : header.getValue()) {
          text.append(header.getKey()).append(": ").append(value).append("\r\n");
        }
      }
      if (!streaming && status != 204 && status != 304) {
        text.append("Content-Length: ").append(length).append("\r\n");
      }
      if (closing) {
        text.append("Connection: close\r\n");
      }
      text.append("\r\n");
      out.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
      if (streaming) {
        Connection.this.streaming = true;
        out.flush();
        return new Stream();
      }
      return new Body(head != null && head.method.equals("HEAD"));
    }
  }

  /** A whole body: written unless the request was HEAD; closing it flushes. */
  private final class Body extends OutputStream {
    private final boolean discard;

    Body(boolean discard) {
      this.discard = discard;
    }

    @Override
    public void write(int b) throws IOException {
      if (!discard) {
        out.write(b);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      if (!discard) {
        out.write(bytes, offset, length);
      }
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }

  /** A streamed body, written through; closing it ends the answer and the connection. */
  private final class Stream extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() {
      Connection.this.close();
    }
  }

  /** The socket's output, noting when each write begins and ends so the front can see a stall. */
  private final class WatchedOutput extends OutputStream {
    private final OutputStream socketOut;

    WatchedOutput(OutputStream socketOut) {
      this.socketOut = socketOut;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1); // the buffer in front writes arrays; this is not hot
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      writingSince = System.nanoTime();
      try {
        socketOut.write(bytes, offset, length);
      } finally {
        writingSince = NOT_WRITING;
      }
    }

    @Override
    public void flush() throws IOException {
      socketOut.flush();
    }
  }
}
