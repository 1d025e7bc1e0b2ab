package io.github.taskrouter4j.workspace;

import io.github.taskrouter4j.sid.TaskQueueSid;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * Names a declared task queue inside a {@link WorkspaceDefinition}; the key is the queue's friendly
 * name. A workflow configuration built in Java names the queue by {@link #ref()}, a stand-in SID
 * that the plan shows as the queue's name and that apply replaces with the real SID:
 *
 * <pre>{@code
 * QueueKey sales = QueueKey.of("Sales");
 * WorkflowConfiguration.builder()
 *     .filter(Filter.named("Sales").when("type == \"sales\"").target(Target.queue(sales.ref())))
 *     .defaultQueue(sales.ref())
 *     .build();
 * }</pre>
 */
public final class QueueKey implements Comparable<QueueKey> {
  private static final int SID_HEX_DIGITS = 32;

  private final String name;
  private final TaskQueueSid ref;

  private QueueKey(String name) {
    this.name = name;
    this.ref = TaskQueueSid.of("WQ" + sha256Hex("taskrouter4j.workspace.QueueKey:" + name));
  }

  /**
   * The key of the task queue with this friendly name.
   *
   * @throws IllegalArgumentException if the name is blank or longer than 64 characters
   */
  public static QueueKey of(String name) {
    return new QueueKey(Names.check("task queue", name));
  }

  /** The queue's friendly name. */
  public String name() {
    return name;
  }

  /**
   * The stand-in SID to put in a workflow configuration where this queue is meant: the same for the
   * same name on every machine, replaced by the queue's real SID when the plan is applied.
   */
  public TaskQueueSid ref() {
    return ref;
  }

  @Override
  public int compareTo(QueueKey other) {
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof QueueKey && name.equals(((QueueKey) other).name);
  }

  @Override
  public int hashCode() {
    return Objects.hash("queue", name);
  }

  /** The name, quoted: {@code task queue "Sales"}. */
  @Override
  public String toString() {
    return "task queue \"" + name + "\"";
  }

  private static String sha256Hex(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(SID_HEX_DIGITS);
      for (int i = 0; i < SID_HEX_DIGITS / 2; i++) {
        hex.append(String.format("%02x", digest[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      // Every JDK must provide SHA-256 (java.security.MessageDigest's documented guarantee).
      throw new IllegalStateException("SHA-256 is not available in this JDK", e);
    }
  }
}
