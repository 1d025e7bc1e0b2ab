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
    boolean test(Env env);
  }

  /** A compiled operand; returns Java null for NULL. */
  interface Accessor {
    JsonNode get(Env env);
  }

  private final ExpressionContext context;

  private Compiler(ExpressionContext context) {
    this.context = context;
  }

  static Eval compile(Node node, ExpressionContext context) {
    return new Compiler(context).condition(node);
  }

  /** True if evaluating reads {@code taskrouter.*}, so needs the time. */
  static boolean readsTime(Node node) {
    if (node instanceof LogicalNode) {
      for (Node child : ((LogicalNode) node).children) {
        if (readsTime(child)) {
          return true;
        }
      }
      return false;
    }
    ComparisonNode c = (ComparisonNode) node;
    return isTime(c.left) || isTime(c.right);
  }

  private static boolean isTime(ValueNode v) {
    return v instanceof PathNode && ((PathNode) v).scope == PathNode.Scope.TASKROUTER;
  }

  private Eval condition(Node node) {
    if (node instanceof LogicalNode) {
      LogicalNode l = (LogicalNode) node;
      List<Node> children = l.children;
      Eval[] parts = new Eval[children.size()];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = condition(children.get(i));
      }
      if (parts.length == 2) {
        Eval a = parts[0];
        Eval b = parts[1];
        return l.and ? env -> a.test(env) && b.test(env) : env -> a.test(env) || b.test(env);
      }
      return l.and ? new All(parts) : new Any(parts);
    }
    return comparison((ComparisonNode) node);
  }

  private Eval comparison(ComparisonNode c) {
    Accessor left = accessor(c.left);
    Operator op = c.op;
    if (c.right instanceof LiteralNode && !(c.left instanceof LiteralNode)) {
      LiteralNode lit = (LiteralNode) c.right;
      if (lit.kind == LiteralNode.Kind.STRING && (op == Operator.EQ || op == Operator.NE)) {
        String s = lit.string;
        boolean eq = op == Operator.EQ;
        return env -> {
          JsonNode n = left.get(env);
          if (n == null) {
            return !eq;
          }
          if (n.isTextual()) {
            return s.equals(n.textValue()) == eq;
          }
          return !eq && !n.isContainerNode();
        };
      }
      if (lit.kind == LiteralNode.Kind.NUMBER && op != Operator.CONTAINS && op != Operator.HAS) {
        if (op != Operator.IN && op != Operator.NOT_IN) {
          return NumberComparison.of(left, op, lit.number);
        }
      }
      if (lit.kind == LiteralNode.Kind.LIST
          && (op == Operator.IN || op == Operator.NOT_IN)
          && allStrings(lit.items)) {
        Set<String> set = new HashSet<>();
        for (LiteralNode item : lit.items) {
          set.add(item.string);
        }
        boolean in = op == Operator.IN;
        return env -> {
          JsonNode n = left.get(env);
          if (n == null || !n.isTextual()) {
            return !in && (n == null || !n.isContainerNode());
          }
          return set.contains(n.textValue()) == in;
        };
      }
    }
    Accessor right = accessor(c.right);
    return env -> Semantics.test(op, left.get(env), right.get(env));
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
      return env -> constant;
    }
    PathNode p = (PathNode) v;
    Object[] segments = p.segments;
    switch (p.scope) {
      case TASK:
        return env -> resolve(env.task, segments);
      case WORKER:
        return env -> resolve(env.worker, segments);
      case WORKERS:
        return counter(p.singleName());
      case TASKROUTER:
        return Builtins.accessor(p.singleName());
      default:
        if (context == ExpressionContext.WORKERS) {
          return env -> resolve(env.worker, segments);
        }
        return env -> resolve(env.task, segments);
    }
  }

  private static Accessor counter(String name) {
    if (name.equals("available")) {
      return env -> JsonNodeFactory.instance.numberNode(env.counts.available());
    }
    if (name.equals("unavailable")) {
      return env -> JsonNodeFactory.instance.numberNode(env.counts.unavailable());
    }
    io.github.taskrouter4j.sid.ActivitySid sid = io.github.taskrouter4j.sid.ActivitySid.of(name);
    return env -> JsonNodeFactory.instance.numberNode(env.counts.inActivity(sid));
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

  private static final class All implements Eval {
    private final Eval[] parts;

    All(Eval[] parts) {
      this.parts = parts;
    }

    @Override
    public boolean test(Env env) {
      for (Eval part : parts) {
        if (!part.test(env)) {
          return false;
        }
      }
      return true;
    }
  }

  private static final class Any implements Eval {
    private final Eval[] parts;

    Any(Eval[] parts) {
      this.parts = parts;
    }

    @Override
    public boolean test(Env env) {
      for (Eval part : parts) {
        if (part.test(env)) {
          return true;
        }
      }
      return false;
    }
  }
}
