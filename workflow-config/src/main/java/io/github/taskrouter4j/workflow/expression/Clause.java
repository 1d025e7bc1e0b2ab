package io.github.taskrouter4j.workflow.expression;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * One compiled comparison, or a parenthesised group, of a {@link Condition}.
 *
 * <p>A closed set of kinds in one final class, chosen by a {@code switch}, rather than one class
 * per kind behind an interface: a router evaluates many expression shapes through the same code,
 * and an interface call site that has seen many classes is no longer inlined by the JIT, while a
 * call to a final class is bound directly whatever ran before. Each kind reads its fields only; the
 * others stay null.
 */
final class Clause {
  /** {@code path == "text"} or {@code !=}: {@link #path}, {@link #text}. */
  static final int TEXT_EQUALS = 0;

  /**
   * {@code path IN ["a", "b"]} or {@code NOT IN}: {@link #path}, {@link #texts}, {@link #textSet}.
   */
  static final int TEXT_IN = 1;

  /**
   * {@code path op integer}: {@link #path}, {@link #integer}, {@link #outcomes}, {@link #literal}.
   */
  static final int INTEGER_COMPARISON = 2;

  /** The last kind that compares one attribute, {@link #path}, with a literal. */
  private static final int LAST_WITH_LITERAL = INTEGER_COMPARISON;

  /**
   * {@code path IN path}, {@code NOT IN} or {@code path HAS path}: {@link #path}, {@link #other}.
   */
  static final int ATTRIBUTE_MEMBERSHIP = 3;

  /** A parenthesised AND/OR group: {@link #group}. */
  static final int GROUP = 4;

  /** Any other comparison, by {@link Semantics}: {@link #left}, {@link #right}. */
  static final int GENERIC = 5;

  // Read by ShapeGenerator, which compiles the same kinds into a class per expression shape.
  final int kind;
  final Operator op;

  /** For the membership kinds: IN rather than NOT IN; for TEXT_EQUALS: == rather than !=. */
  final boolean positive;

  final Condition group;
  final Compiler.Resolver path;
  final Compiler.Resolver other;
  final String text;
  final String[] texts;
  final Set<String> textSet;
  final long integer;
  final int outcomes;
  final JsonNode literal;
  private final Compiler.Accessor left;
  private final Compiler.Accessor right;

  private Clause(
      int kind,
      Operator op,
      Condition group,
      Compiler.Resolver path,
      Compiler.Resolver other,
      String text,
      String[] texts,
      long integer,
      JsonNode literal,
      Compiler.Accessor left,
      Compiler.Accessor right) {
    this.kind = kind;
    this.op = op;
    this.positive = op == Operator.EQ || op == Operator.IN || op == Operator.HAS;
    this.group = group;
    this.path = path;
    this.other = other;
    this.text = text;
    this.texts = texts;
    this.textSet =
        texts != null && texts.length > Specialized.SCAN_LIMIT
            ? new HashSet<>(Arrays.asList(texts))
            : null;
    this.integer = integer;
    this.outcomes = kind == INTEGER_COMPARISON ? Specialized.outcomes(op) : 0;
    this.literal = literal;
    this.left = left;
    this.right = right;
  }

  static Clause group(Condition group) {
    return new Clause(GROUP, null, group, null, null, null, null, 0, null, null, null);
  }

  /** {@code path == text} for {@link Operator#EQ}, {@code path != text} for {@link Operator#NE}. */
  static Clause textEquals(Compiler.Resolver path, Operator op, String text) {
    return new Clause(TEXT_EQUALS, op, null, path, null, text, null, 0, null, null, null);
  }

  /** {@code path IN texts} or {@code path NOT IN texts}. */
  static Clause textIn(Compiler.Resolver path, Operator op, String[] texts) {
    return new Clause(TEXT_IN, op, null, path, null, null, texts, 0, null, null, null);
  }

  /**
   * {@code path op integer} for {@code == != < <= > >=}; {@code literal} is the integer as JSON.
   */
  static Clause integerComparison(
      Compiler.Resolver path, Operator op, long integer, JsonNode literal) {
    return new Clause(
        INTEGER_COMPARISON, op, null, path, null, null, null, integer, literal, null, null);
  }

  /**
   * {@code scalar IN array} or {@code NOT IN} for {@link Operator#IN}/{@link Operator#NOT_IN}, and
   * {@code array HAS scalar} for {@link Operator#HAS}, given as {@code (scalar, array)}.
   */
  static Clause attributeMembership(
      Compiler.Resolver scalar, Operator op, Compiler.Resolver array) {
    return new Clause(
        ATTRIBUTE_MEMBERSHIP, op, null, scalar, array, null, null, 0, null, null, null);
  }

  /** {@code left op right} by {@link Semantics#test}. */
  static Clause generic(Compiler.Accessor left, Operator op, Compiler.Accessor right) {
    return new Clause(GENERIC, op, null, null, null, null, null, 0, null, left, right);
  }

  boolean test(JsonNode task, JsonNode worker, Env env) {
    if (kind <= LAST_WITH_LITERAL) {
      // One read for the three kinds, so the compiled code holds one copy of the map lookup.
      JsonNode value = path.raw(task, worker);
      if (kind == TEXT_EQUALS) {
        return Specialized.textEquals(value, text, positive);
      }
      if (kind == TEXT_IN) {
        return Specialized.textIn(value, texts, textSet, positive);
      }
      return Specialized.compareInteger(value, integer, outcomes, op, literal);
    }
    switch (kind) {
      case ATTRIBUTE_MEMBERSHIP:
        return Specialized.membership(path.raw(task, worker), other.raw(task, worker), op);
      case GROUP:
        return group.test(task, worker, env);
      default:
        return Semantics.test(op, left.get(task, worker, env), right.get(task, worker, env));
    }
  }
}
