package io.github.taskrouter4j;

import io.github.taskrouter4j.http.Credentials;
import io.github.taskrouter4j.http.RetryPolicy;
import io.github.taskrouter4j.http.stub.StubServer;

/** Clients pointed at http's loopback {@link StubServer}. */
final class StubClients {
  private StubClients() {}

  /** A client pointed at {@code stub}, without retries. */
  static TaskRouter on(StubServer stub) {
    return TaskRouter.builder()
        .credentials(Credentials.authToken("AC0123456789abcdef0123456789abcdef", "secret-token"))
        .baseUri(stub.uri())
        .retryPolicy(RetryPolicy.none())
        .build();
  }
}
