package io.github.taskrouter4j.workflow.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.googlejavaformat.java.Formatter;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.Placeholder;
import io.github.taskrouter4j.workflow.WorkflowTemplate;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TemplateJavaSourceTest {
  private static final Path TEMPLATES = Path.of("src/test/resources/corpus/templates");

  static Stream<String> templates() throws IOException {
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      List<String> names = new ArrayList<>();
      files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".json"))
          .sorted()
          .forEach(names::add);
      return names.stream();
    }
  }

  private static WorkflowTemplate template(String file) throws IOException {
    return WorkflowTemplate.fromJson(Files.readString(TEMPLATES.resolve(file)));
  }

  /** A value per placeholder, in order: distinct SIDs of the right kind, and numbers as text. */
  private static Map<String, Object> values(WorkflowTemplate template) {
    Map<String, Object> values = new LinkedHashMap<>();
    int n = 1;
    for (Placeholder p : template.placeholders()) {
      String hex = String.format("%032x", 0xc0de0000L + n++);
      switch (p.kind()) {
        case TASK_QUEUE_SID:
          values.put(p.name(), TaskQueueSid.of("WQ" + hex));
          break;
        case ACTIVITY_SID:
          values.put(p.name(), ActivitySid.of("WA" + hex));
          break;
        default:
          values.put(p.name(), String.valueOf(n));
      }
    }
    return values;
  }

  // Every corpus template binds with the simple values above, so none is skipped.
  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void generatedSource_calledWithValues_buildsWhatBindBuilds(String file) throws Exception {
    WorkflowTemplate template = template(file);
    Map<String, Object> values = values(template);
    String source = JavaSource.of(template, "com.example.routing", "Generated");

    Class<?> generated = InMemoryCompiler.compile("com.example.routing.Generated", source);
    Method configuration =
        Arrays.stream(generated.getMethods())
            .filter(m -> m.getName().equals("configuration"))
            .findFirst()
            .orElseThrow();
    Object built = configuration.invoke(null, values.values().toArray());

    assertThat(built).as(source).isEqualTo(template.bind(values));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void generatedSource_isFormattedAsGoogleJavaFormatWould(String file) throws Exception {
    String source = JavaSource.of(template(file), "com.example.routing", "Generated");

    assertThat(source).isEqualTo(new Formatter().formatSource(source));
  }

  @Test
  void placeholders_becomeTypedParametersConcatenatedIntoText() throws Exception {
    String source = JavaSource.of(template("terraform-helpline-expression.json"), "", "Helpline");

    assertThat(source)
        .contains("public static WorkflowConfiguration configuration(")
        .contains("TaskQueueSid surveyQueueSid")
        .contains("String varHelpline")
        .contains(".when(attr(\"helpline\").eq(varHelpline))")
        .contains(".defaultQueue(surveyQueueSid)")
        .doesNotContain("§")
        .doesNotContain("WQ7e3a");
  }

  @Test
  void identifier_isLowerCamelCaseAndNeverAKeyword() {
    assertThat(TemplateParameters.identifier("QUEUE_SID_EVERYONE")).isEqualTo("queueSidEveryone");
    assertThat(TemplateParameters.identifier("var.helpline")).isEqualTo("varHelpline");
    assertThat(TemplateParameters.identifier("YourQueueSid")).isEqualTo("yourQueueSid");
    assertThat(TemplateParameters.identifier("class")).isEqualTo("classValue");
    assertThat(TemplateParameters.identifier("1st-queue")).isEqualTo("value1stQueue");
  }
}
