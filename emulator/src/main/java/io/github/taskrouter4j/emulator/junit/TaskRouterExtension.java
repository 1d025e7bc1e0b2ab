package io.github.taskrouter4j.emulator.junit;

import io.github.taskrouter4j.TaskRouter;
import io.github.taskrouter4j.WorkspaceApi;
import io.github.taskrouter4j.emulator.TaskRouterEmulator;
import io.github.taskrouter4j.resource.Workspace;
import io.github.taskrouter4j.resource.WorkspaceTemplate;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link TaskRouterTest}; register it yourself for settings an
 * annotation cannot hold:
 *
 * <pre>{@code
 * class EscalationTest {
 *   @RegisterExtension
 *   static final TaskRouterExtension TASKROUTER = TaskRouterExtension.builder()
 *       .lifecycle(EmulatorLifecycle.PER_TEST)
 *       .clockStart(Instant.parse("2024-06-01T09:00:00Z"))
 *       .workspaceTemplate(WorkspaceTemplate.NONE)
 *       .workspaceSetup(ws -> ws.taskQueues().create(q -> q.friendlyName("Billing")))
 *       .emulator(e -> e.threads(2))
 *       .build();
 *
 *   @Test
 *   void escalates(WorkspaceApi workspace, EmulatorClock clock) { ... }
 * }
 * }</pre>
 *
 * <p>It resolves parameters of type {@code TaskRouterEmulator}, {@code TaskRouter}, {@code
 * WorkspaceApi} and {@code EmulatorClock}, starting what is asked for on first use and closing it
 * through the extension context's store when its scope ends. It is thread-safe: tests running
 * concurrently share the class's emulator and each get their own workspace.
 */
public final class TaskRouterExtension implements BeforeAllCallback, ParameterResolver {
  /** Where the manual clock starts unless told otherwise: {@code 2024-01-01T00:00:00Z}. */
  public static final String DEFAULT_CLOCK_START = "2024-01-01T00:00:00Z";

  private static final Namespace NAMESPACE = Namespace.create(TaskRouterExtension.class);
  private static final String SESSION = "session";
  private static final String WORKSPACE = "workspace";
  private static final String SETTINGS = "settings";

  private final Optional<Settings> registered;

  /**
   * The extension as {@code @TaskRouterTest} (or {@code @ExtendWith}) creates it: settings come
   * from the test class's {@link TaskRouterTest} annotation, or the defaults without one.
   */
  public TaskRouterExtension() {
    this.registered = Optional.empty();
  }

  private TaskRouterExtension(Settings settings) {
    this.registered = Optional.of(settings);
  }

  /** Starts configuring an extension for {@code @RegisterExtension}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads and checks the class's {@link TaskRouterTest} before any test runs, so a bad setting
   * fails the class at once with a message naming it.
   */
  @Override
  public void beforeAll(ExtensionContext context) {
    if (registered.isEmpty() && !Settings.registeredByField(context)) {
      settings(context);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    if (registered.isEmpty() && Settings.registeredByField(context)) {
      return false; // a @RegisterExtension field of the class configures the emulator instead
    }
    Class<?> type = parameter.getParameter().getType();
    return Injectable.of(type).isPresent() || Injectable.isTaskRouterType(type);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Parameter p = parameter.getParameter();
    Injectable injectable =
        Injectable.of(p.getType())
            .orElseThrow(() -> new ParameterResolutionException(Injectable.unsupported(p)));
    Settings settings = registered.orElseGet(() -> settings(context));
    switch (injectable) {
      case EMULATOR:
        return session(settings, context, p).emulator();
      case CLIENT:
        return session(settings, context, p).client();
      case CLOCK:
        return session(settings, context, p).emulator().clock();
      case WORKSPACE:
        return workspace(settings, context, p);
      default:
        throw new IllegalStateException("unhandled " + injectable);
    }
  }

  private static Settings settings(ExtensionContext context) {
    return classLevel(context)
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(SETTINGS, key -> Settings.fromAnnotation(context), Settings.class);
  }

  private static EmulatorSession session(Settings settings, ExtensionContext context, Parameter p) {
    ExtensionContext owner;
    if (settings.lifecycle() == EmulatorLifecycle.PER_TEST) {
      if (context.getTestMethod().isEmpty()) {
        throw new ParameterResolutionException(
            "Cannot inject the "
                + p.getType().getSimpleName()
                + " parameter of "
                + Injectable.where(p)
                + ": with lifecycle PER_TEST each test gets its own emulator, so a class-level"
                + " method or constructor has none. Ask for it in a @BeforeEach or test method,"
                + " or use lifecycle PER_CLASS.");
      }
      owner = context;
    } else {
      owner = classLevel(context);
    }
    return owner
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            SESSION, key -> new EmulatorSession(settings.startEmulator()), EmulatorSession.class);
  }

