package io.github.taskrouter4j.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of real-world-shaped configurations and templates under {@code
 * src/test/resources/corpus} (sources in its {@code SOURCES.md}): every valid one reads and
 * round-trips, every malformed one is refused naming its JSON path.
 */
class CorpusTest {
  static Stream<Path> valid() throws IOException {
    return files("valid");
  }

  static Stream<Path> templates() throws IOException {
    return files("templates");
  }

  static Stream<Path> malformed() throws IOException {
    return files("malformed");
  }

  @Test
  void corpus_holdsAtLeastFortyRealWorldFiles() throws IOException {
    assertThat(valid().count() + templates().count()).isGreaterThanOrEqualTo(40);
    assertThat(malformed().count()).isEqualTo(expectedPaths().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void valid_readsLintsAndRoundTrips(Path file) throws IOException {
    WorkflowConfiguration config = WorkflowConfiguration.fromJson(read(file));

    assertThat(WorkflowConfiguration.fromJson(config.toJson())).isEqualTo(config);
    assertThat(WorkflowConfiguration.fromJson(config.toPrettyJson()).toJson())
        .isEqualTo(config.toJson());
    assertThat(config.lint()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void template_readsRoundTripsLintsAndBinds(Path file) throws IOException {
    String json = read(file);
    WorkflowTemplate template = WorkflowTemplate.fromJson(json);

    assertThat(template.placeholders()).isNotEmpty();
    assertThat(WorkflowTemplate.fromJson(template.toJson())).isEqualTo(template);
    assertThat(WorkflowTemplate.fromJson(template.toPrettyJson())).isEqualTo(template);
    for (Placeholder p : template.placeholders()) {
      assertThat(template.toJson()).contains(p.spellings().get(0));
    }
    assertThat(template.lint().problems())
        .noneMatch(p -> p.code().equals("INVALID_SID") || p.code().equals("EXPRESSION_SYNTAX"));
    WorkflowConfiguration bound = template.bind(values(template));
    assertThat(WorkflowConfiguration.fromJson(bound.toJson())).isEqualTo(bound);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void template_readAsConfiguration_isAcceptedOrPointsToTemplates(Path file) throws IOException {
    InvalidConfigurationException refused =
        catchThrowableOfType(
            () -> WorkflowConfiguration.fromJson(read(file)), InvalidConfigurationException.class);

    if (refused != null) {
      assertThat(refused.problems().get(0).code()).isEqualTo("TEMPLATE_PLACEHOLDERS");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformed_isRefusedNamingTheJsonPath(Path file) throws IOException {
    String json = read(file);
    String path = expectedPaths().get(file.getFileName().toString());

    for (ThrowingRead reader :
        List.<ThrowingRead>of(WorkflowConfiguration::fromJson, WorkflowTemplate::fromJson)) {
      assertThatThrownBy(() -> reader.read(json))
          .isInstanceOf(InvalidConfigurationException.class)
          .hasMessageContaining(path.isEmpty() ? "(document)" : path + ":")
          .satisfies(
              e ->
                  assertThat(((InvalidConfigurationException) e).problems())
                      .extracting(Problem::path)
                      .contains(path));
    }
  }

  private interface ThrowingRead {
    Object read(String json);
  }

  private static Map<String, Object> values(WorkflowTemplate template) {
    Map<String, Object> values = new LinkedHashMap<>();
    int n = 1;
    for (Placeholder p : template.placeholders()) {
      switch (p.kind()) {
        case TASK_QUEUE_SID:
          values.put(p.name(), String.format("WQ%032x", n++));
          break;
        case ACTIVITY_SID:
          values.put(p.name(), String.format("WA%032x", n++));
          break;
        default:
          values.put(p.name(), n++);
      }
    }
    return values;
  }

  private static Map<String, String> expectedPaths() throws IOException {
    Map<String, String> paths = new LinkedHashMap<>();
    for (String line : Files.readAllLines(root().resolve("malformed/expected-paths.tsv"))) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] cells = line.split("\t", -1);
        paths.put(cells[0], cells[1]);
      }
    }
    return paths;
  }

  private static Stream<Path> files(String folder) throws IOException {
    try (Stream<Path> listed = Files.list(root().resolve(folder))) {
      List<Path> files =
          listed.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
      return files.stream();
    }
  }

  private static Path root() {
    try {
      return Path.of(CorpusTest.class.getResource("/corpus").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
