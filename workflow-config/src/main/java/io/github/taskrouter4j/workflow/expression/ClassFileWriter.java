package io.github.taskrouter4j.workflow.expression;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one class file: a constant pool (Utf8, Class, NameAndType, Fieldref and Methodref
 * entries), fields, and methods with a Code attribute and, when the code branches, a StackMapTable
 * whose frames are all {@code same_frame}: {@link ShapeGenerator} emits code whose operand stack is
 * empty at every branch target and which never stores a local, so the frame at any target is the
 * method's entry frame.
 *
 * <p>Version 52 (Java 8), the oldest that the split verifier checks with a StackMapTable; the JVM
 * verifies a class defined through a {@code Lookup}, so a malformed one fails when linked.
 */
final class ClassFileWriter {
  private static final int MAGIC = 0xCAFEBABE;
  private static final int VERSION_JAVA_8 = 52;
  private static final int UTF8 = 1;
  private static final int CLASS = 7;
  private static final int FIELD_REF = 9;
  private static final int METHOD_REF = 10;
  private static final int NAME_AND_TYPE = 12;
  private static final int SAME_FRAME_MAX_DELTA = 63;
  private static final int SAME_FRAME_EXTENDED = 251;
  private static final int MAX_POOL_ENTRIES = 0xFFFF;

  /** {@code ACC_FINAL | ACC_SUPER}: a final, package-private class. */
  static final int FINAL_CLASS = 0x0030;

  /** {@code ACC_PRIVATE | ACC_FINAL}. */
  static final int PRIVATE_FINAL = 0x0012;

  /** Package-private: no access flag. */
  static final int PACKAGE_PRIVATE = 0;

  private final ByteArrayOutputStream poolBytes = new ByteArrayOutputStream();
  private final DataOutputStream pool = new DataOutputStream(poolBytes);
  private final Map<String, Integer> entries = new HashMap<>();
  private int poolCount = 1;
  private final List<byte[]> fields = new ArrayList<>();
  private final List<byte[]> methods = new ArrayList<>();

  int utf8(String text) {
    return entry("U" + text, UTF8, out -> out.writeUTF(text));
  }

  /** A Class entry for an internal name ({@code java/lang/Object}) or an array descriptor. */
  int classRef(String internalName) {
    int name = utf8(internalName);
    return entry("C" + internalName, CLASS, out -> out.writeShort(name));
  }

  int fieldRef(String owner, String name, String descriptor) {
    return memberRef(FIELD_REF, owner, name, descriptor);
  }

  int methodRef(String owner, String name, String descriptor) {
    return memberRef(METHOD_REF, owner, name, descriptor);
  }

  private int memberRef(int tag, String owner, String name, String descriptor) {
    int owning = classRef(owner);
    int nameIndex = utf8(name);
    int type = utf8(descriptor);
    int nameAndType =
        entry(
            "N" + name + ' ' + descriptor,
            NAME_AND_TYPE,
            out -> {
              out.writeShort(nameIndex);
              out.writeShort(type);
            });
    return entry(
        tag + owner + '.' + name + ' ' + descriptor,
        tag,
        out -> {
          out.writeShort(owning);
          out.writeShort(nameAndType);
        });
  }

  void field(int access, String name, String descriptor) {
    fields.add(member(access, name, descriptor, null));
  }

  void method(int access, String name, String descriptor, Bytecode code) {
    methods.add(member(access, name, descriptor, code));
  }

  private byte[] member(int access, String name, String descriptor, Bytecode code) {
    int nameIndex = utf8(name);
    int type = utf8(descriptor);
    return bytes(
        out -> {
          out.writeShort(access);
          out.writeShort(nameIndex);
          out.writeShort(type);
          if (code == null) {
            out.writeShort(0);
            return;
          }
          out.writeShort(1);
          out.writeShort(utf8("Code"));
          byte[] attribute = codeAttribute(code);
          out.writeInt(attribute.length);
          out.write(attribute);
        });
  }

  private byte[] codeAttribute(Bytecode code) {
    byte[] instructions = code.resolve();
    int[] frames = code.frameOffsets();
    int stackMapName = frames.length == 0 ? 0 : utf8("StackMapTable");
    return bytes(
        out -> {
          out.writeShort(code.maxStack());
          out.writeShort(code.maxLocals());
          out.writeInt(instructions.length);
          out.write(instructions);
          out.writeShort(0); // no exception handlers
          if (frames.length == 0) {
            out.writeShort(0);
            return;
          }
          out.writeShort(1);
          out.writeShort(stackMapName);
          byte[] table = stackMapTable(frames);
          out.writeInt(table.length);
          out.write(table);
        });
  }

  /** Every frame is the entry frame: {@code same_frame}, or {@code same_frame_extended}. */
  private static byte[] stackMapTable(int[] offsets) {
    return bytes(
        out -> {
          out.writeShort(offsets.length);
          int previous = -1;
          for (int offset : offsets) {
            int delta = offset - previous - 1;
            if (delta <= SAME_FRAME_MAX_DELTA) {
              out.writeByte(delta);
            } else {
              out.writeByte(SAME_FRAME_EXTENDED);
              out.writeShort(delta);
            }
            previous = offset;
          }
        });
  }

  /** The class file of a class named {@code name} (internal form) extending {@code superName}. */
  byte[] toBytes(int access, String name, String superName) {
    int thisClass = classRef(name);
    int superClass = classRef(superName);
    if (poolCount > MAX_POOL_ENTRIES) {
      throw new IllegalStateException("constant pool too large: " + poolCount + " entries");
    }
    return bytes(
        out -> {
          out.writeInt(MAGIC);
          out.writeShort(0);
          out.writeShort(VERSION_JAVA_8);
          out.writeShort(poolCount);
          poolBytes.writeTo(out);
          out.writeShort(access);
          out.writeShort(thisClass);
          out.writeShort(superClass);
          out.writeShort(0); // no interfaces
          writeAll(out, fields);
          writeAll(out, methods);
          out.writeShort(0); // no class attributes
        });
  }

  private static void writeAll(DataOutputStream out, List<byte[]> members) throws IOException {
    out.writeShort(members.size());
    for (byte[] member : members) {
      out.write(member);
    }
  }

  private int entry(String key, int tag, Writer body) {
    Integer known = entries.get(key);
    if (known != null) {
      return known;
    }
    try {
      pool.writeByte(tag);
      body.write(pool);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int index = poolCount++;
    entries.put(key, index);
    return index;
  }

  private static byte[] bytes(Writer body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      body.write(new DataOutputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Writes part of the class file. */
  private interface Writer {
    void write(DataOutputStream out) throws IOException;
  }
}
