package io.github.taskrouter4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.taskrouter4j.workflow.expression.Expression;
import io.github.taskrouter4j.workflow.expression.Expressions;
import io.github.taskrouter4j.workflow.expression.FilterExpression;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Evaluating a typical three-clause workflow filter against a task's attributes, next to a
 * hand-written Java predicate doing the same checks on the same {@link JsonNode} (the practical
 * limit); and parsing a typical 100-character expression.
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ExpressionBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
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

  private JsonNode task;
  private FilterExpression filter;

  @Setup
  public void setUp() throws Exception {
    task =
        new ObjectMapper()
            .readTree(
                "{\"type\": \"sales\", \"priority\": 7, \"language\": \"es\","
                    + " \"customer\": {\"tier\": \"Gold\", \"id\": 48213},"
                    + " \"channel\": \"voice\", \"from\": \"+15551234567\","
                    + " \"skills\": [\"billing\", \"spanish\"]}");
    filter = Expressions.parseFilter(FILTER);
    if (!filter.test(task) || !handWritten(task)) {
      throw new IllegalStateException("the benchmark task must match both predicates");
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
