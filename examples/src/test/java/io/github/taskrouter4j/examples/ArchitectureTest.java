package io.github.taskrouter4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the main sources of every module to the rules of {@code docs/architecture.md}: the module
 * map, no package cycles, and {@code internal} packages used only from under their own parent.
 *
 * <p>It reads source text, not classes, so it needs no dependency: every reference to one of our
 * types by its qualified name (an import, a static import or a fully qualified name in code) is an
 * edge from the referring package to the referenced one. Comments and string literals are removed
 * first, so a {@code {@link}} in Javadoc is not a dependency.
 */
class ArchitectureTest {

  private static final String ROOT = "io.github.taskrouter4j";

  /**
   * The module map: each module and the modules it may use directly. What a module may use is the
   * closure of this relation, so {@code emulator} may use {@code http} through {@code dsl}.
   */
  static final Map<String, List<String>> MODULES = moduleMap();

  private static Map<String, List<String>> moduleMap() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    map.put("workflow-config", List.of());
    map.put("http", List.of());
    map.put("webhook", List.of("workflow-config"));
    map.put("dsl", List.of("workflow-config", "http", "webhook"));
    map.put("testing", List.of("workflow-config"));
    map.put("emulator", List.of("dsl", "workflow-config"));
    map.put("examples", List.of("dsl", "emulator", "testing"));
    map.put("benchmarks", List.of("dsl", "emulator", "testing"));
    return map;
  }

  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
  private static final Pattern REFERENCE =
      Pattern.compile("\\b(" + Pattern.quote(ROOT) + "(?:\\.[a-z_][a-z0-9_]*)*)\\.[A-Z]");

  private static final Map<String, String> moduleOfPackage = new TreeMap<>();
  private static final Map<String, Set<String>> packageEdges = new TreeMap<>();

  /** Where each edge was seen first, for the failure message. */
  private static final Map<String, String> edgeSource = new TreeMap<>();

  @BeforeAll
  static void readSources() {
    Path projectRoot = projectRoot();
    for (String module : MODULES.keySet()) {
      Path sources = projectRoot.resolve(module).resolve("src/main/java");
      if (!Files.isDirectory(sources)) {
        continue;
      }
      for (Path file : javaFiles(sources)) {
        read(module, projectRoot.relativize(file), text(file));
      }
    }
  }

  @Test
  void everyModuleInTheMap_hasSources() {
    Set<String> modulesWithSources = new TreeSet<>(moduleOfPackage.values());
    assertThat(modulesWithSources).containsExactlyInAnyOrderElementsOf(MODULES.keySet());
  }

  @Test
  void modules_useOnlyModulesBelowThemInTheMap() {
    List<String> violations = new ArrayList<>();
    packageEdges.forEach(
        (from, targets) -> {
          String fromModule = moduleOfPackage.get(from);
          Set<String> allowed = closure(fromModule);
          for (String to : targets) {
            String toModule = moduleOfPackage.get(to);
            if (toModule != null && !toModule.equals(fromModule) && !allowed.contains(toModule)) {
              violations.add(
                  fromModule + " -> " + toModule + " (" + edgeSource.get(from + ">" + to) + ")");
            }
          }
        });
    assertThat(violations).as("modules using a module not below them in the map").isEmpty();
  }

  @Test
  void internalPackages_areUsedOnlyFromUnderTheirOwnParent() {
    List<String> violations = new ArrayList<>();
    packageEdges.forEach(
        (from, targets) -> {
          for (String to : targets) {
            int internal = to.indexOf(".internal");
            if (internal < 0) {
              continue;
            }
            String owner = to.substring(0, internal);
            if (!from.equals(owner) && !from.startsWith(owner + ".")) {
              violations.add(from + " uses " + to + " (" + edgeSource.get(from + ">" + to) + ")");
            }
          }
        });
    assertThat(violations).as("internal packages used from outside their parent").isEmpty();
  }

  @Test
  void packages_haveNoCycles() {
    List<List<String>> cycles = stronglyConnectedComponents();
    List<String> described =
        cycles.stream().map(ArchitectureTest::describeCycle).collect(Collectors.toList());
    assertThat(described).as("package cycles").isEmpty();
  }

  @Test
  void cycleDetection_findsATwoPackageCycle() {
    Map<String, Set<String>> edges = new TreeMap<>();
    edges.put("a", Set.of("a.internal"));
    edges.put("a.internal", Set.of("a"));
    edges.put("b", Set.of("a"));
    assertThat(components(edges)).containsExactly(List.of("a", "a.internal"));
  }

  private static String describeCycle(List<String> cycle) {
    StringBuilder text = new StringBuilder(String.join(" <-> ", cycle)).append(':');
    for (String from : cycle) {
      for (String to : packageEdges.getOrDefault(from, Set.of())) {
        if (cycle.contains(to)) {
          text.append("\n    ").append(edgeSource.get(from + ">" + to));
        }
      }
    }
    return text.toString();
  }

  private static List<List<String>> stronglyConnectedComponents() {
    return components(packageEdges);
  }

  /** Tarjan's algorithm; returns only components of two or more packages, each sorted. */
  static List<List<String>> components(Map<String, Set<String>> edges) {
    Map<String, Integer> index = new LinkedHashMap<>();
    Map<String, Integer> low = new LinkedHashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new LinkedHashSet<>();
    List<List<String>> result = new ArrayList<>();
    for (String node : new TreeSet<>(edges.keySet())) {
      if (!index.containsKey(node)) {
        connect(node, edges, index, low, stack, onStack, result);
      }
    }
    return result;
  }

  private static void connect(
      String node,
      Map<String, Set<String>> edges,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      Set<String> onStack,
      List<List<String>> result) {
    index.put(node, index.size());
    low.put(node, index.get(node));
    stack.push(node);
    onStack.add(node);
    for (String next : new TreeSet<>(edges.getOrDefault(node, Set.of()))) {
      if (!index.containsKey(next)) {
        connect(next, edges, index, low, stack, onStack, result);
        low.put(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.contains(next)) {
        low.put(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node).equals(index.get(node))) {
      List<String> component = new ArrayList<>();
      String member;
      do {
        member = stack.pop();
        onStack.remove(member);
        component.add(member);
      } while (!member.equals(node));
      if (component.size() > 1) {
        component.sort(null);
        result.add(component);
      }
    }
  }

  private static Set<String> closure(String module) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(MODULES.getOrDefault(module, List.of()));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (seen.add(next)) {
        todo.addAll(MODULES.getOrDefault(next, List.of()));
      }
    }
    return seen;
  }

  private static void read(String module, Path file, String source) {
    String code = stripCommentsAndStrings(source);
    Matcher pkg = PACKAGE.matcher(code);
    if (!pkg.find()) {
      return;
    }
    String from = pkg.group(1);
    String previous = moduleOfPackage.putIfAbsent(from, module);
    assertThat(previous == null || previous.equals(module))
        .as("package %s is split across modules %s and %s", from, previous, module)
        .isTrue();
    Set<String> targets = packageEdges.computeIfAbsent(from, k -> new TreeSet<>());
    Matcher reference = REFERENCE.matcher(code.substring(pkg.end()));
    while (reference.find()) {
      String to = reference.group(1);
      if (!to.equals(from)) {
        targets.add(to);
        edgeSource.putIfAbsent(from + ">" + to, file.toString().replace('\\', '/'));
      }
    }
  }

  /** Blanks out comments, string and text-block literals and char literals, keeping the code. */
  static String stripCommentsAndStrings(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
        while (i < n && source.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        out.append(' ');
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        i = end < 0 ? n : end + 3;
        out.append("\"\"");
      } else if (c == '"' || c == '\'') {
        i++;
        while (i < n && source.charAt(i) != c) {
          i += source.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
        out.append(c).append(c);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static Path projectRoot() {
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    assertThat(dir)
        .as("project root (the folder holding mvnw) above the working directory")
        .isNotNull();
    return dir;
  }

  private static List<Path> javaFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
