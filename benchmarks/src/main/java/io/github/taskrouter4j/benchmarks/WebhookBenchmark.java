package io.github.taskrouter4j.benchmarks;

import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import io.github.taskrouter4j.token.AccessToken;
import io.github.taskrouter4j.token.ApiKey;
import io.github.taskrouter4j.token.TaskRouterGrant;
import io.github.taskrouter4j.webhook.AssignmentCallback;
import io.github.taskrouter4j.webhook.CallStatusEvent;
import io.github.taskrouter4j.webhook.Instruction;
import io.github.taskrouter4j.webhook.SignatureValidator;
import io.github.taskrouter4j.webhook.TwilioSignature;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The work an assignment-callback endpoint does per request, and token minting. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WebhookBenchmark {
  static final String TOKEN = "benchmark-auth-token";
  static final String URL = "https://app.example.com/assignment?tenant=42";

  final Map<String, List<String>> form = new LinkedHashMap<>();
  final SignatureValidator validator = SignatureValidator.of(TOKEN);
  final Instruction dequeue =
      Instruction.dequeue(
          d ->
              d.from("+15550100")
                  .postWorkActivitySid(ActivitySid.of("WA0123456789abcdef0123456789abcdef"))
                  .timeout(Duration.ofSeconds(30))
                  .statusCallbackUrl(URI.create("https://app.example.com/status"))
                  .addStatusCallbackEvents(CallStatusEvent.ANSWERED, CallStatusEvent.COMPLETED));
  final String dequeueJson = dequeue.toJson();
  final AccessToken.Builder accessToken =
      AccessToken.builder()
          .accountSid(AccountSid.of("AC" + "a".repeat(32)))
          .apiKey(ApiKey.of("SK" + "b".repeat(32), "secret"))
          .identity("alice")
          .grant(
              TaskRouterGrant.forWorker(
                  WorkspaceSid.of("WS" + "c".repeat(32)), WorkerSid.of("WK" + "d".repeat(32))));
  String signature;

  public WebhookBenchmark() {
    form.put("AccountSid", List.of("AC" + "a".repeat(32)));
    form.put("WorkspaceSid", List.of("WS0373f9ac28020851e66c8f52fc6ff2bd"));
    form.put("WorkflowSid", List.of("WWa649336cf9549b6176be7611b7934139"));
    form.put("TaskQueueSid", List.of("WQba7b15b5da2835daf8840999ac359aa1"));
    form.put("WorkerSid", List.of("WKc50fcd98cdc674342b6248b6c178bb5e"));
    form.put("WorkerAttributes", List.of("{\"skills\":[\"billing\",\"sales\"],\"level\":3}"));
    form.put("TaskSid", List.of("WTa064deb11caffd9f2e54a1eb88536de2"));
    form.put("TaskAttributes", List.of("{\"type\":\"voice\",\"language\":\"english\"}"));
    form.put("TaskAge", List.of("12"));
    form.put("TaskPriority", List.of("5"));
    form.put("ReservationSid", List.of("WRa37d19e6b32d8f5809a4a6ff5209553b"));
    signature = TwilioSignature.compute(TOKEN, URL, form);
  }

  /** Validate the signature (4 URL spellings compared in full). */
  @Benchmark
  public boolean validateSignature() {
    return validator.isValid(URL, form, signature);
  }

  /** Parse the callback into typed SIDs and attribute trees. */
  @Benchmark
  public AssignmentCallback parseCallback() {
    return AssignmentCallback.fromForm(form);
  }

  /** Render a dequeue instruction. */
  @Benchmark
  public String renderInstruction() {
    return dequeue.toJson();
  }

  /** Read an answer back, as the emulator does. */
  @Benchmark
  public Instruction parseInstruction() {
    return Instruction.parse(dequeueJson);
  }

  /** Mint an access token. */
  @Benchmark
  public String mintAccessToken() {
    return accessToken.build().toJwt();
  }
}
