package io.github.taskrouter4j.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.Instantiatable;
import java.io.IOException;

/**
 * Jackson {@link PrettyPrinter} for the canonical layout of {@link CanonicalJson}: two spaces per
 * level, {@code ": "} between name and value, {@code \n} line ends whatever the platform, and
 * {@code []}/{@code {}} for empty containers. Stateful (it tracks the depth), so Jackson makes one
 * per write through {@link #createInstance()}.
 */
final class CanonicalPrettyPrinter
    implements PrettyPrinter, Instantiatable<CanonicalPrettyPrinter> {
  private int depth;

  @Override
  public CanonicalPrettyPrinter createInstance() {
    return new CanonicalPrettyPrinter();
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator gen) throws IOException {
    gen.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator gen) throws IOException {
    gen.writeRaw('{');
    depth++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator gen) throws IOException {
    newLine(gen);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator gen) throws IOException {
    gen.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator gen) throws IOException {
    gen.writeRaw(',');
    newLine(gen);
  }

  @Override
  public void writeEndObject(JsonGenerator gen, int entries) throws IOException {
    depth--;
    if (entries > 0) {
      newLine(gen);
    }
    gen.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator gen) throws IOException {
    gen.writeRaw('[');
    depth++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator gen) throws IOException {
    newLine(gen);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator gen) throws IOException {
    gen.writeRaw(',');
    newLine(gen);
  }

  @Override
  public void writeEndArray(JsonGenerator gen, int values) throws IOException {
    depth--;
    if (values > 0) {
      newLine(gen);
    }
    gen.writeRaw(']');
  }

  private void newLine(JsonGenerator gen) throws IOException {
    gen.writeRaw('\n');
    for (int i = 0; i < depth; i++) {
      gen.writeRaw("  ");
    }
  }
}