  private static WorkspaceApi workspace(Settings settings, ExtensionContext context, Parameter p) {
    EmulatorSession session = session(settings, context, p);
    // a workspace asked for in @BeforeAll lives in the class's store and is found by its tests
    boolean deleteOnClose = settings.lifecycle() == EmulatorLifecycle.PER_CLASS;
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            WORKSPACE,
            key -> createWorkspace(settings, session.client(), context, deleteOnClose),
            TestWorkspace.class)
        .api();
  }

  private static TestWorkspace createWorkspace(
      Settings settings, TaskRouter client, ExtensionContext context, boolean deleteOnClose) {
    Workspace created =
        client
            .workspaces()
            .create(
                w ->
                    w.friendlyName(settings.workspaceName(context))
                        .template(settings.workspaceTemplate()));
    WorkspaceApi api = client.workspace(created.sid());
    TestWorkspace workspace = new TestWorkspace(api, deleteOnClose);
    try {
      settings.workspaceSetups().forEach(setup -> setup.setUp(api));
    } catch (RuntimeException e) {
      workspace.close();
      throw e;
    }
    return workspace;
  }

  /**
   * The context of the test class (for nested classes: the innermost) that {@code context} is in.
   */
  private static ExtensionContext classLevel(ExtensionContext context) {
    ExtensionContext c = context;
    while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
      c = c.getParent().get();
    }
    return c;
  }

  @Override
  public String toString() {
    return "TaskRouterExtension{"
        + registered.map(Settings::toString).orElse("settings from @TaskRouterTest")
        + "}";
  }

  /** Configures a {@link TaskRouterExtension}; every setting has the annotation's default. */
  public static final class Builder {
    private EmulatorLifecycle lifecycle = EmulatorLifecycle.PER_CLASS;
    private Optional<Instant> clockStart = Optional.of(Instant.parse(DEFAULT_CLOCK_START));
    private String workspaceName = "";
    private WorkspaceTemplate workspaceTemplate = WorkspaceTemplate.FIFO;
    private final List<WorkspaceSetup> workspaceSetups = new ArrayList<>();
    private final List<Consumer<TaskRouterEmulator.Builder>> emulatorOptions = new ArrayList<>();

    private Builder() {}

    /** One emulator per class (default) or per test. */
    public Builder lifecycle(EmulatorLifecycle lifecycle) {
      this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle == null");
      return this;
    }

    /** A manual clock (the default) that starts at {@code start}. */
    public Builder clockStart(Instant start) {
      this.clockStart = Optional.of(Objects.requireNonNull(start, "start == null"));
      return this;
    }

    /** Real time instead of the manual clock. */
    public Builder systemClock() {
      this.clockStart = Optional.empty();
      return this;
    }

    /** The workspaces' friendly name (up to 64 characters); by default the test's name. */
    public Builder workspaceName(String name) {
      this.workspaceName = Settings.checkedName(Objects.requireNonNull(name, "name == null"));
      return this;
    }

    /** Twilio's template for each new workspace: {@code FIFO} (default) or {@code NONE}. */
    public Builder workspaceTemplate(WorkspaceTemplate template) {
      this.workspaceTemplate = Objects.requireNonNull(template, "template == null");
      return this;
    }

    /** Adds a step run on each new workspace after the template, in the order added. */
    public Builder workspaceSetup(WorkspaceSetup setup) {
      workspaceSetups.add(Objects.requireNonNull(setup, "setup == null"));
      return this;
    }

    /**
     * Adds options for each emulator, e.g. {@code e -> e.threads(2)}; applied after the clock
     * setting, so a clock set here replaces it.
     */
    public Builder emulator(Consumer<TaskRouterEmulator.Builder> options) {
      emulatorOptions.add(Objects.requireNonNull(options, "options == null"));
      return this;
    }

    /** The extension, ready for {@code @RegisterExtension}. */
    public TaskRouterExtension build() {
      return new TaskRouterExtension(settings());
    }

    Settings settings() {
      return new Settings(
          lifecycle,
          clockStart,
          workspaceName,
          workspaceTemplate,
          List.copyOf(workspaceSetups),
          List.copyOf(emulatorOptions));
    }
  }
}
