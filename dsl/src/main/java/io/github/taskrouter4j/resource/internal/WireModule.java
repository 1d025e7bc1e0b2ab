package io.github.taskrouter4j.resource.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * How TaskRouter writes times on the wire: instants as ISO-8601 text in UTC ({@code
 * 2016-08-01T22:10:40Z}) and durations as whole seconds ({@code 120}).
 */
public final class WireModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Makes the module. */
  public WireModule() {
    super("taskrouter4j-wire");
    addSerializer(Instant.class, new InstantSerializer());
    addDeserializer(Instant.class, new InstantDeserializer());
    addSerializer(Duration.class, new SecondsSerializer());
    addDeserializer(Duration.class, new SecondsDeserializer());
  }

  private static final class InstantSerializer extends JsonSerializer<Instant> {
    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(IsoInstants.format(value));
    }
  }

  private static final class InstantDeserializer extends JsonDeserializer<Instant> {
    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
        return Instant.ofEpochMilli(p.getLongValue());
      }
      String text = p.getValueAsString();
      try {
        return IsoInstants.parse(text.trim());
      } catch (DateTimeParseException e) {
        return (Instant)
            ctxt.handleWeirdStringValue(
                Instant.class, text, "expected ISO-8601 date-time such as 2016-08-01T22:10:40Z");
      }
    }
  }

  private static final class SecondsSerializer extends JsonSerializer<Duration> {
    @Override
    public void serialize(Duration value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeNumber(value.getSeconds());
    }
  }

  private static final class SecondsDeserializer extends JsonDeserializer<Duration> {
    @Override
    public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
        return Duration.ofSeconds(p.getLongValue());
      }
      if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
        return Duration.ofMillis(Math.round(p.getDoubleValue() * 1000));
      }
      String text = p.getValueAsString();
      try {
        return Duration.ofSeconds(Long.parseLong(text.trim()));
      } catch (NumberFormatException e) {
        return (Duration)
            ctxt.handleWeirdStringValue(Duration.class, text, "expected a number of seconds");
      }
    }
  }
}
