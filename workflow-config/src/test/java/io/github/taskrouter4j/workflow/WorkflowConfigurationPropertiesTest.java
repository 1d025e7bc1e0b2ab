package io.github.taskrouter4j.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.json.TaskRouterJson;
import io.github.taskrouter4j.sid.TaskQueueSid;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class WorkflowConfigurationPropertiesTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Property(tries = 300)
  void fromJson_ofToJson_equalsTheConfiguration(@ForAll("configurations") WorkflowConfiguration c) {
    WorkflowConfiguration reread = WorkflowConfiguration.fromJson(c.toJson());

    assertThat(reread).isEqualTo(c);
    assertThat(reread.hashCode()).isEqualTo(c.hashCode());
    assertThat(reread.toJson()).isEqualTo(c.toJson());
  }

  @Property(tries = 200)
  void prettyJson_isTheMinifiedJsonLaidOut(@ForAll("configurations") WorkflowConfiguration c)
      throws Exception {
    String pretty = c.toPrettyJson();

    assertThat(TaskRouterJson.minify(TaskRouterJson.readTree(pretty))).isEqualTo(c.toJson());
    assertThat(WorkflowConfiguration.fromJson(pretty)).isEqualTo(c);
    assertThat(pretty).endsWith("}\n").doesNotContain("\r");
  }

  @Property(tries = 200)
  void fromJson_legacySpellings_readAsTheCanonicalConfiguration(
      @ForAll("configurations") WorkflowConfiguration c) {
    ObjectNode legacy = c.toJsonTree();
    legacySpelling(legacy);

    assertThat(WorkflowConfiguration.fromJson(TaskRouterJson.minify(legacy))).isEqualTo(c);
  }

  @Property(tries = 100)
  void toBuilder_build_givesAnEqualConfiguration(
      @ForAll("configurations") WorkflowConfiguration c) {
    assertThat(c.toBuilder().build()).isEqualTo(c);
  }

  @Property(tries = 200)
  void lint_randomConfiguration_returnsLocatedProblemsAndAgreesWithRequireValid(
      @ForAll("configurations") WorkflowConfiguration c) {
    List<Problem> problems = c.lint();

    assertThat(problems)
        .allSatisfy(
            p ->
                assertThat(p.path().startsWith("task_routing") || c.extras().containsKey(p.path()))
                    .as("located path of %s", p)
                    .isTrue());
    boolean hasError =
        problems.stream()
            .anyMatch(
                p -> p.severity() == io.github.taskrouter4j.workflow.expression.Severity.ERROR);
    if (hasError) {
      org.assertj.core.api.Assertions.assertThatThrownBy(c::requireValid)
          .isInstanceOf(InvalidConfigurationException.class);
    } else {
      assertThat(c.requireValid()).isSameAs(c);
    }
  }

  @Property(tries = 200)
  void lintJson_truncatedDocument_returnsProblemsWithoutThrowing(
      @ForAll("configurations") WorkflowConfiguration c,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 400) int cut) {
    String json = c.toJson();
    String truncated = json.substring(0, Math.min(cut, json.length() - 1));

    assertThat(WorkflowConfiguration.lintJson(truncated))
        .singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo("INVALID_JSON"));
  }

  /** Rewrites names and numbers the way 2015-era docs and SDKs wrote them. */
  private static void legacySpelling(JsonNode node) {
    if (node.isArray()) {
      node.forEach(WorkflowConfigurationPropertiesTest::legacySpelling);
      return;
    }
    if (!node.isObject()) {
      return;
    }
    ObjectNode object = (ObjectNode) node;
    rename(object, "filter_friendly_name", "friendly_name");
    rename(object, "queue", "task_queue_sid");
    for (String number : List.of("priority", "timeout")) {
      JsonNode value = object.get(number);
      if (value != null && value.isIntegralNumber()) {
        object.put(number, value.asText());
      }
    }
    JsonNode routing = object.get("task_routing");
    if (routing != null) {
      legacySpelling(routing);
    }
    JsonNode filters = object.get("filters");
    if (filters != null) {
      legacySpelling(filters);
    }
    JsonNode targets = object.get("targets");
    if (targets != null) {
      legacySpelling(targets);
    }
    JsonNode fallback = object.get("default_filter");
    if (fallback != null) {
      legacySpelling(fallback);
    }
  }

  private static void rename(ObjectNode object, String from, String to) {
    if (object.has(from)) {
      // Keep the field's position: rebuild the object in order.
      Map<String, JsonNode> fields = new LinkedHashMap<>();
      object.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
      object.removeAll();
      fields.forEach((k, v) -> object.set(k.equals(from) ? to : k, v));
    }
  }

  @Provide
  Arbitrary<WorkflowConfiguration> configurations() {
    Arbitrary<List<Filter>> filters = filters().list().ofMaxSize(4);
    Arbitrary<DefaultFilter> fallback = defaultFilters().injectNull(0.3);
    Arbitrary<Map<String, JsonNode>> extras = extras();
    return Combinators.combine(filters, fallback, extras, extras)
        .as(
            (fs, d, routingExtras, topExtras) -> {
              WorkflowConfiguration.Builder b = WorkflowConfiguration.builder().filters(fs);
              if (d != null) {
                b.defaultFilter(d);
              }
              routingExtras.forEach(b::taskRoutingExtra);
              topExtras.forEach(b::extra);
              return b.build();
            });
  }

  private Arbitrary<Filter> filters() {
    Arbitrary<String> names =
        Arbitraries.oneOf(
            Arbitraries.of("", "Gold Tickets", "Ventes – Québec", "say \"hi\"", "a\\b"),
            Arbitraries.strings().ofMaxLength(12));
    Arbitrary<String> expressions =
        Arbitraries.of(
            "1==1",
            "customer_value == 'Gold' AND type == 'ticket'",
            "type==\"sales\"",
            "language IN ['en', 'fr']",
            "  priority > 5 OR vip == true",
            "skills HAS 'billing'",
            "taskrouter.currentTime >= 800",
            "last_agent != null");
    Arbitrary<List<Target>> targets = targets().list().ofMaxSize(4);
    return Combinators.combine(names, expressions, queues(), targets, extras())
        .as(
            (name, expression, firstQueue, ts, extras) -> {
              Filter.Builder b = Filter.named(name).when(expression);
              for (int i = 0; i < ts.size(); i++) {
                Target t = ts.get(i);
                b.target(
                    i == 0 && !t.declaresQueue() ? t.toBuilder().queue(firstQueue).build() : t);
              }
              extras.forEach(b::extra);
              return b.build();
            });
  }

  private Arbitrary<Target> targets() {
    Arbitrary<TaskQueueSid> queue = queues().injectNull(0.3);
    Arbitrary<Integer> priority =
        Arbitraries.integers().between(0, Integer.MAX_VALUE).injectNull(0.5);
    Arbitrary<Long> timeout = Arbitraries.longs().between(1, 1_209_600).injectNull(0.5);
    Arbitrary<String> expression =
        Arbitraries.of(
                "task.language IN worker.languages",
                "worker.level >= task.level",
                "worker.sid != task.ignore_agent")
            .injectNull(0.5);
    Arbitrary<String> orderBy =
        Arbitraries.of("worker.level DESC", "worker.a ASC, worker.b DESC").injectNull(0.6);
    Arbitrary<String> skipIf = Arbitraries.of("workers.available == 0", "1==1").injectNull(0.6);
    Arbitrary<String> known =
        Arbitraries.of("task.agent_sid", "WK0123456789abcdef0123456789abcdef").injectNull(0.7);
    return Combinators.combine(
            queue, priority, timeout, expression, orderBy, skipIf, known, extras())
        .as(
            (q, p, t, e, o, s, k, extras) -> {
              Target.Builder b = q == null ? Target.sameQueue() : Target.queue(q);
              if (p != null) {
                b.priority(p);
              }
              if (t != null) {
                b.timeout(Duration.ofSeconds(t));
              }
              if (e != null) {
                b.expression(e);
              }
              if (o != null) {
                b.orderBy(o);
              }
              if (s != null) {
                b.skipIf(s);
              }
              if (k != null) {
                b.knownWorkerSid(k);
              }
              extras.forEach(b::extra);
              return b.build();
            });
  }

  private Arbitrary<DefaultFilter> defaultFilters() {
    return Combinators.combine(
            queues(),
            Arbitraries.integers().between(0, 1000).injectNull(0.5),
            Arbitraries.of("worker.available_capacity > 0").injectNull(0.7),
            extras())
        .as(
            (q, p, e, extras) -> {
              DefaultFilter.Builder b = DefaultFilter.queue(q);
              if (p != null) {
                b.priority(p);
              }
              if (e != null) {
                b.expression(e);
              }
              extras.forEach(b::extra);
              return b.build();
            });
  }

  private Arbitrary<TaskQueueSid> queues() {
    return Arbitraries.strings()
        .withChars("0123456789abcdef")
        .ofLength(32)
        .map(hex -> TaskQueueSid.of("WQ" + hex));
  }

  private Arbitrary<Map<String, JsonNode>> extras() {
    Arbitrary<JsonNode> values =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(6).map(NODES::textNode),
            Arbitraries.integers().map(i -> (JsonNode) NODES.numberNode(i)),
            Arbitraries.just(NODES.nullNode()),
            Arbitraries.just(NODES.objectNode().put("nested", true)),
            Arbitraries.just(NODES.arrayNode().add(1).add("two")));
    return Arbitraries.maps(
            Arbitraries.of("x_note", "ui", "version", "Expression", "owner"), values)
        .ofMaxSize(2);
  }
}
