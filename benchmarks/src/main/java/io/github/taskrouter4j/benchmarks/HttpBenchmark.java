package io.github.taskrouter4j.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.taskrouter.v1.workspace.Task;
import io.github.taskrouter4j.http.ApiRequest;
import io.github.taskrouter4j.http.Credentials;
import io.github.taskrouter4j.http.TwilioHttpClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Creating a Task (form-encoded POST, JSON answer decoded to a value) against one loopback stub,
 * side by side: (a) taskrouter4j's {@link TwilioHttpClient}, (b) the bare JDK {@link HttpClient}
 * with a pre-built body and the same decoding, (c) twilio-java 13.0.1's {@code
 * Task.creator(...).create(client)}, (d) a raw socket HTTP/1.1 client with the same decoding (the
 * floor); each with 1 and 8 threads, in one run so that the figures compare.
 *
 * <p>twilio-java always targets {@code https://taskrouter.twilio.com}; its own extension point, a
 * custom {@code com.twilio.http.HttpClient}, re-targets each request to the stub (one copy of the
 * request's parameters per call, negligible next to the Apache client's work).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar HttpBenchmark -f 1 -wi 3 -i 5 -w 1s -r
 * 1s}
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HttpBenchmark {
  static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
  static final String TOKEN = "benchmark-auth-token";
  static final String ATTRIBUTES = "{\"type\":\"support\",\"language\":\"en\"}";
  static final String FORM =
      "Attributes=%7B%22type%22%3A%22support%22%2C%22language%22%3A%22en%22%7D"
          + "&Priority=5&Timeout=86400";
  static final String PATH = "/v1/Workspaces/" + HttpLoopbackStub.WORKSPACE_SID + "/Tasks";
  static final String AUTHORIZATION =
      "Basic "
          + Base64.getEncoder()
              .encodeToString((ACCOUNT + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));

  HttpLoopbackStub stub;
  TwilioHttpClient taskrouter4j;
  HttpClient jdk;
  HttpRequest jdkRequest;
  ObjectMapper mapper;
  TwilioRestClient twilio;
  ApiRequest create;

  @Setup(Level.Trial)
  public void start() throws IOException {
    stub = new HttpLoopbackStub();
    mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    String path = PATH;
    taskrouter4j =
        TwilioHttpClient.builder()
            .credentials(Credentials.authToken(ACCOUNT, TOKEN))
            .baseUri(stub.uri())
            .objectMapper(mapper)
            .build();
    create =
        ApiRequest.post(path)
            .withForm("Attributes", ATTRIBUTES)
            .withForm("Priority", 5)
            .withForm("Timeout", 86400);

    jdk = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    jdkRequest =
        HttpRequest.newBuilder(stub.uri().resolve(path))
            .version(HttpClient.Version.HTTP_1_1)
            // The same per-request timeout taskrouter4j sets by default: any real client has one.
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", AUTHORIZATION)
            .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(FORM))
            .build();

    twilio =
        new TwilioRestClient.Builder(ACCOUNT, TOKEN)
            .httpClient(new StubTargetingClient(stub.uri()))
            .build();
    check();
  }

  /** Fails the run early if any client does not get the stub's Task. */
  private void check() {
    String sid = HttpLoopbackStub.TASK_SID;
    if (!sid.equals(taskrouter4j().sid)
        || !sid.equals(bareJdk().sid)
        || !sid.equals(twilioJava().getSid())) {
      throw new IllegalStateException("a client did not decode the stub's Task");
    }
  }

  @TearDown(Level.Trial)
  public void stop() {
    taskrouter4j.close();
    stub.close();
  }

  HttpBenchmarkTask taskrouter4j() {
    return taskrouter4j.send(create, HttpBenchmarkTask.class).body();
  }

  HttpBenchmarkTask bareJdk() {
    try {
      HttpResponse<byte[]> response = jdk.send(jdkRequest, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 201) {
        throw new IllegalStateException("HTTP " + response.statusCode());
      }
      return mapper.readValue(response.body(), HttpBenchmarkTask.class);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Task twilioJava() {
    return Task.creator(HttpLoopbackStub.WORKSPACE_SID)
        .setAttributes(ATTRIBUTES)
        .setPriority(5)
        .setTimeout(86400)
        .create(twilio);
  }

  @Benchmark
  @Threads(1)
  public HttpBenchmarkTask a_taskrouter4j_1thread() {
    return taskrouter4j();
  }

  @Benchmark
  @Threads(8)
  public HttpBenchmarkTask a_taskrouter4j_8threads() {
    return taskrouter4j();
  }

  @Benchmark
  @Threads(1)
  public HttpBenchmarkTask b_bareJdk_1thread() {
    return bareJdk();
  }

  @Benchmark
  @Threads(8)
  public HttpBenchmarkTask b_bareJdk_8threads() {
    return bareJdk();
  }

  @Benchmark
  @Threads(1)
  public Task c_twilioJava_1thread() {
    return twilioJava();
  }

  @Benchmark
  @Threads(8)
  public Task c_twilioJava_8threads() {
    return twilioJava();
  }

  @Benchmark
  @Threads(1)
  public HttpBenchmarkTask d_rawSocket_1thread(RawSocket raw) throws IOException {
    return mapper.readValue(raw.client.post(), HttpBenchmarkTask.class);
  }

  @Benchmark
  @Threads(8)
  public HttpBenchmarkTask d_rawSocket_8threads(RawSocket raw) throws IOException {
    return mapper.readValue(raw.client.post(), HttpBenchmarkTask.class);
  }

  /** One kept-alive socket per benchmark thread: the floor no client can go under. */
  @State(Scope.Thread)
  public static class RawSocket {
    RawSocketHttpClient client;

    @Setup(Level.Trial)
    public void open(HttpBenchmark benchmark) throws IOException {
      client = new RawSocketHttpClient(benchmark.stub.uri(), PATH, AUTHORIZATION, FORM);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      client.close();
    }
  }

  /** twilio-java's documented extension point, pointed at the stub instead of twilio.com. */
  static final class StubTargetingClient extends NetworkHttpClient {
    private final URI base;

    StubTargetingClient(URI base) {
      this.base = base;
    }

    @Override
    public Response makeRequest(Request request) {
      URI original = URI.create(request.getUrl());
      Request copy =
          new Request(request.getMethod(), base.resolve(original.getRawPath()).toString());
      copy.setAuth(request.getUsername(), request.getPassword());
      copy.setContentType(request.getContentType());
      copy.setUserAgentExtensions(request.getUserAgentExtensions());
      copyParameters(request.getQueryParams(), copy::addQueryParam);
      copyParameters(request.getPostParams(), copy::addPostParam);
      copyParameters(request.getHeaderParams(), copy::addHeaderParam);
      return super.makeRequest(copy);
    }

    private static void copyParameters(
        Map<String, List<String>> parameters, java.util.function.BiConsumer<String, String> add) {
      parameters.forEach((name, values) -> values.forEach(value -> add.accept(name, value)));
    }
  }
}
