package io.github.taskrouter4j.emulator.internal.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class HeadParserTest {
  private static RequestHead parse(String text) throws IOException {
    return HeadParser.read(new ByteArrayInputStream(text.getBytes(ISO_8859_1)));
  }

  private static ApiError refusal(String text) {
    try {
      parse(text);
    } catch (ApiError e) {
      return e;
    } catch (IOException e) {
      throw new AssertionError("not refused but " + e, e);
    }
    throw new AssertionError("accepted: " + text);
  }

  @Test
  void read_wellFormedHead_givesItsParts() throws IOException {
    RequestHead head =
        parse(
            "\r\nPOST /v1/Work%20spaces?a=%41&b=c+d HTTP/1.1\r\nhost: x\r\nContent-Length: 12\r\n"
                + "X-Two: 1\r\nx-two: 2\r\n\r\nbody");

    assertThat(head.method).isEqualTo("POST");
    assertThat(head.path).isEqualTo("/v1/Work spaces");
    assertThat(head.rawQuery).isEqualTo("a=%41&b=c+d");
    assertThat(head.contentLength).isEqualTo(12);
    assertThat(head.headers.get("X-TWO")).containsExactly("1", "2");
    assertThat(head.header("Host")).contains("x");
    assertThat(head.wantsClose()).isFalse();
  }

  @Test
  void read_nothing_isNoRequest() throws IOException {
    assertThat(parse("")).isNull();
  }

  @Test
  void read_headCutShort_isEndOfStream() {
    assertThatThrownBy(() -> parse("GET / HTTP/1.1\r\nHost: x\r\n"))
        .isInstanceOf(EOFException.class);
  }

  @Test
  void read_requestLineOverTheLimit_is414AfterReadingOnlyTheLimit() {
    CountingInput in = new CountingInput(1024 * 1024);

    assertThatThrownBy(() -> HeadParser.read(in))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(414));
    assertThat(in.read).isLessThanOrEqualTo(HeadParser.MAX_REQUEST_LINE + 2);
  }

  @Test
  void read_absoluteForm_isAcceptedForItsOwnHost() throws IOException {
    RequestHead head = parse("GET HTTP://LocalHost:8080?x=1 HTTP/1.1\r\nHost: localhost\r\n\r\n");

    assertThat(head.path).isEqualTo("/");
    assertThat(head.rawQuery).isEqualTo("x=1");
  }

  @Test
  void read_http10_wantsCloseAndNeedsNoHost() throws IOException {
    assertThat(parse("GET / HTTP/1.0\r\n\r\n").wantsClose()).isTrue();
    assertThat(
            parse("GET / HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, Close\r\n\r\n")
                .wantsClose())
        .isTrue();
  }

  @Test
  void read_repeatedEqualContentLengths_areOne() throws IOException {
    assertThat(
            parse("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3, 3\r\nContent-Length: 3\r\n\r\n")
                .contentLength)
        .isEqualTo(3);
  }

  @Test
  void read_refusals_sayWhatWasWrong() {
    assertThat(refusal("GET /a b HTTP/1.1\r\nHost: x\r\n\r\n").getMessage())
        .startsWith("The request line must be METHOD, one space, the target");
    assertThat(refusal("GET /\u0001 HTTP/1.1\r\nHost: x\r\n\r\n").getMessage())
        .isEqualTo(
            "The request target may hold only visible ASCII characters and no '#', it has the"
                + " character U+0001 at character 2");
    assertThat(refusal("GET /#frag HTTP/1.1\r\nHost: x\r\n\r\n").status()).isEqualTo(400);
    assertThat(refusal("GET / HTTP/1.1\r\nHost: x\r\nX : y\r\n\r\n").getMessage())
        .startsWith("A header line must be a name, a colon and a value");
    assertThat(refusal("GET / HTTP/1.1\rHost: x\r\n\r\n").getMessage())
        .isEqualTo("A line of the request head holds a CR that does not end it");
    assertThat(refusal("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1e3\r\n\r\n").getMessage())
        .isEqualTo("Content-Length must be a number of bytes, was '1e3'");
    assertThat(refusal("\r\n".repeat(6) + "GET / HTTP/1.1\r\n\r\n").status()).isEqualTo(400);
  }

  @Property(tries = 200)
  void read_anyWellFormedHead_keepsMethodPathAndHeaders(
      @ForAll("methods") String method,
      @ForAll("segments") List<String> segments,
      @ForAll @IntRange(min = 0, max = 30) int headerCount)
      throws IOException {
    String path = "/" + String.join("/", segments);
    StringBuilder text = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: h\r\n");
    for (int i = 0; i < headerCount; i++) {
      text.append("X-H").append(i).append(": v").append(i).append("\r\n");
    }
    RequestHead head = parse(text.append("\r\n").toString());

    assertThat(head.method).isEqualTo(method);
    assertThat(head.path).isEqualTo(path);
    assertThat(head.headers).hasSize(headerCount + 1);
  }

  @Property(tries = 300)
  void read_anyBytes_isParsedOrRefusedWithAnHttpStatus(@ForAll("junk") String junk) {
    try {
      parse(junk);
    } catch (ApiError e) {
      assertThat(e.status()).isIn(400, 414, 417, 431, 501, 505);
      assertThat(e.getMessage()).doesNotContain("Exception");
    } catch (IOException e) {
      assertThat(e).isInstanceOf(EOFException.class);
    }
  }

  @Provide
  Arbitrary<String> methods() {
    return Arbitraries.strings()
        .withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabc-_")
        .ofMinLength(1)
        .ofMaxLength(10);
  }

  @Provide
  Arbitrary<List<String>> segments() {
    return Arbitraries.strings()
        .withChars("abcXYZ019-._~!$&'()*+,;=:@")
        .ofMaxLength(12)
        .list()
        .ofMaxSize(6);
  }

  @Provide
  Arbitrary<String> junk() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "GET",
            "POST",
            " ",
            "/",
            "/v1",
            "%",
            "%zz",
            "%41",
            "?",
            "&",
            "=",
            "HTTP/1.1",
            "HTTP/1.0",
            "HTTP/9.9",
            "\r\n",
            "\n",
            "\r",
            ":",
            "Host",
            "Content-Length",
            "Transfer-Encoding",
            "chunked",
            "Expect",
            "100-continue",
            "*",
            "http://",
            "#",
            "\u0000",
            "\t",
            "x");
    return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
  }

  /** An endless request line of 'a's that counts what was read. */
  private static final class CountingInput extends InputStream {
    private final int size;
    int read;

    CountingInput(int size) {
      this.size = size;
    }

    @Override
    public int read() {
      if (read >= size) {
        return -1;
      }
      return read++ == 0 ? 'G' : 'a';
    }
  }
}
