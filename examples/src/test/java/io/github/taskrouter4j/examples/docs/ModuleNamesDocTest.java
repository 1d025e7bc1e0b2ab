package io.github.taskrouter4j.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The table of module names in docs/getting-started.md is the BOM's artifacts, each with the {@code
 * module.name} its pom gives the jar's {@code Automatic-Module-Name}: a module added to the BOM or
 * renamed fails here until the page says so.
 */
class ModuleNamesDocTest {
  private static final Pattern ROW =
      Pattern.compile("^\\| `(taskrouter4j-[a-z-]+)` \\| `([a-z0-9.]+)` \\|$");
  private static final Pattern BOM_ARTIFACT =
      Pattern.compile("<artifactId>taskrouter4j-([a-z0-9-]+)</artifactId>");
  private static final Pattern MODULE_NAME =
      Pattern.compile("<module.name>([a-z0-9.]+)</module.name>");

  @Test
  void moduleNameTable_listsEveryBomArtifactWithItsPomModuleName() throws IOException {
    Path root = projectRoot();
    Map<String, String> documented = new TreeMap<>();
    for (String line : Files.readAllLines(root.resolve("docs/getting-started.md"))) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        documented.put(row.group(1), row.group(2));
      }
    }

    Map<String, String> built = new TreeMap<>();
    Matcher artifact = BOM_ARTIFACT.matcher(Files.readString(root.resolve("bom/pom.xml")));
    while (artifact.find()) {
      String module = artifact.group(1);
      if (module.equals("bom")) {
        continue;
      }
      Matcher name = MODULE_NAME.matcher(Files.readString(root.resolve(module).resolve("pom.xml")));
      assertThat(name.find()).as("%s/pom.xml sets <module.name>", module).isTrue();
      built.put("taskrouter4j-" + module, name.group(1));
    }

    assertThat(built).isNotEmpty();
    assertThat(documented).isEqualTo(built);
  }

  private static Path projectRoot() {
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("project root above the working directory").isNotNull();
    return dir;
  }
}
