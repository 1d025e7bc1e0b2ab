package io.github.taskrouter4j.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.json.CanonicalJson;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.expression.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A TaskRouter workflow configuration: the JSON document in a Workflow's {@code configuration}, as
 * an immutable, typed value.
 *
 * <p>Compose one in Java:
 *
 * <pre>{@code
 * WorkflowConfiguration config = WorkflowConfiguration.builder()
 *     .filter(Filter.named("Gold Tickets")
 *         .when(attr("customer_value").eq("Gold"))
 *         .target(Target.queue(gold).priority(2).timeout(Duration.ofSeconds(30)))
 *         .target(Target.queue(everyone)))
 *     .defaultQueue(everyone)
 *     .build();
 * }</pre>
 *
 * <p>or read one ({@link #fromJson(String)}; legacy spellings such as {@code friendly_name}, {@code
 * task_queue_sid} and numbers given as strings are accepted), check it ({@link #lint()}, {@link
 * #requireValid()}) and write it ({@link #toJson()} for Twilio, {@link #toPrettyJson()} for people
 * and snapshots). Fields this library does not model are kept at every level and written back, so
 * {@code fromJson(c.toJson()).equals(c)} holds for every configuration.
 */
public final class WorkflowConfiguration {
  private final TaskRouting taskRouting;
  private final Map<String, JsonNode> extras;
  private volatile String json;

  WorkflowConfiguration(TaskRouting taskRouting, Map<String, JsonNode> extras) {
    this.taskRouting = taskRouting;
    this.extras = Extras.freeze(extras);
  }

  /** Starts an empty configuration. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a configuration document.
   *
   * <p>It refuses exactly what Twilio refuses (see {@code docs/workflow-configuration.md} for each
   * rule and its source): text that is not JSON, wrong JSON types, a missing {@code task_routing},
   * a filter without {@code expression}, a first target without a queue, expressions that do not
   * parse, SIDs that are not SIDs, timeouts that are not positive whole seconds, and documents over
   * Twilio's size limit. Everything Twilio accepts but that is probably a mistake (typos,
   * unreachable filters, negative priorities, …) is left to {@link #lint()}.
   *
   * @param json the {@code configuration} text of a Workflow
   * @return the configuration
   * @throws InvalidConfigurationException listing every problem found, each with its JSON path; for
   *     a template whose only problems are its placeholders, a {@code TEMPLATE_PLACEHOLDERS}
   *     problem says so and points to {@link WorkflowTemplate}
   */
  public static WorkflowConfiguration fromJson(String json) {
    Objects.requireNonNull(json, "json == null");
    try {
      return ConfigurationReader.read(json);
    } catch (InvalidConfigurationException e) {
      Problem hint = WorkflowTemplate.templateHint(json);
      if (hint == null) {
        throw e;
      }
      List<Problem> problems = new ArrayList<>();
      problems.add(hint);
      problems.addAll(e.problems());
      throw new InvalidConfigurationException(problems);
    }
  }

  /**
   * Reads a configuration document and lints it, without throwing: the problems that stop it from
   * being read, or else those of {@link #lint()}.
   *
   * @param json the {@code configuration} text of a Workflow
   * @return every problem found; empty if none
   */
  public static List<Problem> lintJson(String json) {
    try {
      return fromJson(json).lint();
    } catch (InvalidConfigurationException e) {
      return e.problems();
    }
  }

  /** The {@code task_routing} object: filters and default filter. */
  public TaskRouting taskRouting() {
    return taskRouting;
  }

  /** Top-level fields this library does not model (copies). */
  public Map<String, JsonNode> extras() {
    return Extras.copy(extras);
  }

  Map<String, JsonNode> extrasView() {
    return extras;
  }

  /**
   * The minified canonical JSON, as sent to Twilio (whose size limit counts whitespace): documented
   * field names, numbers as numbers, unmodelled fields after the modelled ones.
   */
  public String toJson() {
    String result = json;
    if (result == null) {
      result = ConfigurationWriter.minify(ConfigurationWriter.document(this, false));
      json = result;
    }
    return result;
  }

  /**
   * The canonical pretty JSON, for people and snapshots: 2-space indent, {@code "key": value},
   * {@code \n} line ends, one trailing newline; byte-identical on every JDK and OS.
   */
  public String toPrettyJson() {
    return CanonicalJson.prettyPrint(ConfigurationWriter.document(this, false));
  }

  /** The canonical JSON as a new tree the caller owns. */
  public ObjectNode toJsonTree() {
    return ConfigurationWriter.document(this, true);
  }

  /**
   * Checks the configuration as a whole and returns every problem without throwing: everything
   * Twilio accepts but that is probably a mistake. Duplicate filter names, unreachable filters and
   * targets, filters without targets, limits, negative priorities, blank or conflicting
   * known-worker fields, conflicting legacy spellings, misspelt keys (an ERROR with "did you mean
   * `timeout`?", since Twilio ignores them), other unknown keys, the size limit and every
   * expression lint. The codes and what Twilio does for each are listed in {@code
   * docs/workflow-configuration.md}.
   *
   * @return the problems, errors and warnings, in document order
   */
  public List<Problem> lint() {
    return new ConfigurationLinter(this, null).lint();
  }

  /**
   * Like {@link #lint()}, and also checks the configuration against a workspace: queues and known
   * workers that do not exist there.
   *
   * @param workspace the queues and workers of the workspace the workflow will live in
   * @return the problems, in document order
   */
  public List<Problem> lint(WorkspaceSnapshot workspace) {
    return new ConfigurationLinter(this, Objects.requireNonNull(workspace, "workspace == null"))
        .lint();
  }

  /**
   * Throws if {@link #lint()} finds an error; warnings alone pass.
   *
   * @return this configuration, for chaining
   * @throws InvalidConfigurationException listing every problem (errors and warnings)
   */
  public WorkflowConfiguration requireValid() {
    return requireNoErrors(lint());
  }

  /**
   * Throws if {@link #lint(WorkspaceSnapshot)} finds an error; warnings alone pass.
   *
   * @param workspace the workspace's queues and workers
   * @return this configuration, for chaining
   * @throws InvalidConfigurationException listing every problem (errors and warnings)
   */
  public WorkflowConfiguration requireValid(WorkspaceSnapshot workspace) {
    return requireNoErrors(lint(workspace));
  }

  private WorkflowConfiguration requireNoErrors(List<Problem> problems) {
    for (Problem problem : problems) {
      if (problem.severity() == Severity.ERROR) {
        throw new InvalidConfigurationException(problems);
      }
    }
    return this;
  }

  /** A builder holding this configuration's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    taskRouting.filters().forEach(b::filter);
    taskRouting.defaultFilter().ifPresent(b::defaultFilter);
    b.taskRoutingExtras.putAll(taskRouting.extrasView());
    b.extras.putAll(extras);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WorkflowConfiguration
        && taskRouting.equals(((WorkflowConfiguration) other).taskRouting)
        && extras.equals(((WorkflowConfiguration) other).extras);
  }

  @Override
  public int hashCode() {
    return Objects.hash(taskRouting, extras);
  }

  /** The minified canonical JSON ({@link #toJson()}). */
  @Override
  public String toString() {
    return toJson();
  }

  /** Builds a {@link WorkflowConfiguration}; filters are kept in the order they are added. */
  public static final class Builder {
    private final List<Object> filters = new ArrayList<>();
    private Object defaultFilter;
    private final Map<String, JsonNode> taskRoutingExtras = new LinkedHashMap<>();
    private final Map<String, JsonNode> extras = new LinkedHashMap<>();

    Builder() {}

    /** Appends a filter. */
    public Builder filter(Filter filter) {
      filters.add(Objects.requireNonNull(filter, "filter == null"));
      return this;
    }

    /** Appends a filter, built with the configuration so its problems carry full JSON paths. */
    public Builder filter(Filter.Builder filter) {
      filters.add(Objects.requireNonNull(filter, "filter == null"));
      return this;
    }

    /** Appends filters in order. */
    public Builder filters(Iterable<Filter> filters) {
      Objects.requireNonNull(filters, "filters == null").forEach(this::filter);
      return this;
    }

    /** Sends tasks matching no filter to {@code queue}: {@code "default_filter": {"queue": …}}. */
    public Builder defaultQueue(TaskQueueSid queue) {
      return defaultFilter(DefaultFilter.queue(queue));
    }

    /** Sets the default filter. */
    public Builder defaultFilter(DefaultFilter defaultFilter) {
      this.defaultFilter = Objects.requireNonNull(defaultFilter, "defaultFilter == null");
      return this;
    }

    /** Sets the default filter, built with the configuration. */
    public Builder defaultFilter(DefaultFilter.Builder defaultFilter) {
      this.defaultFilter = Objects.requireNonNull(defaultFilter, "defaultFilter == null");
      return this;
    }

    /** Adds an unmodelled field to {@code task_routing} (copied). */
    public Builder taskRoutingExtra(String name, JsonNode value) {
      Extras.put(taskRoutingExtras, Fields.TASK_ROUTING_FIELDS, name, value);
      return this;
    }

    /** Adds an unmodelled top-level field (copied). */
    public Builder extra(String name, JsonNode value) {
      Extras.put(extras, Fields.DOCUMENT, name, value);
      return this;
    }

    /**
     * Builds the configuration, parsing text expressions.
     *
     * @throws InvalidConfigurationException listing every problem with its JSON path and filter
     */
    public WorkflowConfiguration build() {
      List<Problem> problems = new ArrayList<>();
      List<Filter> built = new ArrayList<>();
      for (int i = 0; i < filters.size(); i++) {
        Object item = filters.get(i);
        Filter filter =
            item instanceof Filter
                ? (Filter) item
                : ((Filter.Builder) item).build("task_routing.filters[" + i + "]", problems);
        if (filter != null) {
          built.add(filter);
        }
      }
      DefaultFilter fallback =
          defaultFilter instanceof DefaultFilter.Builder
              ? ((DefaultFilter.Builder) defaultFilter)
                  .build("task_routing.default_filter", problems)
              : (DefaultFilter) defaultFilter;
      if (!problems.isEmpty()) {
        throw new InvalidConfigurationException(problems);
      }
      return new WorkflowConfiguration(new TaskRouting(built, fallback, taskRoutingExtras), extras);
    }
  }
}
