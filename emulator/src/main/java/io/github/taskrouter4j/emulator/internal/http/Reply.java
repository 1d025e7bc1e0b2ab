package io.github.taskrouter4j.emulator.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** An answer: status, JSON body (none for 204) and an optional ETag. */
public final class Reply {
  final int status;
  final Optional<JsonNode> body;
  final Optional<String> etag;

  private Reply(int status, Optional<JsonNode> body, Optional<String> etag) {
    this.status = status;
    this.body = body;
    this.etag = etag;
  }

  public static Reply ok(JsonNode body) {
    return new Reply(200, Optional.of(body), Optional.empty());
  }

  public static Reply created(JsonNode body) {
    return new Reply(201, Optional.of(body), Optional.empty());
  }

  public static Reply noContent() {
    return new Reply(204, Optional.empty(), Optional.empty());
  }

  public Reply withEtag(String value) {
    return new Reply(status, body, Optional.of(value));
  }
}
