package io.github.taskrouter4j.token;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A token whose header or payload segment is broken is refused with what is wrong and where. */
class TokenSegmentTest {
  private static final String SECRET = AccessTokenTest.SECRET;

  private static String withHeader(String header) {
    String[] parts = AccessTokenTest.token().build().toJwt().split("\\.");
    return header + "." + parts[1] + "." + parts[2];
  }

  @Test
  void headerNotBase64url_isRefused() {
    assertThatThrownBy(() -> TokenDecoder.decode(withHeader("%%%"), SECRET))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessage("the token's header is not base64url");
  }

  @Test
  void headerNotJson_isRefused() {
    assertThatThrownBy(() -> TokenDecoder.decode(withHeader(JwtParts.encode("{alg")), SECRET))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageStartingWith("the token's header is not JSON: ");
  }

  @Test
  void headerAJsonArray_isRefused() {
    assertThatThrownBy(() -> TokenDecoder.decode(withHeader(JwtParts.encode("[1]")), SECRET))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessage("the token's header is not a JSON object");
  }
}
