package io.github.taskrouter4j.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiRequestTest {

  @Test
  void withForm_isImmutableAndKeepsOrder() {
    ApiRequest base = ApiRequest.post("/v1/Workspaces");
    ApiRequest named =
        base.withForm("FriendlyName", "a")
            .withForm("EventCallbackUrl", "https://x")
            .withForm("FriendlyName", "b");

    assertThat(base.form()).isEmpty();
    assertThat(named.form())
        .containsExactly(
            org.assertj.core.api.Assertions.entry("FriendlyName", List.of("a", "b")),
            org.assertj.core.api.Assertions.entry("EventCallbackUrl", List.of("https://x")));
  }

  @Test
  void numbers_renderedPlain() {
    ApiRequest request =
        ApiRequest.post("/x")
            .withForm("A", 1.50)
            .withForm("B", new BigDecimal("1E+3"))
            .withForm("C", 7L)
            .withForm("D", 0.1f);

    assertThat(request.form().get("A")).containsExactly("1.5");
    assertThat(request.form().get("B")).containsExactly("1000");
    assertThat(request.form().get("C")).containsExactly("7");
    assertThat(request.form().get("D")).containsExactly("0.1");
  }

  @Test
  void formOnGet_refused() {
    assertThatThrownBy(() -> ApiRequest.get("/v1/Workspaces").withForm("FriendlyName", "x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("GET /v1/Workspaces cannot carry form parameter FriendlyName; use withQuery");
  }

  @Test
  void nullValue_refusedWithName() {
    assertThatThrownBy(() -> ApiRequest.post("/x").withForm("Events", Arrays.asList("a", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter Events[1] is null; omit it instead");
  }

  @Test
  void unsupportedType_refusedWithAlternatives() {
    assertThatThrownBy(
            () -> ApiRequest.post("/x").withForm("Timeout", java.time.Duration.ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "parameter Timeout has unsupported type java.time.Duration; use String, Boolean, Number, Instant or an Iterable of them");
  }

  @Test
  void nonFiniteNumber_refused() {
    assertThatThrownBy(() -> ApiRequest.post("/x").withForm("Priority", Double.NaN))
        .hasMessage("parameter Priority must be finite, was NaN");
  }

  @Test
  void authorizationHeader_refused() {
    assertThatThrownBy(() -> ApiRequest.get("/x").withHeader("authorization", "Basic x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("header authorization is set by the client, not per request");
    assertThatThrownBy(() -> ApiRequest.get("/x").withHeader("Host", "evil"))
        .hasMessage("header Host is managed by the HTTP stack");
  }

  @Test
  void jsonBodyAndForm_exclusive() {
    ApiRequest json =
        ApiRequest.post("/x").withJsonBody(JsonNodeFactory.instance.objectNode().put("a", 1));

    assertThatThrownBy(() -> json.withForm("A", "b"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already has a JSON body");
    assertThatThrownBy(
            () ->
                ApiRequest.post("/x")
                    .withForm("A", "b")
                    .withJsonBody(JsonNodeFactory.instance.objectNode()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("POST /x cannot carry a JSON body and a form");
  }

  @Test
  void ambiguousRetry_defaultsToGetOnly() {
    assertThat(ApiRequest.get("/x").retryableOnAmbiguousFailure()).isTrue();
    assertThat(ApiRequest.post("/x").retryableOnAmbiguousFailure()).isFalse();
    assertThat(ApiRequest.delete("/x").retryableOnAmbiguousFailure()).isFalse();
    assertThat(
            ApiRequest.post("/x").retryableOnAmbiguousFailure(true).retryableOnAmbiguousFailure())
        .isTrue();
  }

  @Test
  void relativePathWithoutSlash_refused() {
    assertThatThrownBy(() -> ApiRequest.get("v1/Workspaces"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path must start with \"/\" or be a full http(s) URL, was \"v1/Workspaces\"");
  }
}
