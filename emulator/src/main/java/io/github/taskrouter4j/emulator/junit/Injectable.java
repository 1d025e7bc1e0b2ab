package io.github.taskrouter4j.emulator.junit;

import io.github.taskrouter4j.TaskRouter;
import io.github.taskrouter4j.WorkspaceApi;
import io.github.taskrouter4j.emulator.EmulatorClock;
import io.github.taskrouter4j.emulator.TaskRouterEmulator;
import java.lang.reflect.Parameter;
import java.util.Optional;

/** The parameter types {@link TaskRouterExtension} injects. */
enum Injectable {
  EMULATOR(TaskRouterEmulator.class),
  CLIENT(TaskRouter.class),
  WORKSPACE(WorkspaceApi.class),
  CLOCK(EmulatorClock.class);

  private final Class<?> type;

  Injectable(Class<?> type) {
    this.type = type;
  }

  static Optional<Injectable> of(Class<?> type) {
    for (Injectable i : values()) {
      if (i.type == type) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code type} belongs to the client's or the emulator's API: such a parameter is claimed
   * so that asking for one we do not inject fails with our explanation, not JUnit's generic "no
   * resolver". Resource and SID types are left to other resolvers.
   */
  static boolean isTaskRouterType(Class<?> type) {
    String pkg = type.getPackageName();
    return pkg.equals(TaskRouter.class.getPackageName())
        || pkg.equals(TaskRouterEmulator.class.getPackageName());
  }

  static String unsupported(Parameter p) {
    return "Cannot inject the "
        + p.getType().getSimpleName()
        + " parameter of "
        + where(p)
        + ": the TaskRouter extension injects TaskRouterEmulator, TaskRouter, WorkspaceApi and"
        + " EmulatorClock. Reach the rest through them, e.g. workspace.workers(),"
        + " client.workspaces() or emulator.credentials().";
  }

  /** The method or constructor a parameter belongs to, as {@code FooTest.method}. */
  static String where(Parameter p) {
    return p.getDeclaringExecutable().getDeclaringClass().getSimpleName()
        + "."
        + p.getDeclaringExecutable().getName();
  }
}
