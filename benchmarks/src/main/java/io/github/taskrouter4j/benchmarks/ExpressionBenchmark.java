package io.github.taskrouter4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.taskrouter4j.workflow.expression.Expression;
import io.github.taskrouter4j.workflow.expression.Expressions;
import io.github.taskrouter4j.workflow.expression.FilterExpression;
import io.github.taskrouter4j.workflow.expression.TargetExpression;
import io.github.taskrouter4j.workflow.expression.WorkerExpression;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Evaluating a typical three-clause workflow filter against a task's attributes, next to a
 * hand-written Java predicate doing the same checks on the same {@link JsonNode} (the practical
 * limit); and parsing a typical 100-character expression.
 *
 * <p>Two profiles ({@code @Param profile}): {@code quiet} measures the filter in a fresh JVM, where
 * it is the only expression the JIT ever saw; {@code realistic} first runs {@link #OTHER_FILTERS},
 * {@link #OTHER_WORKER_EXPRESSIONS} and {@link #OTHER_TARGET_EXPRESSIONS} (two dozen other shapes)
 * through the same evaluator against tasks and workers of varied attribute types, as a router does,
 * so that every call site shared by the evaluator has seen many classes before the measurement.
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ExpressionBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExpressionBenchmark {
  /** The filter evaluated: three clauses, string equality, a numeric bound, a list membership. */
  static final String FILTER =
      "type == \"sales\" AND priority >= 5 AND language IN [\"en\", \"es\"]";

  /** A typical 100-character expression for the parsing benchmark. */
  static final String TEXT_100 =
      "customer.tier == 'Gold' AND (type IN ['ticket', 'chat', 'voice'] OR priority >= 10) AND"
          + " lang != 'fr'";

  /** Filter shapes a real workflow holds, run before measuring in the realistic profile. */
  static final String[] OTHER_FILTERS = {
    "type == 'support'",
    "priority > 3",
    "priority <= 2.5",
    "customer.tier != 'Bronze'",
    "channel IN ['voice', 'chat', 'sms', 'email', 'video', 'whatsapp', 'fax', 'post', 'web']",
    "language NOT IN ['fr', 'de']",
    "skills HAS 'billing'",
    "from CONTAINS '+1555'",
    "vip == true",
    "escalated == null",
    "customer.id >= 40000 AND customer.id < 50000",
    "(type == 'sales' OR type == 'billing') AND priority != 1",
    "customer.tier == 'Gold' OR customer.tier == 'Platinum' OR vip == true",
    "skills[0] == 'billing'",
    "language IN ['en'] AND channel != 'fax' AND priority >= 1 AND vip != false",
    "taskrouter.dayOfWeek IN ['Mon','Tue','Wed','Thu','Fri'] AND taskrouter.currentTime >= 800",
    "taskrouter.currentHour < 18",
    "score > '10'",
    "1 == 1",
    "customer.segment.code == 7",
  };

  /** TaskQueue {@code target_workers} shapes run in the realistic profile. */
  static final String[] OTHER_WORKER_EXPRESSIONS = {
    "department == 'sales' OR backup == 'sales'", "skills HAS 'spanish' AND level >= 2",
  };

  /** Target expression shapes run in the realistic profile. */
  static final String[] OTHER_TARGET_EXPRESSIONS = {
    "task.skill IN worker.skills", "worker.level >= task.priority",
  };

  /** Task attributes the other shapes meet: every JSON type in every attribute. */
  static final String[] TASKS = {
    "{\"type\": \"sales\", \"priority\": 7, \"language\": \"es\", \"customer\": {\"tier\": \"Gold\","
        + " \"id\": 48213}, \"channel\": \"voice\", \"from\": \"+15551234567\", \"skills\":"
        + " [\"billing\", \"spanish\"], \"vip\": true, \"score\": \"12\", \"skill\": \"billing\"}",
    "{\"type\": \"support\", \"priority\": 2.5, \"language\": \"fr\", \"customer\": {\"tier\":"
        + " \"Bronze\", \"id\": 12, \"segment\": {\"code\": 7}}, \"channel\": \"fax\", \"vip\":"
        + " false, \"escalated\": null, \"score\": 9, \"skills\": []}",
    "{\"type\": 5, \"priority\": \"8\", \"language\": [\"en\"], \"customer\": \"anonymous\","
        + " \"channel\": null, \"from\": 15551234567, \"skills\": \"billing\", \"vip\": \"yes\"}",
    "{\"type\": \"billing\", \"priority\": 12345678901234, \"language\": \"en\", \"customer\":"
        + " {\"tier\": \"Platinum\", \"id\": 4.5E4}, \"channel\": \"chat\", \"skills\": [\"tech\","
        + " 3, null]}",
    "{}",
  };

  /** {@code quiet}: only the measured filter runs; {@code realistic}: two dozen shapes first. */
  @Param({"quiet", "realistic"})
  public String profile;

  private JsonNode task;
  private FilterExpression filter;

  @Setup
  public void setUp() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    task =
        mapper.readTree(
            "{\"type\": \"sales\", \"priority\": 7, \"language\": \"es\","
                + " \"customer\": {\"tier\": \"Gold\", \"id\": 48213},"
                + " \"channel\": \"voice\", \"from\": \"+15551234567\","
                + " \"skills\": [\"billing\", \"spanish\"]}");
    filter = Expressions.parseFilter(FILTER);
    if (!filter.test(task) || !handWritten(task)) {
      throw new IllegalStateException("the benchmark task must match both predicates");
    }
    if (profile.equals("realistic")) {
      pollute(mapper);
    }
  }

  /**
   * Runs every other shape, and the measured filter, against every sample task (and each task as a
   * worker) long enough for the JIT to profile and compile the evaluator with all of them.
   */
  private void pollute(ObjectMapper mapper) throws Exception {
    JsonNode[] tasks = new JsonNode[TASKS.length + 1];
    for (int i = 0; i < TASKS.length; i++) {
      tasks[i] = mapper.readTree(TASKS[i]);
    }
    tasks[TASKS.length] = task;
    FilterExpression[] filters = new FilterExpression[OTHER_FILTERS.length + 1];
    for (int i = 0; i < OTHER_FILTERS.length; i++) {
      filters[i] = Expressions.parseFilter(OTHER_FILTERS[i]);
    }
    filters[OTHER_FILTERS.length] = filter;
    WorkerExpression[] workers = new WorkerExpression[OTHER_WORKER_EXPRESSIONS.length];
    for (int i = 0; i < workers.length; i++) {
      workers[i] = Expressions.parseWorkers(OTHER_WORKER_EXPRESSIONS[i]);
    }
    TargetExpression[] targets = new TargetExpression[OTHER_TARGET_EXPRESSIONS.length];
    for (int i = 0; i < targets.length; i++) {
      targets[i] = Expressions.parseTarget(OTHER_TARGET_EXPRESSIONS[i]);
    }
    Instant now = Instant.parse("2026-12-02T10:15:00Z");
    int matched = 0;
    for (int round = 0; round < 5_000; round++) {
      for (JsonNode t : tasks) {
        for (FilterExpression f : filters) {
          matched += f.test(t, now) ? 1 : 0;
        }
        for (WorkerExpression w : workers) {
          matched += w.test(t) ? 1 : 0;
        }
        for (TargetExpression e : targets) {
          matched += e.test(t, t) ? 1 : 0;
        }
      }
    }
    if (matched == 0) {
      throw new IllegalStateException("the realistic profile matched nothing");
    }
  }

  /** The compiled filter expression. */
  @Benchmark
  public boolean evaluateExpression() {
    return filter.test(task);
  }

  /** The same three checks written by hand against the same JsonNode. */
  @Benchmark
  public boolean evaluateHandWritten() {
    return handWritten(task);
  }

  /** Parsing (and compiling) a 100-character filter expression. */
  @Benchmark
  public Expression parse100Characters() {
    return Expressions.parseFilter(TEXT_100);
  }

  static boolean handWritten(JsonNode task) {
    JsonNode type = task.get("type");
    if (type == null || !type.isTextual() || !type.textValue().equals("sales")) {
      return false;
    }
    JsonNode priority = task.get("priority");
    if (priority == null || !priority.isNumber() || priority.longValue() < 5) {
      return false;
    }
    JsonNode language = task.get("language");
    if (language == null || !language.isTextual()) {
      return false;
    }
    String lang = language.textValue();
    return lang.equals("en") || lang.equals("es");
  }
}
