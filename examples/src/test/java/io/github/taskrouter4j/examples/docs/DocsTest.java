package io.github.taskrouter4j.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles every {@code ```java} block of README.md and docs/**{@code /*.md}, and runs the {@code
 * ```java run} blocks of each page in the order they appear (see docs/README.md). A block may use
 * the classes declared by the blocks before it on the same page.
 */
class DocsTest {
  private static final Path ROOT =
      Path.of(System.getProperty("taskrouter4j.root", "..")).toAbsolutePath().normalize();
  private final DocCompiler compiler = new DocCompiler();

  @TestFactory
  Stream<DynamicNode> everyJavaBlock_compilesAndRunBlocksRunInOrder() {
    return MarkdownBlocks.pages(ROOT).stream()
        .map(
            page ->
                DynamicContainer.dynamicContainer(
                    ROOT.relativize(page).toString(), tests(MarkdownBlocks.read(ROOT, page))));
  }

  @Test
  void pages_readmeAndDocsFoundWithJavaBlocks() {
    List<Path> pages = MarkdownBlocks.pages(ROOT);
    List<String> names =
        pages.stream().map(p -> ROOT.relativize(p).toString()).collect(Collectors.toList());

    assertThat(names).contains("README.md", "docs/expressions.md", "docs/client.md");
    assertThat(pages.stream().mapToLong(p -> MarkdownBlocks.read(ROOT, p).size()).sum())
        .isGreaterThanOrEqualTo(25);
  }

  /** One test a block; each block compiles with the blocks before it on its page. */
  private Stream<DynamicTest> tests(List<DocBlock> blocks) {
    return IntStream.range(0, blocks.size())
        .mapToObj(i -> test(blocks.get(i), blocks.subList(0, i)));
  }

  private DynamicTest test(DocBlock block, List<DocBlock> earlier) {
    String name = "line " + block.firstLine() + (block.mode() == DocBlock.Mode.RUN ? " (run)" : "");
    return DynamicTest.dynamicTest(
        name,
        () -> {
          DocCompiler.Compiled compiled = compiler.compile(block, earlier);
          if (block.mode() == DocBlock.Mode.RUN) {
            DocRunner.run(compiled);
          }
        });
  }
}
