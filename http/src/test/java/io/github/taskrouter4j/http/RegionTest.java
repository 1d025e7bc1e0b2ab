package io.github.taskrouter4j.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionTest {
  static TwilioHttpClient.Builder builder() {
    return TwilioHttpClient.builder()
        .credentials(Credentials.authToken(TwilioHttpClientTest.ACCOUNT, "t"));
  }

  @Test
  void defaultHost_isTaskrouterTwilioCom() {
    assertThat(builder().build().baseUri()).isEqualTo(URI.create("https://taskrouter.twilio.com"));
  }

  @Test
  void regionAndEdge_rewriteHostAsTwilioDocuments() {
    assertThat(builder().region("au1").edge("sydney").build().baseUri())
        .isEqualTo(URI.create("https://taskrouter.sydney.au1.twilio.com"));
    assertThat(builder().region("ie1").build().baseUri())
        .isEqualTo(URI.create("https://taskrouter.ie1.twilio.com"));
  }

  @Test
  void edgeWithoutRegion_impliesUs1() {
    assertThat(builder().edge("ashburn").build().baseUri())
        .isEqualTo(URI.create("https://taskrouter.ashburn.us1.twilio.com"));
  }

  @Test
  void regionalBaseUri_keepsOtherPartWhenOneIsSet() {
    assertThat(
            builder()
                .baseUri(URI.create("https://taskrouter.dublin.ie1.twilio.com"))
                .region("au1")
                .build()
                .baseUri())
        .isEqualTo(URI.create("https://taskrouter.dublin.au1.twilio.com"));
  }

  @Test
  void regionOnNonTwilioHost_leavesItAlone() {
    assertThat(
            builder().baseUri(URI.create("http://127.0.0.1:8080")).region("au1").build().baseUri())
        .isEqualTo(URI.create("http://127.0.0.1:8080"));
  }

  @Test
  void nextPageUrlOnTwilioHost_getsRegionToo() {
    URI base = URI.create("https://taskrouter.sydney.au1.twilio.com");
    URI next =
        Urls.resolve(
            base,
            "https://taskrouter.twilio.com/v1/Workspaces/WS1/Tasks?PageSize=50&PageToken=PA1",
            Optional.of("au1"),
            Optional.of("sydney"),
            Map.of());

    assertThat(next)
        .isEqualTo(
            URI.create(
                "https://taskrouter.sydney.au1.twilio.com/v1/Workspaces/WS1/Tasks?PageSize=50&PageToken=PA1"));
  }

  @Test
  void badRegion_refused() {
    assertThatThrownBy(() -> builder().region("AU 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "region must be a lowercase DNS label such as \"au1\" or \"ie1\", was \"AU 1\"");
  }

  @Test
  void plainHttp_onlyToLoopback() {
    assertThat(builder().baseUri(URI.create("http://localhost:1234")).build().baseUri().getHost())
        .isEqualTo("localhost");
    assertThat(builder().baseUri(URI.create("http://[::1]:1234")).build().baseUri().getPort())
        .isEqualTo(1234);
    assertThatThrownBy(() -> builder().baseUri(URI.create("http://10.0.0.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must use https");
    assertThatThrownBy(() -> builder().baseUri(URI.create("http://127.0.0.1.example.com")))
        .hasMessageContaining("must use https");
  }

  @Test
  void baseUriWithQuery_refused() {
    assertThatThrownBy(() -> builder().baseUri(URI.create("https://taskrouter.twilio.com?x=1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no query");
  }

  @Test
  void missingCredentials_explained() {
    assertThatThrownBy(() -> TwilioHttpClient.builder().build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("credentials are required");
  }
}
