package io.github.taskrouter4j.workflow.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns an AST into a {@link Condition}, once. Paths are split into segment arrays, literals into
 * JsonNodes, and the common shapes ({@code path == "text"}, {@code path >= 5}, {@code path IN
 * [texts]}, {@code path IN path}) into {@link Specialized} clauses, so an evaluation is a few map
 * lookups and comparisons, with no call whose target depends on other expressions.
 */
final class Compiler {
  /** A compiled operand of a generic comparison; returns Java null for NULL. */
  interface Accessor {
    JsonNode get(JsonNode task, JsonNode worker, Env env);
  }

  private final ExpressionContext context;

  /** Whether a compiled clause reads {@code taskrouter.*} or {@code workers.*}, from the Env. */
  private boolean readsEnv;

  private Compiler(ExpressionContext context) {
    this.context = context;
  }

  /** The expression compiled, evaluated by a class made for its shape where possible. */
  static CompiledExpression compile(Node node, ExpressionContext context) {
    Compiler compiler = new Compiler(context);
    Condition condition = compiler.root(node);
    return new CompiledExpression(ShapeCache.SHARED.evaluator(condition), compiler.readsEnv);
  }

  /** The expression compiled to a {@link Condition}, which evaluates it as data. */
  static Condition condition(Node node, ExpressionContext context) {
    return new Compiler(context).root(node);
  }

  private Condition root(Node node) {
    return node instanceof LogicalNode
        ? group((LogicalNode) node)
        : new Condition(true, new Clause[] {comparison((ComparisonNode) node)});
  }

  private Condition group(LogicalNode l) {
    List<Node> children = l.children;
    Clause[] clauses = new Clause[children.size()];
    for (int i = 0; i < clauses.length; i++) {
      Node child = children.get(i);
      clauses[i] =
          child instanceof LogicalNode
              ? Clause.group(group((LogicalNode) child))
              : comparison((ComparisonNode) child);
    }
    return new Condition(l.and, clauses);
  }

  private Clause comparison(ComparisonNode c) {
    Operator op = c.op;
    Resolver path = c.left instanceof PathNode ? resolver((PathNode) c.left) : null;
    if (path != null && c.right instanceof LiteralNode) {
      LiteralNode lit = (LiteralNode) c.right;
      if (lit.kind == LiteralNode.Kind.STRING && (op == Operator.EQ || op == Operator.NE)) {
        return Clause.textEquals(path, op, lit.string);
      }
      if (lit.kind == LiteralNode.Kind.NUMBER
          && (op == Operator.EQ || op == Operator.NE || op.isRelational())
          && fitsLong(lit.number)) {
        return Clause.integerComparison(
            path, op, lit.number.longValueExact(), DecimalNode.valueOf(lit.number));
      }
      if (lit.kind == LiteralNode.Kind.LIST
          && (op == Operator.IN || op == Operator.NOT_IN)
          && allStrings(lit.items)) {
        Set<String> texts = new LinkedHashSet<>();
        for (LiteralNode item : lit.items) {
          texts.add(item.string);
        }
        return Clause.textIn(path, op, texts.toArray(new String[0]));
      }
    }
    Resolver other = c.right instanceof PathNode ? resolver((PathNode) c.right) : null;
    if (path != null && other != null) {
      if (op == Operator.IN || op == Operator.NOT_IN) {
        return Clause.attributeMembership(path, op, other);
      }
      if (op == Operator.HAS) {
        return Clause.attributeMembership(other, op, path);
      }
    }
    return Clause.generic(accessor(c.left), op, accessor(c.right));
  }

  /** Whether a number literal is an integer within {@code long}, so compares as one. */
  private static boolean fitsLong(BigDecimal number) {
    boolean integral = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    return integral && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
  }

  /** A resolver for an attribute of the task or worker, or null for other operands. */
  private Resolver resolver(PathNode p) {
    switch (p.scope) {
      case TASK:
        return new Resolver(false, p.segments);
      case WORKER:
        return new Resolver(true, p.segments);
      case BARE:
        return new Resolver(context == ExpressionContext.WORKERS, p.segments);
      default:
        return null;
    }
  }

  /**
   * Reads an attribute of the task or the worker. A final class rather than a lambda, so that calls
   * to it are direct and inlined.
   */
  static final class Resolver {
    // Read by ShapeGenerator, which emits the same read inline.
    final boolean worker;
    final String key;
    final Object[] segments;

    Resolver(boolean worker, Object[] segments) {
      this.worker = worker;
      this.segments = segments;
      this.key =
          segments.length == 1 && segments[0] instanceof String ? (String) segments[0] : null;
    }

    /**
     * The value, or Java null if the key is missing; JSON null comes back as NullNode, which the
     * specialised evaluators treat exactly like a missing key (it is neither text, number nor
     * container), saving a call.
     */
    JsonNode raw(JsonNode task, JsonNode workerNode) {
      JsonNode root = worker ? workerNode : task;
      return key == null ? resolve(root, segments) : Specialized.read(root, key);
    }

    JsonNode get(JsonNode task, JsonNode workerNode) {
      JsonNode root = worker ? workerNode : task;
      if (key != null) {
        JsonNode n = root.get(key);
        return n == null || n.isNull() ? null : n;
      }
      return resolve(root, segments);
    }
  }

  private static boolean allStrings(List<LiteralNode> items) {
    for (LiteralNode item : items) {
      if (item.kind != LiteralNode.Kind.STRING) {
        return false;
      }
    }
    return true;
  }

  private Accessor accessor(ValueNode v) {
    if (v instanceof LiteralNode) {
      JsonNode constant = json((LiteralNode) v);
      return (t, w, env) -> constant;
    }
    PathNode p = (PathNode) v;
    switch (p.scope) {
      case WORKERS:
        readsEnv = true;
        return counter(p.singleName());
      case TASKROUTER:
        readsEnv = true;
        return Builtins.accessor(p.singleName());
      default:
        Resolver resolver = resolver(p);
        return (t, w, env) -> resolver.get(t, w);
    }
  }

  private static Accessor counter(String name) {
    if (name.equals("available")) {
      return (t, w, env) -> JsonNodeFactory.instance.numberNode(env.counts.available());
    }
    if (name.equals("unavailable")) {
      return (t, w, env) -> JsonNodeFactory.instance.numberNode(env.counts.unavailable());
    }
    io.github.taskrouter4j.sid.ActivitySid sid = io.github.taskrouter4j.sid.ActivitySid.of(name);
    return (t, w, env) -> JsonNodeFactory.instance.numberNode(env.counts.inActivity(sid));
  }

  static JsonNode resolve(JsonNode root, Object[] segments) {
    JsonNode node = root;
    for (Object segment : segments) {
      if (node == null) {
        return null;
      }
      node = segment instanceof String ? node.get((String) segment) : node.get((Integer) segment);
    }
    return Semantics.normalize(node);
  }

  static JsonNode json(LiteralNode lit) {
    switch (lit.kind) {
      case STRING:
        return TextNode.valueOf(lit.string);
      case NUMBER:
        return DecimalNode.valueOf(lit.number);
      case BOOLEAN:
        return BooleanNode.valueOf(lit.bool);
      case NULL:
        return null;
      default:
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (LiteralNode item : lit.items) {
          JsonNode element = json(item);
          array.add(element == null ? JsonNodeFactory.instance.nullNode() : element);
        }
        return array;
    }
  }
}
