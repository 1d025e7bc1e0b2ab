package io.github.taskrouter4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the public API to what users read: no generated {@code ImmutableX} type in a public
 * signature of any taskrouter4j class on the classpath (this module and the ones it depends on).
 */
class PublicSignaturesTest {
  private static final String ROOT = "io/github/taskrouter4j/";
  private static final Pattern GENERATED = Pattern.compile("(^|[.$<, ])Immutable[A-Z]\\w*");

  @Test
  void publicSignatures_nameNoGeneratedImmutableType() {
    List<Class<?>> api = publicApiTypes();
    TreeSet<String> offenders = new TreeSet<>();
    for (Class<?> type : api) {
      if (GENERATED.matcher(type.getName()).find()) {
        offenders.add("public type " + type.getName());
      }
      for (Method method : type.getMethods()) {
        check(type, method, method.getGenericReturnType(), offenders);
      }
      for (Constructor<?> constructor : type.getConstructors()) {
        check(type, constructor, null, offenders);
      }
      for (Field field : type.getFields()) {
        if (GENERATED.matcher(field.getGenericType().getTypeName()).find()) {
          offenders.add(type.getName() + "." + field.getName() + ": " + field.getGenericType());
        }
      }
    }

    assertThat(api).as("public API types found on the classpath").hasSizeGreaterThan(100);
    assertThat(offenders).as("public signatures naming a generated Immutable* type").isEmpty();
  }

  @Test
  void scan_findsGeneratedTypeInASignature() {
    TreeSet<String> offenders = new TreeSet<>();
    for (Method method : Leaky.class.getMethods()) {
      check(Leaky.class, method, method.getGenericReturnType(), offenders);
    }

    assertThat(offenders).singleElement().asString().contains("Leaky.leak").contains("ImmutableX");
  }

  /** A public type that leaks a generated-looking type, to prove the scan sees it. */
  public static final class Leaky {
    private Leaky() {}

    /** Leaks. */
    public static List<ImmutableX> leak() {
      return List.of();
    }
  }

  /** Stands in for a generated type. */
  static final class ImmutableX {}

  private static void check(
      Class<?> type, Executable member, Type returnType, TreeSet<String> offenders) {
    List<Type> types = new ArrayList<>(List.of(member.getGenericParameterTypes()));
    types.addAll(List.of(member.getGenericExceptionTypes()));
    if (returnType != null) {
      types.add(returnType);
    }
    for (Type used : types) {
      if (GENERATED.matcher(used.getTypeName()).find()) {
        offenders.add(type.getName() + "." + member.getName() + " uses " + used.getTypeName());
      }
    }
  }

  private static List<Class<?>> publicApiTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.contains("test-classes")) {
        continue;
      }
      for (String name : classNames(Path.of(entry))) {
        if (name.contains("/internal/") || name.contains("package-info")) {
          continue;
        }
        Class<?> type =
            load(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
        if (isPublicApi(type)) {
          types.add(type);
        }
      }
    }
    return types;
  }

  private static List<String> classNames(Path entry) {
    try {
      if (Files.isDirectory(entry)) {
        Path root = entry.resolve(ROOT);
        if (!Files.isDirectory(root)) {
          return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
          return files
              .map(file -> entry.relativize(file).toString().replace(File.separatorChar, '/'))
              .filter(name -> name.endsWith(".class"))
              .collect(Collectors.toList());
        }
      }
      if (entry.toString().endsWith(".jar") && Files.isRegularFile(entry)) {
        try (JarFile jar = new JarFile(entry.toFile())) {
          return jar.stream()
              .map(jarEntry -> jarEntry.getName())
              .filter(name -> name.startsWith(ROOT) && name.endsWith(".class"))
              .collect(Collectors.toList());
        }
      }
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list classes of " + entry, e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, PublicSignaturesTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError("listed but not loadable: " + name, e);
    }
  }

  private static boolean isPublicApi(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isSynthetic()) {
        return false;
      }
    }
    return true;
  }
}
