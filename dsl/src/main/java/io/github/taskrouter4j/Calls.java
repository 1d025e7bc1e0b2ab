package io.github.taskrouter4j;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.http.ApiRequest;
import io.github.taskrouter4j.http.ApiResponse;
import io.github.taskrouter4j.http.Page;
import io.github.taskrouter4j.http.PageOptions;
import io.github.taskrouter4j.http.TwilioHttpClient;
import io.github.taskrouter4j.resource.Task;
import io.github.taskrouter4j.resource.TaskReservation;
import io.github.taskrouter4j.resource.Worker;
import io.github.taskrouter4j.resource.WorkerReservation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** The few shapes every TaskRouter call takes, on one shared {@link TwilioHttpClient}. */
final class Calls {
  private final TwilioHttpClient http;

  Calls(TwilioHttpClient http) {
    this.http = http;
  }

  TwilioHttpClient http() {
    return http;
  }

  <T> T get(String path, Map<String, List<String>> query, Class<T> type) {
    return body(http.send(withQuery(ApiRequest.get(path), query), type));
  }

  <T> CompletableFuture<T> getAsync(String path, Map<String, List<String>> query, Class<T> type) {
    return http.sendAsync(withQuery(ApiRequest.get(path), query), type).thenApply(Calls::body);
  }

  <T> T post(String path, Map<String, List<String>> form, Optional<String> ifMatch, Class<T> type) {
    return body(http.send(postRequest(path, form, ifMatch), type));
  }

  <T> CompletableFuture<T> postAsync(
      String path, Map<String, List<String>> form, Optional<String> ifMatch, Class<T> type) {
    return http.sendAsync(postRequest(path, form, ifMatch), type).thenApply(Calls::body);
  }

  <T> T postJson(String path, ObjectNode body, Class<T> type) {
    Objects.requireNonNull(body, "body == null");
    return body(http.send(ApiRequest.post(path).withJsonBody(body), type));
  }

  <T> CompletableFuture<T> postJsonAsync(String path, ObjectNode body, Class<T> type) {
    Objects.requireNonNull(body, "body == null");
    return http.sendAsync(ApiRequest.post(path).withJsonBody(body), type).thenApply(Calls::body);
  }

  /**
   * Refuses parameters this endpoint does not take, rather than dropping them silently.
   *
   * @param where what the call reads, for the message
   */
  static void refuse(Map<String, List<String>> params, String where, String... names) {
    for (String name : names) {
      if (params.containsKey(name)) {
        throw new IllegalArgumentException(
            name + " is not a parameter of the " + where + "; remove it from the request");
      }
    }
  }

  void delete(String path, Optional<String> ifMatch) {
    http.send(deleteRequest(path, ifMatch));
  }

  CompletableFuture<Void> deleteAsync(String path, Optional<String> ifMatch) {
    return http.sendAsync(deleteRequest(path, ifMatch)).thenApply(r -> null);
  }

  <T> Stream<T> list(String path, Map<String, List<String>> query, String key, Class<T> type) {
    return http.stream(withQuery(ApiRequest.get(path), query), key, type, PageOptions.all());
  }

  <T> CompletableFuture<List<T>> listAsync(
      String path, Map<String, List<String>> query, String key, Class<T> type) {
    return collect(withQuery(ApiRequest.get(path), query), key, type, new ArrayList<>());
  }

  private <T> CompletableFuture<List<T>> collect(
      ApiRequest request, String key, Class<T> type, List<T> into) {
    return http.pageAsync(request, key, type)
        .thenCompose(
            (Page<T> page) -> {
              into.addAll(page.items());
              Optional<ApiRequest> next = page.nextPage();
              if (next.isPresent() && !page.items().isEmpty()) {
                return collect(next.get(), key, type, into);
              }
              return CompletableFuture.completedFuture(List.copyOf(into));
            });
  }

  /** A path segment, percent-encoded (a task channel's unique name may hold any character). */
  static String segment(Object value) {
    return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Runs {@code spec} on a fresh builder and builds it. */
  static <B, R> R build(
      Supplier<B> builder, Consumer<? super B> spec, java.util.function.Function<B, R> build) {
    Objects.requireNonNull(spec, "spec == null");
    B b = builder.get();
    spec.accept(b);
    return build.apply(b);
  }

  private static ApiRequest postRequest(
      String path, Map<String, List<String>> form, Optional<String> ifMatch) {
    ApiRequest request = ApiRequest.post(path);
    for (Map.Entry<String, List<String>> e : form.entrySet()) {
      for (String v : e.getValue()) {
        request = request.withForm(e.getKey(), v);
      }
    }
    return ifMatch.isPresent() ? request.withIfMatch(ifMatch.get()) : request;
  }

  private static ApiRequest deleteRequest(String path, Optional<String> ifMatch) {
    ApiRequest request = ApiRequest.delete(path);
    return ifMatch.isPresent() ? request.withIfMatch(ifMatch.get()) : request;
  }

  private static ApiRequest withQuery(ApiRequest request, Map<String, List<String>> query) {
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      for (String v : e.getValue()) {
        request = request.withQuery(e.getKey(), v);
      }
    }
    return request;
  }

  /** The body, carrying the answer's {@code ETag} where the resource keeps one. */
  @SuppressWarnings("unchecked")
  private static <T> T body(ApiResponse<T> response) {
    T body = response.body();
    Optional<String> etag = response.etag();
    if (etag.isEmpty()) {
      return body;
    }
    if (body instanceof Task) {
      return (T) ((Task) body).withEtag(etag.get());
    }
    if (body instanceof Worker) {
      return (T) ((Worker) body).withEtag(etag.get());
    }
    if (body instanceof TaskReservation) {
      return (T) ((TaskReservation) body).withEtag(etag.get());
    }
    if (body instanceof WorkerReservation) {
      return (T) ((WorkerReservation) body).withEtag(etag.get());
    }
    return body;
  }
}
