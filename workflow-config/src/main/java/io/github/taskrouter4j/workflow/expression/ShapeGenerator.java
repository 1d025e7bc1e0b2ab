package io.github.taskrouter4j.workflow.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a {@link Condition} into a class of its own, an {@link Evaluator} whose {@code test} is
 * straight-line code: for each clause, load the attribute key and the literal from fields of the
 * instance, call the {@link Specialized} helper for the clause's kind (a static call, which the JIT
 * inlines into this method whatever other expressions ran), and branch on the answer; AND and OR
 * are jumps, not loops. A router's evaluation then costs what a hand-written predicate costs.
 *
 * <p>The class depends on the expression's <em>shape</em> only: the nesting of AND/OR, the kind of
 * each clause, its operator where the code depends on it, and whether each path is one key of the
 * task or worker or a longer path. Keys, literals and lists are constructor arguments kept in final
 * fields, so {@link ShapeCache} makes one class per shape and one instance per expression. {@link
 * #shape} writes the shape as a short string, one character per step:
 *
 * <ul>
 *   <li>{@code (a ... )} / {@code (o ... )}: an AND / OR group;
 *   <li>{@code tk tp wk wp}: read a task (t) or worker (w) attribute by one key (k) or a path (p);
 *   <li>{@code e n}: the value read {@code ==} / {@code !=} a text;
 *   <li>{@code l L} / {@code s S}: {@code IN} / {@code NOT IN} a list of texts, scanned / hashed;
 *   <li>{@code c} and one character for the {@link Specialized#outcomes} mask: compared with an
 *       integer;
 *   <li>{@code m}: the two values read, {@code IN}, {@code NOT IN} or {@code HAS};
 *   <li>{@code g}: any other comparison, by the {@link Clause} itself.
 * </ul>
 */
final class ShapeGenerator {
  static final String PACKAGE = "io/github/taskrouter4j/workflow/expression/";
  private static final String EVALUATOR = PACKAGE + "Evaluator";
  private static final String SPECIALIZED = PACKAGE + "Specialized";
  private static final String CLAUSE = PACKAGE + "Clause";
  private static final String JSON = "Lcom/fasterxml/jackson/databind/JsonNode;";
  private static final String STRING = "Ljava/lang/String;";
  private static final String OBJECTS = "[Ljava/lang/Object;";
  private static final String STRINGS = "[Ljava/lang/String;";
  private static final String SET = "Ljava/util/Set;";
  private static final String OPERATOR = "L" + PACKAGE + "Operator;";
  private static final String TEST = "(" + JSON + JSON + "L" + PACKAGE + "Env;)Z";
  private static final String CONSTRUCTOR = "(" + OBJECTS + ")V";

  /** Locals of {@code test}: the receiver and the three parameters, never stored to. */
  private static final int THIS = 0;

  private static final int TASK = 1;
  private static final int WORKER = 2;
  private static final int ENV = 3;
  private static final int LOCALS = 4;

  /** Deepest operand stack of a clause: compareInteger's arguments (a long counts twice) + this. */
  private static final int MAX_STACK = 8;

  /** Deepest operand stack of the constructor: this, a long (two slots). */
  private static final int CONSTRUCTOR_STACK = 4;

  private final ClassFileWriter classFile = new ClassFileWriter();
  private final String name;
  private final Bytecode code = new Bytecode(MAX_STACK, LOCALS);
  private final List<String> fieldTypes = new ArrayList<>();

  private ShapeGenerator(String name) {
    this.name = name;
  }

  /**
   * The shape of a condition (see the class comment), adding the values its class's constructor
   * takes to {@code values}, in field order.
   */
  static String shape(Condition condition, List<Object> values) {
    StringBuilder shape = new StringBuilder();
    shape(condition, shape, values);
    return shape.toString();
  }

  private static void shape(Condition condition, StringBuilder shape, List<Object> values) {
    shape.append('(').append(condition.and ? 'a' : 'o');
    for (Clause clause : condition.clauses) {
      switch (clause.kind) {
        case Clause.GROUP:
          shape(clause.group, shape, values);
          break;
        case Clause.TEXT_EQUALS:
          read(clause.path, shape, values);
          shape.append(clause.positive ? 'e' : 'n');
          values.add(clause.text);
          break;
        case Clause.TEXT_IN:
          read(clause.path, shape, values);
          boolean hashed = clause.textSet != null;
          char in = hashed ? 's' : 'l';
          shape.append(clause.positive ? in : Character.toUpperCase(in));
          values.add(hashed ? clause.textSet : clause.texts);
          break;
        case Clause.INTEGER_COMPARISON:
          read(clause.path, shape, values);
          shape.append('c').append((char) ('0' + clause.outcomes));
          values.add(clause.integer);
          values.add(clause.op);
          values.add(clause.literal);
          break;
        case Clause.ATTRIBUTE_MEMBERSHIP:
          read(clause.path, shape, values);
          read(clause.other, shape, values);
          shape.append('m');
          values.add(clause.op);
          break;
        default:
          shape.append('g');
          values.add(clause);
      }
    }
    shape.append(')');
  }

  private static void read(Compiler.Resolver path, StringBuilder shape, List<Object> values) {
    shape.append(path.worker ? 'w' : 't').append(path.key != null ? 'k' : 'p');
    values.add(path.key != null ? path.key : path.segments);
  }

  /** The class file of the class for {@code condition}'s shape, named {@code name}. */
  static byte[] classFile(Condition condition, String name) {
    return new ShapeGenerator(name).generate(condition);
  }

  private byte[] generate(Condition condition) {
    int onFalse = code.newLabel();
    condition(condition, false, onFalse);
    code.iconst(true).op(Bytecode.IRETURN);
    code.place(onFalse);
    code.iconst(false).op(Bytecode.IRETURN);
    classFile.method(ClassFileWriter.PACKAGE_PRIVATE, "test", TEST, code);
    classFile.method(ClassFileWriter.PACKAGE_PRIVATE, "<init>", CONSTRUCTOR, constructor());
    for (int i = 0; i < fieldTypes.size(); i++) {
      classFile.field(ClassFileWriter.PRIVATE_FINAL, field(i), fieldTypes.get(i));
    }
    return classFile.toBytes(ClassFileWriter.FINAL_CLASS, name, EVALUATOR);
  }

  /**
   * Jumps to {@code target} when the condition is {@code jumpIf}, else falls through; the operand
   * stack is empty before and after, and at every label.
   */
  private void condition(Condition condition, boolean jumpIf, int target) {
    Clause[] clauses = condition.clauses;
    if (condition.and != jumpIf) {
      // AND jumping when false, OR jumping when true: any clause with that value decides.
      for (Clause clause : clauses) {
        clause(clause, jumpIf, target);
      }
      return;
    }
    // AND jumping when true, OR when false: every clause must agree; one that does not skips.
    int skip = code.newLabel();
    for (int i = 0; i < clauses.length - 1; i++) {
      clause(clauses[i], !jumpIf, skip);
    }
    clause(clauses[clauses.length - 1], jumpIf, target);
    code.place(skip);
  }

  private void clause(Clause clause, boolean jumpIf, int target) {
    switch (clause.kind) {
      case Clause.GROUP:
        condition(clause.group, jumpIf, target);
        return;
      case Clause.TEXT_EQUALS:
        read(clause.path);
        getField(STRING);
        code.iconst(clause.positive);
        callSpecialized("textEquals", "(" + JSON + STRING + "Z)Z");
        break;
      case Clause.TEXT_IN:
        read(clause.path);
        if (clause.textSet != null) {
          getField(SET);
          code.iconst(clause.positive);
          callSpecialized("textInSet", "(" + JSON + SET + "Z)Z");
        } else {
          getField(STRINGS);
          code.iconst(clause.positive);
          callSpecialized("textInList", "(" + JSON + STRINGS + "Z)Z");
        }
        break;
      case Clause.INTEGER_COMPARISON:
        read(clause.path);
        getField("J");
        code.bipush(clause.outcomes);
        getField(OPERATOR);
        getField(JSON);
        callSpecialized("compareInteger", "(" + JSON + "JI" + OPERATOR + JSON + ")Z");
        break;
      case Clause.ATTRIBUTE_MEMBERSHIP:
        read(clause.path);
        read(clause.other);
        getField(OPERATOR);
        callSpecialized("membership", "(" + JSON + JSON + OPERATOR + ")Z");
        break;
      default:
        getField("L" + CLAUSE + ";");
        code.aload(TASK).aload(WORKER).aload(ENV);
        code.op(Bytecode.INVOKEVIRTUAL, classFile.methodRef(CLAUSE, "test", TEST));
    }
    code.branch(jumpIf ? Bytecode.IFNE : Bytecode.IFEQ, target);
  }

  /** Pushes the attribute's value as read raw ({@link Compiler.Resolver#raw}). */
  private void read(Compiler.Resolver path) {
    code.aload(path.worker ? WORKER : TASK);
    if (path.key != null) {
      getField(STRING);
      callSpecialized("read", "(" + JSON + STRING + ")" + JSON);
    } else {
      getField(OBJECTS);
      code.op(
          Bytecode.INVOKESTATIC,
          classFile.methodRef(PACKAGE + "Compiler", "resolve", "(" + JSON + OBJECTS + ")" + JSON));
    }
  }

  /** Declares the next field and pushes its value: {@code this.fN}. */
  private void getField(String type) {
    int index = fieldTypes.size();
    fieldTypes.add(type);
    code.aload(THIS).op(Bytecode.GETFIELD, classFile.fieldRef(name, field(index), type));
  }

  private void callSpecialized(String method, String descriptor) {
    code.op(Bytecode.INVOKESTATIC, classFile.methodRef(SPECIALIZED, method, descriptor));
  }

  /** {@code this.fN = (T) values[N]} for every field, a long unboxed. */
  private Bytecode constructor() {
    Bytecode init = new Bytecode(CONSTRUCTOR_STACK, 2);
    init.aload(THIS).op(Bytecode.INVOKESPECIAL, classFile.methodRef(EVALUATOR, "<init>", "()V"));
    for (int i = 0; i < fieldTypes.size(); i++) {
      String type = fieldTypes.get(i);
      init.aload(THIS).aload(1).op(Bytecode.SIPUSH, i).op(Bytecode.AALOAD);
      if (type.equals("J")) {
        init.op(Bytecode.CHECKCAST, classFile.classRef("java/lang/Long"));
        init.op(Bytecode.INVOKEVIRTUAL, classFile.methodRef("java/lang/Long", "longValue", "()J"));
      } else {
        String internal = type.startsWith("[") ? type : type.substring(1, type.length() - 1);
        init.op(Bytecode.CHECKCAST, classFile.classRef(internal));
      }
      init.op(Bytecode.PUTFIELD, classFile.fieldRef(name, field(i), type));
    }
    return init.op(Bytecode.RETURN);
  }

  private static String field(int index) {
    return "f" + index;
  }
}
