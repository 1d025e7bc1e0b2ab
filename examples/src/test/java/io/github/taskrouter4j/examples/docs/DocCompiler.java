package io.github.taskrouter4j.examples.docs;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one documentation block in memory with {@code javax.tools}, against the test classpath
 * (every library module, JUnit and AssertJ), and loads the classes it declares.
 */
final class DocCompiler {
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
  private static final Pattern TOP_LEVEL_TYPE =
      Pattern.compile(
          "(?m)^(?:public\\s+)?(?:(?:final|abstract)\\s+)*(?:class|interface|enum|record)\\s+(\\w+)");

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private final String classpath = System.getProperty("java.class.path");
  // One standard file manager for every block: it keeps the classpath's jars open and indexed.
  private final StandardJavaFileManager standard =
      javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);

  /** The classes of a compiled block, loaded in a class loader of their own. */
  static final class Compiled {
    private final DocBlock block;
    private final String mainClass;
    private final ClassLoader loader;

    private Compiled(DocBlock block, String mainClass, ClassLoader loader) {
      this.block = block;
      this.mainClass = mainClass;
      this.loader = loader;
    }

    DocBlock block() {
      return block;
    }

    /** The block's first top-level type, with its package. */
    Class<?> mainClass() throws ClassNotFoundException {
      return Class.forName(mainClass, true, loader);
    }
  }

  /**
   * Compiles the block on its own.
   *
   * @throws AssertionError naming the Markdown file and line of every compiler error
   */
  Compiled compile(DocBlock block) {
    return compile(block, List.of());
  }

  /**
   * Compiles the block with the blocks before it on the same page, so that a block may use the
   * classes an earlier block declared (a test block using the class the page showed first). An
   * earlier block that declares a type of the same name as a later one is left out: the later one
   * wins.
   *
   * @throws AssertionError naming the Markdown file and line of every compiler error
   */
  Compiled compile(DocBlock block, List<DocBlock> earlier) {
    String mainClass = qualifiedName(block);
    Map<String, DocBlock> units = new LinkedHashMap<>();
    for (DocBlock previous : earlier) {
      if (TOP_LEVEL_TYPE.matcher(previous.source()).find()) {
        units.put(qualifiedName(previous), previous);
      }
    }
    units.remove(mainClass);
    List<JavaFileObject> sources = new ArrayList<>();
    for (DocBlock unit : units.values()) {
      sources.add(new SourceObject(simpleName(qualifiedName(unit)), unit.source()));
    }
    SourceObject main = new SourceObject(simpleName(mainClass), block.source());
    sources.add(main);

    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    MemoryFileManager files = new MemoryFileManager(standard);
    boolean ok =
        javac
            .getTask(
                null,
                files,
                diagnostics,
                List.of("-classpath", classpath, "-proc:none", "-encoding", "UTF-8"),
                null,
                sources)
            .call();
    if (!ok) {
      throw new AssertionError(describe(block, main, diagnostics.getDiagnostics()));
    }
    return new Compiled(block, mainClass, new MemoryClassLoader(files.classes, loaderParent()));
  }

  private static String qualifiedName(DocBlock block) {
    String source = block.source();
    Matcher type = TOP_LEVEL_TYPE.matcher(source);
    if (!type.find()) {
      throw new AssertionError(
          block.location(1)
              + ": this ```java block declares no top-level class, so it is not a complete"
              + " compilation unit; put its imports and a class around it (see docs/README.md)");
    }
    Matcher pkg = PACKAGE.matcher(source);
    return (pkg.find() ? pkg.group(1) + "." : "") + type.group(1);
  }

  private static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  private static ClassLoader loaderParent() {
    return DocCompiler.class.getClassLoader();
  }

  private static String describe(
      DocBlock block, JavaFileObject main, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    String[] lines = block.source().split("\n", -1);
    String errors =
        diagnostics.stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .map(
                d -> {
                  if (d.getSource() != main) {
                    return "  in an earlier block of the page ("
                        + (d.getSource() == null ? "?" : d.getSource().getName())
                        + ", line "
                        + d.getLineNumber()
                        + "): "
                        + d.getMessage(Locale.ROOT);
                  }
                  long line = d.getLineNumber();
                  String text =
                      line >= 1 && line <= lines.length ? "\n    " + lines[(int) line - 1] : "";
                  return "  " + block.location(line) + ": " + d.getMessage(Locale.ROOT) + text;
                })
            .collect(Collectors.joining("\n"));
    return block.location(1) + ": the ```java block does not compile:\n" + errors;
  }

  private static final class SourceObject extends SimpleJavaFileObject {
    private final String source;

    SourceObject(String simpleName, String source) {
      super(URI.create("string:///" + simpleName + ".java"), Kind.SOURCE);
      this.source = source;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return source;
    }
  }

  private static final class ClassObject extends SimpleJavaFileObject {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    ClassObject(String className) {
      super(URI.create("mem:///" + className.replace('.', '/') + ".class"), Kind.CLASS);
    }

    @Override
    public OutputStream openOutputStream() {
      return bytes;
    }
  }

  private static final class MemoryFileManager extends ForwardingJavaFileManager<JavaFileManager> {
    private final Map<String, ClassObject> classes = new HashMap<>();

    MemoryFileManager(JavaFileManager delegate) {
      super(delegate);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      ClassObject out = new ClassObject(className);
      classes.put(className, out);
      return out;
    }
  }

  private static final class MemoryClassLoader extends ClassLoader {
    private final Map<String, ClassObject> classes;

    MemoryClassLoader(Map<String, ClassObject> classes, ClassLoader parent) {
      super(parent);
      this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      ClassObject found = classes.get(name);
      if (found == null) {
        throw new ClassNotFoundException(name);
      }
      byte[] bytes = found.bytes.toByteArray();
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
