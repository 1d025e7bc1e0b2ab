package io.github.taskrouter4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/getting-started.md shows the consumer project (it/consumer) verbatim: each java block marked
 * {@code <!-- file: PATH -->} is that file, the XML block marked {@code <!-- region: PATH NAME -->}
 * is the region between {@code <!-- NAME -->} and {@code <!-- /NAME -->} of that file. The consumer
 * build proves the files work; this test proves the page still shows them.
 */
class GettingStartedDocsTest {
  private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).getParent();
  private static final Path PAGE = ROOT.resolve("docs/getting-started.md");
  private static final Path README = ROOT.resolve("README.md");
  private static final Path CONSUMER = ROOT.resolve("it/consumer");
  private static final Pattern MARKED_BLOCK =
      Pattern.compile(
          "<!-- (file|region): (\\S+)(?: (\\S+))? -->\\n```(\\w+)\\n(.*?)\\n```", Pattern.DOTALL);

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + ROOT.relativize(file) + ": " + e.getMessage(), e);
    }
  }

  /** Marked blocks of the page by what they show ("path" or "path#region"), in page order. */
  private static Map<String, String> markedBlocks() {
    return markedBlocks(PAGE);
  }

  private static Map<String, String> markedBlocks(Path page) {
    Map<String, String> blocks = new LinkedHashMap<>();
    Matcher m = MARKED_BLOCK.matcher(read(page));
    while (m.find()) {
      String key = m.group(1).equals("file") ? m.group(2) : m.group(2) + "#" + m.group(3);
      blocks.put(key, m.group(5));
    }
    return blocks;
  }

  private static String region(String file, String name) {
    String text = read(ROOT.resolve(file));
    String start = "<!-- " + name + " -->\n";
    String end = "<!-- /" + name + " -->";
    int from = text.indexOf(start);
    int to = text.indexOf(end);
    assertThat(from).as("region %s in %s", name, file).isNotNegative();
    assertThat(to).as("end of region %s in %s", name, file).isGreaterThan(from);
    String body = text.substring(from + start.length(), to);
    // the region is indented as the file nests it; the page shows it from column 0
    int indent = body.length() - body.stripLeading().length();
    return body.lines()
        .map(
            l -> l.length() >= indent && l.substring(0, indent).isBlank() ? l.substring(indent) : l)
        .collect(Collectors.joining("\n"))
        .stripTrailing();
  }

  @Test
  void javaBlocks_areTheConsumerProjectsFiles() {
    Map<String, String> blocks = markedBlocks();
    List<String> javaFiles = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CONSUMER.resolve("src"))) {
      files
          .filter(f -> f.toString().endsWith(".java"))
          .forEach(f -> javaFiles.add(ROOT.relativize(f).toString().replace('\\', '/')));
    } catch (IOException e) {
      throw new AssertionError(e);
    }

    assertThat(blocks.keySet())
        .as("every Java file of it/consumer is shown in docs/getting-started.md")
        .containsAll(javaFiles);
    for (String file : javaFiles) {
      assertThat(blocks.get(file))
          .as("docs/getting-started.md shows %s as it is", file)
          .isEqualTo(read(ROOT.resolve(file)).stripTrailing());
    }
  }

  @Test
  void mavenBlock_isTheConsumerPomsDependencies() {
    Map<String, String> blocks = markedBlocks();

    assertThat(blocks).containsKey("it/consumer/pom.xml#getting-started:maven");
    assertThat(blocks.get("it/consumer/pom.xml#getting-started:maven"))
        .isEqualTo(region("it/consumer/pom.xml", "getting-started:maven"));
  }

  @Test
  void readme_showsTheSameDependenciesAndTest() {
    Map<String, String> blocks = markedBlocks(README);

    assertThat(blocks.get("it/consumer/pom.xml#getting-started:maven"))
        .as("README.md's Maven block is the consumer pom's")
        .isEqualTo(region("it/consumer/pom.xml", "getting-started:maven"));
    String test = "it/consumer/src/test/java/com/example/support/SupportRoutingTest.java";
    assertThat(blocks.get(test))
        .as("README.md shows %s as it is", test)
        .isEqualTo(read(ROOT.resolve(test)).stripTrailing());
  }

  @Test
  void versions_matchThisBuild() {
    String version = System.getProperty("taskrouter4j.version");
    assertThat(version).as("surefire passes the project version").isNotBlank();
    String bom =
        "<artifactId>taskrouter4j-bom</artifactId>\n        <version>" + version + "</version>";

    assertThat(read(CONSUMER.resolve("pom.xml"))).contains(bom);
    assertThat(read(PAGE)).contains("taskrouter4j-bom:" + version + "\"");
    assertThat(read(README)).contains("taskrouter4j-bom:" + version + "\"");
  }
}
