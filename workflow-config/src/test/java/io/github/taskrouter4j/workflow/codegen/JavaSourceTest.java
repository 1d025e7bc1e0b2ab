package io.github.taskrouter4j.workflow.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.googlejavaformat.java.Formatter;
import io.github.taskrouter4j.workflow.ReviewChange;
import io.github.taskrouter4j.workflow.SampleConfigurations;
import io.github.taskrouter4j.workflow.Snapshots;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JavaSourceTest {
  private static final String Q1 = "WQ11111111111111111111111111111111";
  private static final String Q2 = "WQ22222222222222222222222222222222";

  /** Every configuration file in the test resources of the modules, plus the Java samples. */
  static Stream<Arguments> corpus() throws IOException {
    Map<String, WorkflowConfiguration> all = new LinkedHashMap<>();
    SampleConfigurations.all().forEach((name, config) -> all.put("sample " + name, config));
    all.put("review change", ReviewChange.after());
    for (Path dir :
        new Path[] {
          Path.of("src/test/resources/snapshots/workflow"),
          Path.of("../examples/src/test/resources/snapshots"),
          Path.of("../testing/src/test/resources/snapshots")
        }) {
      try (Stream<Path> files = Files.list(dir)) {
        files
            .filter(f -> f.toString().endsWith(".json"))
            .sorted()
            .forEach(f -> all.put(f.toString(), read(f)));
      }
    }
    all.put("text fallbacks", WorkflowConfiguration.fromJson(TRICKY));
    all.put("extras", WorkflowConfiguration.fromJson(EXTRAS));
    return all.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  private static final String TRICKY =
      "{\"task_routing\":{\"filters\":[{\"filter_friendly_name\":\"Ünïcode \\\"quoted\\\" \\\\ \\n\","
          + "\"expression\":\"skill-level > 3 OR (a = 0800 AND b >- 'x') OR c IN [1, null, 2.5, true]"
          + " OR d NOT IN ['x'] OR e CONTAINS \\\"it's\\\" OR f < -1.25 OR g == 12345678901234\","
          + "\"targets\":[{\"queue\":\""
          + Q1
          + "\",\"expression\":\"worker.skill-level >= task.level AND 'en' IN worker.langs\","
          + "\"order_by\":\"worker.skill-level DESC\",\"timeout\":30,\"priority\":7},"
          + "{\"expression\":\"worker.x == task.y OR taskrouter.currentHour >= 9\","
          + "\"order_by\":\"worker.a ASC, worker.b DESC\","
          + "\"skip_if\":\"workers.available == 0\"},"
          + "{\"queue\":\""
          + Q2
          + "\",\"known_worker_friendly_name\":\"task.agent\",\"expression\":\"1==0\"}]},"
          + "{\"filter_friendly_name\":\"\",\"expression\":\"1==1\",\"targets\":[]},"
          + "{\"filter_friendly_name\":\"numbers\",\"expression\":\"x == 100000 OR y == 99999999999999999999"
          + " OR z == 0.1 OR w IN [null]\",\"targets\":[]}],"
          + "\"default_filter\":{\"queue\":\""
          + Q2
          + "\",\"priority\":1,\"expression\":\"task.vip == true\"}}}";

  private static final String EXTRAS =
      "{\"task_routing\":{\"filters\":[{\"filter_friendly_name\":\"A\",\"expression\":\"1==1\","
          + "\"targets\":[{\"queue\":\""
          + Q1
          + "\",\"note\":{\"k\":[1,2]}}],\"color\":\"red\"}],"
          + "\"default_filter\":{\"queue\":\""
          + Q1
          + "\",\"timeout\":10},\"version\":2},\"comment\":\"it's \\\"here\\\"\"}";

  private static WorkflowConfiguration read(Path file) {
    try {
      return WorkflowConfiguration.fromJson(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void generatedSource_compilesAndBuildsAnEqualConfiguration(
      String name, WorkflowConfiguration config) throws Exception {
    String source = JavaSource.of(config, "com.example.routing", "Generated");

    Class<?> generated = InMemoryCompiler.compile("com.example.routing.Generated", source);
    Object built = generated.getMethod("configuration").invoke(null);

    assertThat(built).as(source).isEqualTo(config);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void generatedSource_isFormattedAsGoogleJavaFormatWould(String name, WorkflowConfiguration config)
      throws Exception {
    String source =
        JavaSource.of(
            config, "com.example.routing", "Generated", SampleConfigurations.queueNames());

    assertThat(source).isEqualTo(new Formatter().formatSource(source));
  }

  @Test
  void multiStepEscalation_matchesSnapshot() throws Exception {
    String source =
        JavaSource.of(
            SampleConfigurations.multiStepEscalation(),
            "com.example.routing",
            "SupportWorkflow",
            SampleConfigurations.queueNames());

    Snapshots.assertMatches("codegen/SupportWorkflow.java.txt", source);
  }

  @Test
  void expressions_useTheDslWhereItCanAndTextWhereItCannot() {
    String source = JavaSource.of(WorkflowConfiguration.fromJson(TRICKY), "", "Tricky");

    assertThat(source)
        .startsWith("import static io.github.taskrouter4j.workflow.expression.Expressions.")
        .contains(".when(\n", "\"skill-level > 3 OR (a = 0800 AND b >- 'x')")
        .contains(".orderBy(\"worker.skill-level DESC\")")
        .contains(".orderBy(worker(\"a\").asc(), worker(\"b\").desc())")
        .contains(".skipIf(workers(\"available\").eq(0))")
        .contains(".expression(never())")
        .contains("worker(\"x\").eq(task(\"y\")).or(taskrouter(\"currentHour\").gte(9))")
        .contains("private static final TaskQueueSid QUEUE_1 = TaskQueueSid.of(\"" + Q1 + "\");")
        .doesNotContain("package");
  }

  @Test
  void of_badNames_sayWhatIsAllowed() {
    WorkflowConfiguration config = SampleConfigurations.timeOfDay();

    assertThatThrownBy(() -> JavaSource.of(config, "com.example.1x", "A"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "packageName must be a Java package name such as com.acme.routing (dot-separated"
                + " identifiers, no keywords), was \"com.example.1x\"");
    assertThatThrownBy(() -> JavaSource.of(config, "a", "class"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("className must be a Java identifier such as SupportWorkflow, was \"class\"");
  }
}
