package io.github.taskrouter4j.workflow.codegen;

import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.Placeholder;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.WorkflowTemplate;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.SourceVersion;

/**
 * Java builder code from an existing workflow configuration: the way from the JSON a team has
 * deployed to typed Java, without retyping it.
 *
 * <pre>{@code
 * String java = JavaSource.of(WorkflowConfiguration.fromJson(json), "com.acme.routing", "Support");
 * Files.writeString(Path.of("src/main/java/com/acme/routing/Support.java"), java);
 * }</pre>
 *
 * <p>The result is one compilation unit declaring {@code public final class Support} with {@code
 * public static WorkflowConfiguration configuration()}, whose body is {@code
 * WorkflowConfiguration.builder().filter(Filter.named(...).when(attr(...).eq(...))...)...build()}:
 * expressions use the {@link io.github.taskrouter4j.workflow.expression.Expressions} DSL where it
 * can express them and their text where it cannot; queue SIDs become constants; fields this library
 * does not model are kept as JSON. It is laid out as google-java-format lays it out, and builds a
 * configuration {@linkplain WorkflowConfiguration#equals equal} to the input (expressions written
 * with the DSL print their canonical text).
 */
public final class JavaSource {
  private JavaSource() {}

  /**
   * The Java source of a class that builds {@code configuration}; queue constants are named {@code
   * QUEUE_1}, {@code QUEUE_2}, … in order of appearance.
   *
   * @param configuration the configuration
   * @param packageName the package, for example {@code com.acme.routing}; empty for none
   * @param className the simple class name, for example {@code SupportWorkflow}
   * @return the compilation unit
   * @throws IllegalArgumentException if the package or class name is not a valid Java name
   */
  public static String of(
      WorkflowConfiguration configuration, String packageName, String className) {
    return of(configuration, packageName, className, Map.of());
  }

  /**
   * Like {@link #of(WorkflowConfiguration, String, String)}, naming each queue constant after the
   * queue's friendly name ({@code "Tier 1"} becomes {@code TIER_1}).
   *
   * @param queueNames queue friendly names by SID; queues missing from it are numbered
   */
  public static String of(
      WorkflowConfiguration configuration,
      String packageName,
      String className,
      Map<TaskQueueSid, String> queueNames) {
    Objects.requireNonNull(configuration, "configuration == null");
    Objects.requireNonNull(queueNames, "queueNames == null");
    checkNames(packageName, className);
    return new SourceWriter(configuration, packageName, className, queueNames).write();
  }

  /**
   * The Java source of a class that builds a template's configuration from its placeholder values:
   * {@code public static WorkflowConfiguration configuration(TaskQueueSid queueSidEveryone, String
   * type)}, one parameter per placeholder in order of appearance, typed by its {@linkplain
   * Placeholder.Kind kind} ({@code TaskQueueSid}, {@code ActivitySid} or {@code String}) and named
   * in lowerCamelCase after it ({@code QUEUE_SID_EVERYONE} becomes {@code queueSidEveryone}). Where
   * a placeholder stands inside an expression, the code concatenates the parameter into the text
   * ({@code "helpline=='" + varHelpline + "'"}), so calling it with values builds the same
   * configuration as {@link WorkflowTemplate#bind(Map)} with those values.
   *
   * @param template the template
   * @param packageName the package, for example {@code com.acme.routing}; empty for none
   * @param className the simple class name, for example {@code SupportWorkflow}
   * @return the compilation unit
   * @throws IllegalArgumentException if the package or class name is not a valid Java name
   */
  public static String of(WorkflowTemplate template, String packageName, String className) {
    return of(template, packageName, className, Map.of());
  }

  /**
   * Like {@link #of(WorkflowTemplate, String, String)}, naming the constants of the queues that are
   * real SIDs (not placeholders) after their friendly names, as {@link #of(WorkflowConfiguration,
   * String, String, Map)} does.
   *
   * @param queueNames queue friendly names by SID; queues missing from it are numbered
   */
  public static String of(
      WorkflowTemplate template,
      String packageName,
      String className,
      Map<TaskQueueSid, String> queueNames) {
    Objects.requireNonNull(template, "template == null");
    Objects.requireNonNull(queueNames, "queueNames == null");
    checkNames(packageName, className);
    return new SourceWriter(
            template.withStandIns(),
            packageName,
            className,
            queueNames,
            TemplateParameters.of(template))
        .write();
  }

  private static void checkNames(String packageName, String className) {
    Objects.requireNonNull(packageName, "packageName == null");
    Objects.requireNonNull(className, "className == null");
    if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
      throw new IllegalArgumentException(
          "packageName must be a Java package name such as com.acme.routing (dot-separated"
              + " identifiers, no keywords), was \""
              + packageName
              + "\"");
    }
    if (!SourceVersion.isIdentifier(className) || SourceVersion.isKeyword(className)) {
      throw new IllegalArgumentException(
          "className must be a Java identifier such as SupportWorkflow, was \"" + className + "\"");
    }
  }
}
