package io.github.taskrouter4j.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Templates with random placeholders in every form read, round-trip and bind like their text. */
class WorkflowTemplatePropertiesTest {
  /** A placeholder name and how it is written. */
  static final class Spelled {
    final String name;
    final String written;

    Spelled(String name, String written) {
      this.name = name;
      this.written = written;
    }

    @Override
    public String toString() {
      return written;
    }
  }

  @Provide
  Arbitrary<Spelled> placeholder() {
    Arbitrary<String> names =
        Arbitraries.strings()
            .withCharRange('A', 'Z')
            .withChars('_')
            .ofMinLength(1)
            .ofMaxLength(12)
            .filter(n -> Character.isLetter(n.charAt(0)));
    Arbitrary<Integer> forms = Arbitraries.integers().between(0, 4);
    return Combinators.combine(names, forms)
        .as(
            (name, form) -> {
              switch (form) {
                case 0:
                  return new Spelled(name, "${" + name + "}");
                case 1:
                  return new Spelled(name, "{{ " + name + " }}");
                case 2:
                  return new Spelled(name, "%(" + name + ")s");
                case 3:
                  return new Spelled(name, "$" + name);
                default:
                  return new Spelled(name, "<" + name + ">");
              }
            });
  }

  @Property(tries = 200)
  void queuePlaceholders_readRoundTripAndBindLikeTheSubstitutedText(
      @ForAll @Size(min = 1, max = 5) List<@net.jqwik.api.From("placeholder") Spelled> queues) {
    StringBuilder filters = new StringBuilder();
    for (int i = 0; i < queues.size(); i++) {
      filters
          .append(i == 0 ? "" : ",")
          .append("{\"filter_friendly_name\":\"f")
          .append(i)
          .append("\",\"expression\":\"n == ")
          .append(i)
          .append("\",\"targets\":[{\"queue\":\"")
          .append(queues.get(i).written)
          .append("\"}]}");
    }
    String json =
        "{\"task_routing\":{\"filters\":["
            + filters
            + "],\"default_filter\":{\"queue\":\""
            + queues.get(0).written
            + "\"}}}";

    WorkflowTemplate template = WorkflowTemplate.fromJson(json);

    List<String> names = new ArrayList<>();
    Map<String, Object> values = new LinkedHashMap<>();
    String substituted = json;
    for (Spelled s : queues) {
      if (!names.contains(s.name)) {
        names.add(s.name);
      }
    }
    for (Spelled s : queues) {
      String sid = String.format("WQ%032x", names.indexOf(s.name) + 1);
      values.put(s.name, sid);
      substituted = substituted.replace("\"" + s.written + "\"", "\"" + sid + "\"");
    }
    assertThat(template.placeholders())
        .extracting(Placeholder::name)
        .containsExactlyElementsOf(names);
    assertThat(template.toJson()).isEqualTo(json);
    assertThat(WorkflowTemplate.fromJson(template.toPrettyJson())).isEqualTo(template);
    assertThat(template.bind(values)).isEqualTo(WorkflowConfiguration.fromJson(substituted));
  }
}
