package io.github.taskrouter4j.benchmarks;

import com.twilio.taskrouter.Workflow;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Reading and re-writing one realistic workflow configuration (six filters, 13 targets, every
 * target field), side by side: taskrouter4j's {@link WorkflowConfiguration} (parses and types every
 * expression, keeps unknown fields, validates SIDs) against twilio-java 13.0.1's {@link Workflow}
 * (strings only).
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar WorkflowJsonBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WorkflowJsonBenchmark {
  private static final String Q = "WQ0123456789abcdef0123456789abcd";

  /** The document both libraries read: what a mid-sized contact centre deploys. */
  static final String DOCUMENT =
      "{\"task_routing\":{\"filters\":["
          + "{\"filter_friendly_name\":\"VIP support\","
          + "\"expression\":\"type == 'support' AND customer.tier == 'vip'\","
          + "\"targets\":[{\"queue\":\""
          + Q
          + "02\",\"priority\":20,\"timeout\":120},"
          + "{\"queue\":\""
          + Q
          + "03\",\"priority\":50}]},"
          + "{\"filter_friendly_name\":\"Support\",\"expression\":\"type == 'support'\","
          + "\"targets\":[{\"queue\":\""
          + Q
          + "01\",\"priority\":1,\"timeout\":60},"
          + "{\"queue\":\""
          + Q
          + "02\",\"priority\":5,\"timeout\":120},"
          + "{\"queue\":\""
          + Q
          + "03\",\"priority\":10}]},"
          + "{\"filter_friendly_name\":\"Returning caller\",\"expression\":\"last_agent_sid != null\","
          + "\"targets\":[{\"queue\":\""
          + Q
          + "00\",\"priority\":10,\"timeout\":30,"
          + "\"known_worker_sid\":\"task.last_agent_sid\"},{\"queue\":\""
          + Q
          + "00\"}]},"
          + "{\"filter_friendly_name\":\"Sales\",\"expression\":\"type == 'sales'\","
          + "\"targets\":[{\"queue\":\""
          + Q
          + "04\",\"timeout\":30,"
          + "\"skip_if\":\"workers.available == 0\"},{\"queue\":\""
          + Q
          + "05\",\"priority\":5}]},"
          + "{\"filter_friendly_name\":\"Technical\",\"expression\":\"type == 'technical'\","
          + "\"targets\":[{\"queue\":\""
          + Q
          + "06\",\"timeout\":90,"
          + "\"expression\":\"worker.skill_level >= task.required_level\","
          + "\"order_by\":\"worker.skill_level DESC, worker.tenure_years ASC\"},"
          + "{\"queue\":\""
          + Q
          + "02\"}]},"
          + "{\"filter_friendly_name\":\"Billing in the caller's language\","
          + "\"expression\":\"topic == 'billing' AND language IN ['es', 'fr', 'de']\","
          + "\"targets\":[{\"queue\":\""
          + Q
          + "10\",\"timeout\":60,"
          + "\"expression\":\"task.language IN worker.languages AND worker.skills HAS 'billing'\"},"
          + "{\"queue\":\""
          + Q
          + "09\",\"priority\":3,"
          + "\"expression\":\"task.language IN worker.languages\"}]}],"
          + "\"default_filter\":{\"queue\":\""
          + Q
          + "00\"}}}";

  /** taskrouter4j: read (typed, validated, expressions parsed) and write minified JSON. */
  @Benchmark
  public String taskrouter4jFromJsonToJson() {
    return WorkflowConfiguration.fromJson(DOCUMENT).toJson();
  }

  /** twilio-java 13.0.1: read into string fields and write with its Jackson mapper. */
  @Benchmark
  public String twilioJavaFromJsonToJson() throws IOException {
    return Workflow.fromJson(DOCUMENT).toJson();
  }

  /** taskrouter4j's canonical pretty print of an already-read configuration (snapshots). */
  @Benchmark
  public String taskrouter4jToPrettyJson(Parsed parsed) {
    return parsed.config.toPrettyJson();
  }

  /** A configuration read once, for the write-only benchmark. */
  @State(Scope.Benchmark)
  public static class Parsed {
    final WorkflowConfiguration config = WorkflowConfiguration.fromJson(DOCUMENT);
  }
}
