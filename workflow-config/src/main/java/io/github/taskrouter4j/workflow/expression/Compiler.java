package io.github.taskrouter4j.workflow.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns an AST into a tree of small evaluator objects, once. Paths are split into segment arrays,
 * literals into JsonNodes, and the common shapes ({@code path == "text"}, {@code path IN [texts]})
 * into specialised evaluators, so an evaluation is a few virtual calls and map lookups.
 */
final class Compiler {
  /** A compiled condition. */
  interface Eval {
    boolean test(JsonNode task, JsonNode worker, Env env);
  }

  /** A compiled operand; returns Java null for NULL. */
  interface Accessor {
    JsonNode get(JsonNode task, JsonNode worker, Env env);
  }

  private final ExpressionContext context;

  private Compiler(ExpressionContext context) {
    this.context = context;
  }

  static Eval compile(Node node, ExpressionContext context) {
    return new Compiler(context).condition(node);
  }

  private Eval condition(Node node) {
    if (node instanceof LogicalNode) {
      LogicalNode l = (LogicalNode) node;
      List<Node> children = l.children;
      Eval[] parts = new Eval[children.size()];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = condition(children.get(i));
      }
      // A right-leaning chain of binary nodes: each call site sees at most two classes in a
      // typical expression, so the JIT can inline it, unlike one loop over all the parts.
      Eval chain = parts[parts.length - 1];
      for (int i = parts.length - 2; i >= 0; i--) {
        chain = l.and ? new And(parts[i], chain) : new Or(parts[i], chain);
      }
      return chain;
    }
    return comparison((ComparisonNode) node);
  }

  private Eval comparison(ComparisonNode c) {
    Operator op = c.op;
    Resolver path = c.left instanceof PathNode ? resolver((PathNode) c.left) : null;
    if (path != null && c.right instanceof LiteralNode) {
      LiteralNode lit = (LiteralNode) c.right;
      if (lit.kind == LiteralNode.Kind.STRING && (op == Operator.EQ || op == Operator.NE)) {
        return new Specialized.StringEquals(path, lit.string, op == Operator.EQ);
      }
      if (lit.kind == LiteralNode.Kind.NUMBER
          && (op == Operator.EQ || op == Operator.NE || op.isRelational())) {
        return Specialized.numberComparison(path, op, lit.number);
      }
      if (lit.kind == LiteralNode.Kind.LIST
          && (op == Operator.IN || op == Operator.NOT_IN)
          && allStrings(lit.items)) {
        Set<String> set = new HashSet<>();
        for (LiteralNode item : lit.items) {
          set.add(item.string);
        }
        return new Specialized.StringIn(path, set, op == Operator.IN);
      }
    }
    Accessor left = accessor(c.left);
    Accessor right = accessor(c.right);
    return (t, w, env) -> Semantics.test(op, left.get(t, w, env), right.get(t, w, env));
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
    private final boolean worker;
    private final String key;
    private final Object[] segments;

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
      return key != null ? root.get(key) : resolve(root, segments);
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
        return counter(p.singleName());
      case TASKROUTER:
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

  private static final class And implements Eval {
    private final Eval first;
    private final Eval rest;

    And(Eval first, Eval rest) {
      this.first = first;
      this.rest = rest;
    }

    @Override
    public boolean test(JsonNode task, JsonNode worker, Env env) {
      return first.test(task, worker, env) && rest.test(task, worker, env);
    }
  }

  private static final class Or implements Eval {
    private final Eval first;
    private final Eval rest;

    Or(Eval first, Eval rest) {
      this.first = first;
      this.rest = rest;
    }

    @Override
    public boolean test(JsonNode task, JsonNode worker, Env env) {
      return first.test(task, worker, env) || rest.test(task, worker, env);
    }
  }
}
