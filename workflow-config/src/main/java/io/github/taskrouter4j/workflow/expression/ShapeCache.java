package io.github.taskrouter4j.workflow.expression;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The classes {@link ShapeGenerator} made, one per expression shape, defined in this package with
 * {@link MethodHandles.Lookup#defineClass} (and so verified by the JVM when linked).
 *
 * <p>At most {@link #LIMIT} shapes get a class (a workflow has a few dozen; classes defined this
 * way are never unloaded, so the number is bounded). Beyond it, or if a class cannot be made for
 * any reason, the expression is evaluated by its {@link Condition}, which gives the same answers
 * more slowly: behaviour never depends on this cache. {@link #failures()} counts the classes that
 * could not be made, which tests hold at zero.
 */
final class ShapeCache {
  /** How many shapes get a class of their own. */
  static final int LIMIT = 512;

  /** The cache every expression uses. */
  static final ShapeCache SHARED = new ShapeCache(LIMIT);

  /** Numbers the generated classes, whose names must be unique in the package. */
  private static final AtomicInteger CLASS_NUMBER = new AtomicInteger();

  private final int limit;
  private final ConcurrentMap<String, Constructor<?>> constructors = new ConcurrentHashMap<>();
  private final AtomicLong failures = new AtomicLong();

  ShapeCache(int limit) {
    this.limit = limit;
  }

  /**
   * An instance of the class for the condition's shape, holding its keys and literals; the
   * condition itself if the cache is full or no class could be made.
   */
  Evaluator evaluator(Condition condition) {
    List<Object> values = new ArrayList<>();
    String shape = ShapeGenerator.shape(condition, values);
    Constructor<?> constructor = constructors.get(shape);
    try {
      if (constructor == null) {
        if (constructors.size() >= limit) {
          return condition;
        }
        constructor = constructors.computeIfAbsent(shape, s -> define(condition));
      }
      return (Evaluator) constructor.newInstance((Object) values.toArray());
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      // A bug in the generator, or a JVM that refuses the class: the condition answers the same.
      failures.incrementAndGet();
      return condition;
    }
  }

  /** How many times a class could not be made or instantiated, and the condition was used. */
  long failures() {
    return failures.get();
  }

  /** How many shapes have a class. */
  int size() {
    return constructors.size();
  }

  /** Defines, links (so verifies) and initialises the class for the condition's shape. */
  static Constructor<?> define(Condition condition) {
    String name = ShapeGenerator.PACKAGE + "Shape" + CLASS_NUMBER.incrementAndGet();
    byte[] bytes = ShapeGenerator.classFile(condition, name);
    try {
      Class<?> defined = MethodHandles.lookup().defineClass(bytes);
      Class.forName(defined.getName(), true, defined.getClassLoader());
      return defined.getDeclaredConstructor(Object[].class);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("generated class " + name + " is unusable", e);
    }
  }
}
