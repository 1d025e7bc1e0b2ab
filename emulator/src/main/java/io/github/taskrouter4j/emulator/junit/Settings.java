package io.github.taskrouter4j.emulator.junit;

import io.github.taskrouter4j.emulator.EmulatorClock;
import io.github.taskrouter4j.emulator.TaskRouterEmulator;
import io.github.taskrouter4j.resource.WorkspaceTemplate;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/** What {@link TaskRouterExtension} starts, from its builder or a {@link TaskRouterTest}. */
final class Settings {
  private static final int MAX_NAME_LENGTH = 64;

  private final EmulatorLifecycle lifecycle;
  private final Optional<Instant> clockStart;
  private final String workspaceName;
  private final WorkspaceTemplate workspaceTemplate;
  private final List<WorkspaceSetup> workspaceSetups;
  private final List<Consumer<TaskRouterEmulator.Builder>> emulatorOptions;

  Settings(
      EmulatorLifecycle lifecycle,
      Optional<Instant> clockStart,
      String workspaceName,
      WorkspaceTemplate workspaceTemplate,
      List<WorkspaceSetup> workspaceSetups,
      List<Consumer<TaskRouterEmulator.Builder>> emulatorOptions) {
    this.lifecycle = lifecycle;
    this.clockStart = clockStart;
    this.workspaceName = workspaceName;
    this.workspaceTemplate = workspaceTemplate;
    this.workspaceSetups = workspaceSetups;
    this.emulatorOptions = emulatorOptions;
  }

  /** The settings of the nearest {@link TaskRouterTest} on the test class or its outer classes. */
  static Settings fromAnnotation(ExtensionContext context) {
    Optional<TaskRouterTest> found = Optional.empty();
    for (Optional<Class<?>> c = context.getTestClass();
        c.isPresent() && found.isEmpty();
        c = Optional.ofNullable(c.get().getEnclosingClass())) {
      found = AnnotationSupport.findAnnotation(c.get(), TaskRouterTest.class);
    }
    if (found.isEmpty()) {
      return TaskRouterExtension.builder().settings();
    }
    TaskRouterTest a = found.get();
    List<WorkspaceSetup> setups = new ArrayList<>();
    for (Class<? extends WorkspaceSetup> type : a.workspaceSetup()) {
      setups.add(instantiate(type));
    }
    return new Settings(
        a.lifecycle(),
        a.systemClock() ? Optional.empty() : Optional.of(instant(a.clockStart())),
        checkedName(a.workspaceName()),
        template(a.workspaceTemplate()),
        List.copyOf(setups),
        List.of());
  }

  /** Whether the test class (or an outer class) registers its own extension in a field. */
  static boolean registeredByField(ExtensionContext context) {
    for (Optional<Class<?>> c = context.getTestClass();
        c.isPresent();
        c = Optional.ofNullable(c.get().getEnclosingClass())) {
      boolean any =
          !AnnotationSupport.findAnnotatedFields(
                  c.get(),
                  RegisterExtension.class,
                  f -> TaskRouterExtension.class.isAssignableFrom(f.getType()),
                  HierarchyTraversalMode.TOP_DOWN)
              .isEmpty();
      if (any) {
        return true;
      }
    }
    return false;
  }

  static String checkedName(String name) {
    if (name.length() > MAX_NAME_LENGTH) {
      throw new ExtensionConfigurationException(
          "TaskRouterTest.workspaceName must be at most "
              + MAX_NAME_LENGTH
              + " characters (Twilio's limit), was "
              + name.length()
              + ": \""
              + name
              + "\"");
    }
    return name;
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new ExtensionConfigurationException(
          "TaskRouterTest.clockStart must be an ISO-8601 instant such as "
              + TaskRouterExtension.DEFAULT_CLOCK_START
              + ", was \""
              + text
              + "\"");
    }
  }

  private static WorkspaceTemplate template(String text) {
    for (WorkspaceTemplate t : WorkspaceTemplate.knownValues()) {
      if (t.value().equals(text)) {
        return t;
      }
    }
    throw new ExtensionConfigurationException(
        "TaskRouterTest.workspaceTemplate must be one of "
            + WorkspaceTemplate.knownValues()
            + ", was \""
            + text
            + "\"");
  }

  private static WorkspaceSetup instantiate(Class<? extends WorkspaceSetup> type) {
    try {
      type.getDeclaredConstructor();
    } catch (NoSuchMethodException e) {
      throw new ExtensionConfigurationException(
          "TaskRouterTest.workspaceSetup: "
              + type.getSimpleName()
              + " needs a constructor without parameters; for a lambda or captured values use"
              + " TaskRouterExtension.builder().workspaceSetup(...) with @RegisterExtension");
    }
    return ReflectionSupport.newInstance(type);
  }

  EmulatorLifecycle lifecycle() {
    return lifecycle;
  }

  WorkspaceTemplate workspaceTemplate() {
    return workspaceTemplate;
  }

  List<WorkspaceSetup> workspaceSetups() {
    return workspaceSetups;
  }

  /** The configured name, or the test method's (the class's, at class level), cut to 64. */
  String workspaceName(ExtensionContext context) {
    if (!workspaceName.isEmpty()) {
      return workspaceName;
    }
    String name =
        context
            .getTestMethod()
            .map(m -> m.getName())
            .orElseGet(() -> context.getTestClass().map(Class::getSimpleName).orElse("test"));
    return name.length() <= MAX_NAME_LENGTH ? name : name.substring(0, MAX_NAME_LENGTH);
  }

  TaskRouterEmulator startEmulator() {
    TaskRouterEmulator.Builder builder =
        TaskRouterEmulator.builder()
            .clock(clockStart.map(EmulatorClock::manual).orElseGet(EmulatorClock::system));
    emulatorOptions.forEach(option -> option.accept(builder));
    return builder.start();
  }

  @Override
  public String toString() {
    return "lifecycle="
        + lifecycle
        + ", clock="
        + clockStart.map(i -> "manual from " + i).orElse("system")
        + ", workspaceTemplate="
        + workspaceTemplate
        + (workspaceName.isEmpty() ? "" : ", workspaceName=" + workspaceName)
        + ", workspaceSetups="
        + workspaceSetups.size();
  }
}
