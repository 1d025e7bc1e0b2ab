package io.github.taskrouter4j.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.taskrouter4j.sid.Sid;
import io.github.taskrouter4j.workflow.expression.ExpressionSyntaxException;
import io.github.taskrouter4j.workflow.expression.Expressions;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One resource reduced to what a plan compares: its kind, name, SID if live, and its field values
 * as JSON under Twilio's snake_case names (activities and queues by name, expressions canonical). A
 * declared resource holds only the fields it manages.
 */
final class ResourceState {
  final ResourceKind kind;
  final String name;
  final Optional<Sid> sid;
  final Map<String, JsonNode> fields;

  /** The declaration or the live resource it was made from. */
  final Object source;

  private ResourceState(
      ResourceKind kind,
      String name,
      Optional<Sid> sid,
      Map<String, JsonNode> fields,
      Object source) {
    this.kind = kind;
    this.name = name;
    this.sid = sid;
    this.fields = Collections.unmodifiableMap(fields);
    this.source = source;
  }

  static Builder builder(ResourceKind kind, String name, Object source) {
    return new Builder(kind, name, source);
  }

  /** Canonical text of a worker expression, or the text itself if it does not parse. */
  static String canonicalWorkers(String text) {
    try {
      return Expressions.parseWorkers(text).canonical();
    } catch (ExpressionSyntaxException e) {
      return text;
    }
  }

  /** Collects the fields of one resource. */
  static final class Builder {
    private final ResourceKind kind;
    private final String name;
    private final Object source;
    private final Map<String, JsonNode> fields = new LinkedHashMap<>();
    private Optional<Sid> sid = Optional.empty();

    private Builder(ResourceKind kind, String name, Object source) {
      this.kind = kind;
      this.name = name;
      this.source = source;
    }

    Builder sid(Optional<? extends Sid> value) {
      this.sid = value.map(Sid.class::cast);
      return this;
    }

    Builder text(String field, Optional<?> value) {
      value.ifPresent(v -> fields.put(field, TextNode.valueOf(v.toString())));
      return this;
    }

    Builder flag(String field, Optional<Boolean> value) {
      value.ifPresent(v -> fields.put(field, BooleanNode.valueOf(v)));
      return this;
    }

    Builder number(String field, Optional<Integer> value) {
      value.ifPresent(v -> fields.put(field, IntNode.valueOf(v)));
      return this;
    }

    Builder seconds(String field, Optional<Duration> value) {
      value.ifPresent(v -> fields.put(field, LongNode.valueOf(v.getSeconds())));
      return this;
    }

    Builder json(String field, Optional<? extends JsonNode> value) {
      value.ifPresent(v -> fields.put(field, v));
      return this;
    }

    ResourceState build() {
      return new ResourceState(kind, name, sid, new LinkedHashMap<>(fields), source);
    }
  }
}
