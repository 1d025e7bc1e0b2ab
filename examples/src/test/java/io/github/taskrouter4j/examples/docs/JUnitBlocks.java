package io.github.taskrouter4j.examples.docs;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs a {@code ```java run} block that is a JUnit 5 test class, as a user's build would. */
final class JUnitBlocks {
  private JUnitBlocks() {}

  /** Whether the class declares JUnit {@code @Test} methods. */
  static boolean hasTests(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods()).anyMatch(JUnitBlocks::isTest);
  }

  private static boolean isTest(Method method) {
    return method.isAnnotationPresent(Test.class);
  }

  /**
   * Runs the class's tests.
   *
   * @throws AssertionError naming the block and every failed test with its failure
   */
  static void run(DocBlock block, Class<?> type) {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(type)).build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();
    if (summary.getTestsFoundCount() == 0) {
      throw new AssertionError(block.location(1) + ": JUnit found no test in " + type.getName());
    }
    if (summary.getTotalFailureCount() > 0) {
      String failures =
          summary.getFailures().stream()
              .map(f -> "  " + f.getTestIdentifier().getDisplayName() + ": " + f.getException())
              .collect(Collectors.joining("\n"));
      throw new AssertionError(
          block.location(1) + ": the JUnit tests of the ```java run block failed:\n" + failures,
          summary.getFailures().get(0).getException());
    }
  }
}
