package io.github.taskrouter4j.workflow.expression;

import java.util.Arrays;

/**
 * The instructions of one method, with forward and backward labels resolved when done. Labels are
 * the only branch targets, and {@link #frameOffsets()} lists where they were placed, for the
 * StackMapTable that {@link ClassFileWriter} writes.
 */
final class Bytecode {
  static final int ICONST_0 = 0x03;
  static final int BIPUSH = 0x10;
  static final int SIPUSH = 0x11;
  static final int ALOAD_0 = 0x2a;
  static final int AALOAD = 0x32;
  static final int IFEQ = 0x99;
  static final int IFNE = 0x9a;
  static final int IRETURN = 0xac;
  static final int RETURN = 0xb1;
  static final int GETFIELD = 0xb4;
  static final int PUTFIELD = 0xb5;
  static final int INVOKEVIRTUAL = 0xb6;
  static final int INVOKESPECIAL = 0xb7;
  static final int INVOKESTATIC = 0xb8;
  static final int CHECKCAST = 0xc0;

  /** Size of a branch instruction: opcode and a signed 16-bit offset. */
  private static final int BRANCH_SIZE = 3;

  private static final int UNPLACED = -1;

  private final int maxStack;
  private final int maxLocals;
  private byte[] code = new byte[64];
  private int length;
  private int[] labelOffsets = new int[8];
  private int labels;

  /** Where each branch is (pairs: instruction offset, label), in the order emitted. */
  private int[] branches = new int[16];

  private int branchCount;

  Bytecode(int maxStack, int maxLocals) {
    this.maxStack = maxStack;
    this.maxLocals = maxLocals;
  }

  int maxStack() {
    return maxStack;
  }

  int maxLocals() {
    return maxLocals;
  }

  /** One instruction without operands. */
  Bytecode op(int opcode) {
    ensure(1);
    code[length++] = (byte) opcode;
    return this;
  }

  /** An instruction with one unsigned 16-bit operand (a constant pool index or a short). */
  Bytecode op(int opcode, int u2) {
    if (u2 < 0 || u2 > 0xFFFF) {
      throw new IllegalStateException("operand out of range: " + u2);
    }
    ensure(3);
    code[length++] = (byte) opcode;
    code[length++] = (byte) (u2 >>> 8);
    code[length++] = (byte) u2;
    return this;
  }

  /** {@code bipush value}, for 0..127. */
  Bytecode bipush(int value) {
    ensure(2);
    code[length++] = (byte) BIPUSH;
    code[length++] = (byte) value;
    return this;
  }

  /** {@code aload n} for the first four locals (aload_0 to aload_3). */
  Bytecode aload(int local) {
    return op(ALOAD_0 + local);
  }

  /** {@code iconst_0} or {@code iconst_1}. */
  Bytecode iconst(boolean value) {
    return op(ICONST_0 + (value ? 1 : 0));
  }

  int newLabel() {
    if (labels == labelOffsets.length) {
      labelOffsets = Arrays.copyOf(labelOffsets, labels * 2);
    }
    labelOffsets[labels] = UNPLACED;
    return labels++;
  }

  /** Places a label at the next instruction. */
  void place(int label) {
    labelOffsets[label] = length;
  }

  /** A conditional branch ({@link #IFEQ}, {@link #IFNE}) to a label, placed before or after. */
  void branch(int opcode, int label) {
    if (branchCount * 2 == branches.length) {
      branches = Arrays.copyOf(branches, branches.length * 2);
    }
    branches[branchCount * 2] = length;
    branches[branchCount * 2 + 1] = label;
    branchCount++;
    ensure(BRANCH_SIZE);
    code[length] = (byte) opcode;
    length += BRANCH_SIZE;
  }

  /** The instructions, with every branch offset filled in. */
  byte[] resolve() {
    for (int i = 0; i < branchCount; i++) {
      int at = branches[i * 2];
      int target = labelOffsets[branches[i * 2 + 1]];
      if (target == UNPLACED) {
        throw new IllegalStateException("branch at " + at + " to a label never placed");
      }
      int offset = target - at;
      if (offset != (short) offset) {
        throw new IllegalStateException("branch offset beyond 16 bits: " + offset);
      }
      code[at + 1] = (byte) (offset >>> 8);
      code[at + 2] = (byte) offset;
    }
    return Arrays.copyOf(code, length);
  }

  /** The distinct offsets where labels were placed, ascending. */
  int[] frameOffsets() {
    int[] placed = new int[labels];
    int count = 0;
    for (int i = 0; i < labels; i++) {
      if (labelOffsets[i] != UNPLACED) {
        placed[count++] = labelOffsets[i];
      }
    }
    return Arrays.stream(placed, 0, count).sorted().distinct().toArray();
  }

  private void ensure(int bytes) {
    if (length + bytes > code.length) {
      code = Arrays.copyOf(code, Math.max(code.length * 2, length + bytes));
    }
  }
}
