package io.github.taskrouter4j.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaSourceWriterTest {
  @TempDir Path dir;

  @Test
  void toJavaSource_compilesAndRebuildsAnEqualDefinition() throws Exception {
    WorkspaceDefinition definition = Fixtures.everything();

    String source = definition.toJavaSource("com.example.routing", "SupportWorkspace");

    assertThat(compileAndBuild(source, "com.example.routing.SupportWorkspace"))
        .isEqualTo(definition);
    assertThat(source)
        .contains("public static final QueueKey SALES = QueueKey.of(\"Sales\");")
        .contains("DeclaredActivity.of(OFFLINE, false)")
        .contains("Target.queue(SALES.ref())")
        .contains(".defaultQueue(EVERYONE.ref())")
        .contains(".taskReservationTimeout(Duration.ofSeconds(120))")
        .contains("\"Voice \\u2013 Caf\\u00e9\"")
        .doesNotContain("\t");
  }

  @Test
  void toJavaSource_keysThatMakeTheSameConstant_getDistinctNames() throws Exception {
    WorkspaceDefinition definition =
        WorkspaceDefinition.builder()
            .addActivities(DeclaredActivity.of(ActivityKey.of("On Call"), true))
            .addActivities(DeclaredActivity.of(ActivityKey.of("on-call"), false))
            .addTaskQueues(DeclaredTaskQueue.builder(QueueKey.of("1st Line")).build())
            .build();

    String source = definition.toJavaSource("p", "W");

    assertThat(source)
        .contains("ActivityKey ON_CALL = ")
        .contains("ActivityKey ON_CALL_2 = ")
        .contains("QueueKey KEY_1ST_LINE = ");
    assertThat(compileAndBuild(source, "p.W")).isEqualTo(definition);
  }

  @Test
  void toJavaSource_badNames_areRefused() {
    assertThatThrownBy(() -> Fixtures.everything().toJavaSource("com.example-x", "W"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "packageName must be a Java package name such as com.example.routing, was"
                + " \"com.example-x\"");
    assertThatThrownBy(() -> Fixtures.everything().toJavaSource("p", "workspace"))
        .hasMessage(
            "className must be a Java class name starting with a capital letter, was"
                + " \"workspace\"");
  }

  @Test
  void literal_escapesWhatJavaCannotHoldVerbatim() {
    assertThat(JavaSourceWriter.literal("a\"b\\c\nd\re\tf é"))
        .isEqualTo("\"a\\\"b\\\\c\\nd\\re\\011f \\u00e9\"");
  }

  private Object compileAndBuild(String source, String className) throws Exception {
    Path file = dir.resolve(className.replace('.', '/') + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source, StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    int status =
        javac.run(null, null, null, "-classpath", classpath, "-d", dir.toString(), file.toString());
    assertThat(status).as(source).isZero();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {url(dir)}, getClass().getClassLoader())) {
      return loader.loadClass(className).getMethod("definition").invoke(null);
    } catch (InvocationTargetException e) {
      throw new AssertionError("definition() failed:\n" + source, e.getCause());
    }
  }

  private static URL url(Path path) {
    try {
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
