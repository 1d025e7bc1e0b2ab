package io.github.taskrouter4j.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The docs test's own machinery: it must fail when a block stops compiling, running or printing.
 */
class DocBlocksTest {
  private static final Path PAGE = Path.of("docs/page.md");
  private final DocCompiler compiler = new DocCompiler();

  private static String page(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  @Test
  void parse_javaBlocksOnly_withModeAndFirstSourceLine() {
    List<DocBlock> blocks =
        MarkdownBlocks.parse(
            PAGE,
            page(
                "# Title",
                "```bash",
                "./mvnw -B verify",
                "```",
                "```java",
                "class A {}",
                "```",
                "text",
                "```java run",
                "class B {}",
                "```"));

    assertThat(blocks).hasSize(2);
    assertThat(blocks.get(0).mode()).isEqualTo(DocBlock.Mode.COMPILE);
    assertThat(blocks.get(0).firstLine()).isEqualTo(6);
    assertThat(blocks.get(0).source()).isEqualTo("class A {}\n");
    assertThat(blocks.get(1).mode()).isEqualTo(DocBlock.Mode.RUN);
    assertThat(blocks.get(1).toString()).isEqualTo("docs/page.md:10 (run)");
  }

  @Test
  void parse_outputBlockAfterRunBlock_isItsExpectedOutput() {
    List<DocBlock> blocks =
        MarkdownBlocks.parse(
            PAGE, page("```java run", "class B {}", "```", "", "```text output", "hi", "```"));

    assertThat(blocks)
        .singleElement()
        .satisfies(b -> assertThat(b.expectedOutput()).hasValue("hi\n"));
  }

  @Test
  void parse_outputBlockWithoutRunBlock_isRefusedWithItsLine() {
    assertThatThrownBy(
            () ->
                MarkdownBlocks.parse(
                    PAGE, page("```java", "class A {}", "```", "```text output", "hi", "```")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "docs/page.md:4: a ```text output block must directly follow a ```java run block");
  }

  @Test
  void parse_unknownJavaKind_namesWhatIsAllowed() {
    assertThatThrownBy(() -> MarkdownBlocks.parse(PAGE, page("```java snippet", "x", "```")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("docs/page.md:1: unknown code block kind 'java snippet'")
        .hasMessageContaining("allowed: ```java (compiled) or ```java run");
  }

  @Test
  void parse_unclosedBlock_isRefused() {
    assertThatThrownBy(() -> MarkdownBlocks.parse(PAGE, page("text", "```java", "class A {}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("docs/page.md:2: the code block opened here is never closed with ```");
  }

  @Test
  void parse_indentedFenceInAList_stripsTheIndent() {
    List<DocBlock> blocks =
        MarkdownBlocks.parse(PAGE, page("- item", "  ```java", "  class A {}", "  ```"));

    assertThat(blocks)
        .singleElement()
        .satisfies(b -> assertThat(b.source()).isEqualTo("class A {}\n"));
  }

  @Test
  void compile_completeUnitWithImports_compiles() throws Exception {
    DocBlock block =
        MarkdownBlocks.parse(
                PAGE,
                page(
                    "```java",
                    "import io.github.taskrouter4j.sid.TaskQueueSid;",
                    "",
                    "public class Sids {",
                    "  static final TaskQueueSid Q = TaskQueueSid.of(\"WQ0123456789abcdef0123456789abcdef\");",
                    "}",
                    "```"))
            .get(0);

    assertThat(compiler.compile(block).mainClass().getSimpleName()).isEqualTo("Sids");
  }

  @Test
  void compile_brokenBlock_failsWithMarkdownLineAndCompilerMessage() {
    DocBlock broken =
        MarkdownBlocks.parse(
                PAGE,
                page(
                    "intro",
                    "```java",
                    "class Broken {",
                    "  TaskQueueSid q;  // import missing",
                    "}",
                    "```"))
            .get(0);

    assertThatThrownBy(() -> compiler.compile(broken))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("docs/page.md:3: the ```java block does not compile")
        .hasMessageContaining("docs/page.md:4: cannot find symbol")
        .hasMessageContaining("TaskQueueSid q;  // import missing");
  }

  @Test
  void compile_blockUsingAnEarlierBlocksClass_compilesOnlyWithTheEarlierBlocks() throws Exception {
    List<DocBlock> blocks =
        MarkdownBlocks.parse(
            PAGE,
            page(
                "```java",
                "class Greeting {",
                "  static String text() { return \"hello\"; }",
                "}",
                "```",
                "```java",
                "class Greeting {",
                "  static String text() { return \"hi\"; }",
                "}",
                "```",
                "```java",
                "public class UsesGreeting {",
                "  public static String value() { return Greeting.text(); }",
                "}",
                "```"));
    DocBlock user = blocks.get(2);

    assertThatThrownBy(() -> compiler.compile(user))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("cannot find symbol");
    Class<?> compiled = compiler.compile(user, blocks.subList(0, 2)).mainClass();
    assertThat(compiled.getMethod("value").invoke(null))
        .as("the later Greeting wins")
        .isEqualTo("hi");
  }

  @Test
  void compile_fragmentWithoutClass_isRefusedAsIncomplete() {
    DocBlock fragment = MarkdownBlocks.parse(PAGE, page("```java", "int x = 1;", "```")).get(0);

    assertThatThrownBy(() -> compiler.compile(fragment))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("docs/page.md:2: this ```java block declares no top-level class");
  }

  @Test
  void run_printsWhatItsOutputBlockSays_withEllipsisAsWildcard() throws Exception {
    DocBlock block =
        MarkdownBlocks.parse(
                PAGE,
                page(
                    "```java run",
                    "public class Hello {",
                    "  public static void main(String[] args) {",
                    "    System.out.println(\"port 41234 ready\");",
                    "  }",
                    "}",
                    "```",
                    "```text output",
                    "port … ready",
                    "```"))
            .get(0);

    assertThat(DocRunner.run(compiler.compile(block))).isEqualTo("port 41234 ready\n");
  }

  @Test
  void run_differentOutput_failsShowingBothLines() {
    DocBlock block =
        MarkdownBlocks.parse(
                PAGE,
                page(
                    "```java run",
                    "public class Hello {",
                    "  public static void main(String[] args) {",
                    "    System.out.println(\"pending\");",
                    "  }",
                    "}",
                    "```",
                    "```text output",
                    "assigned",
                    "```"))
            .get(0);

    assertThatThrownBy(() -> DocRunner.run(compiler.compile(block)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected: assigned")
        .hasMessageContaining("printed:  pending");
  }

  @Test
  void run_throwingBlock_failsNamingTheBlock() {
    DocBlock block =
        MarkdownBlocks.parse(
                PAGE,
                page(
                    "```java run",
                    "public class Boom {",
                    "  public static void main(String[] args) {",
                    "    throw new IllegalStateException(\"HTTP 400\");",
                    "  }",
                    "}",
                    "```"))
            .get(0);

    assertThatThrownBy(() -> DocRunner.run(compiler.compile(block)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("docs/page.md:2: the ```java run block threw")
        .hasMessageContaining("HTTP 400");
  }

  @Test
  void run_junitTestClass_runsItsTestsAndFailsWhenOneFails() {
    DocBlock block =
        MarkdownBlocks.parse(
                PAGE,
                page(
                    "```java run",
                    "import static org.assertj.core.api.Assertions.assertThat;",
                    "",
                    "import org.junit.jupiter.api.Test;",
                    "",
                    "class RoutingTest {",
                    "  @Test",
                    "  void passes() {",
                    "    assertThat(1 + 1).isEqualTo(2);",
                    "  }",
                    "",
                    "  @Test",
                    "  void fails() {",
                    "    assertThat(\"pending\").isEqualTo(\"assigned\");",
                    "  }",
                    "}",
                    "```"))
            .get(0);

    assertThatThrownBy(() -> DocRunner.run(compiler.compile(block)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("docs/page.md:2: the JUnit tests of the ```java run block failed")
        .hasMessageContaining("fails()")
        .hasMessageContaining("assigned");
  }
}
