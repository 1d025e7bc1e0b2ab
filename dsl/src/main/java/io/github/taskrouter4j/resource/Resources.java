package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.taskrouter4j.resource.internal.WireModule;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON mapper that reads and writes TaskRouter's wire format: snake_case names as Twilio writes
 * them, instants as ISO-8601 UTC text, durations as whole seconds, absent values as {@code null},
 * and fields this library does not model kept and written back.
 *
 * <pre>{@code
 * Task task = Resources.mapper().readValue(json, Task.class);
 * String back = Resources.toJson(task);   // the same fields, same values
 * }</pre>
 */
public final class Resources {
  private static final ObjectMapper MAPPER = configure(new ObjectMapper());

  private Resources() {}

  /**
   * The shared, configured mapper. It is thread-safe; do not reconfigure it (take {@link
   * ObjectMapper#copy()} if you need different settings).
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Configures {@code mapper} the way TaskRouter's wire format needs (modules for {@code Optional},
   * {@code Instant} and {@code Duration}; unknown fields tolerated) and returns it.
   */
  public static ObjectMapper configure(ObjectMapper mapper) {
    Objects.requireNonNull(mapper, "mapper == null");
    return mapper
        .registerModule(new Jdk8Module())
        .registerModule(new WireModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  }

  /** Encodes a resource (or any value) as minified Twilio JSON. */
  public static String toJson(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot encode " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * Decodes Twilio JSON as {@code type}.
   *
   * @throws IllegalArgumentException naming the type, the JSON path and the bad value
   */
  public static <T> T fromJson(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      Throwable cause =
          e.getCause() instanceof IllegalArgumentException
                  || e.getCause() instanceof IllegalStateException
              ? e.getCause()
              : null;
      String why = cause != null ? missingFields(type, cause.getMessage()) : e.getOriginalMessage();
      throw new IllegalArgumentException(
          "cannot decode " + type.getSimpleName() + " at " + path(e) + ": " + why, e);
    }
  }

  /** Immutables' "Cannot build X, some of required attributes are not set [a, b]". */
  private static final Pattern NOT_SET =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");

  /**
   * Rewords a value's "required attributes are not set" in the wire's terms: the JSON names of the
   * fields Twilio always returns that the input lacks. Any other message is returned as it is.
   */
  static String missingFields(Class<?> type, String message) {
    Matcher m = message == null ? null : NOT_SET.matcher(message);
    if (m == null || !m.matches()) {
      return message;
    }
    Map<String, String> wireNames = wireNames(type.getPackageName() + "." + m.group(1));
    List<String> names = new ArrayList<>();
    for (String attribute : m.group(2).split(",\\s*")) {
      names.add("`" + wireNames.getOrDefault(attribute, snakeCase(attribute)) + "`");
    }
    return (names.size() == 1 ? "missing field " : "missing fields ")
        + String.join(", ", names)
        + " (Twilio always returns "
        + (names.size() == 1 ? "it" : "them")
        + ")";
  }

  /** The JSON name of each attribute of the resource class {@code name}, from its annotations. */
  private static Map<String, String> wireNames(String name) {
    Map<String, String> names = new HashMap<>();
    try {
      for (Method method : Class.forName(name).getMethods()) {
        JsonProperty property = method.getAnnotation(JsonProperty.class);
        if (property != null && !property.value().isEmpty()) {
          names.put(method.getName(), property.value());
        }
      }
    } catch (ClassNotFoundException | LinkageError e) {
      // Not a top-level class of this package: snake_case the names instead.
    }
    return names;
  }

  private static String snakeCase(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  /**
   * The JSON path of a decoding failure, e.g. {@code $.sid} or {@code $.activity_statistics[1]}.
   */
  private static String path(JsonProcessingException e) {
    StringBuilder path = new StringBuilder("$");
    if (e instanceof JsonMappingException) {
      for (JsonMappingException.Reference ref : ((JsonMappingException) e).getPath()) {
        if (ref.getFieldName() != null) {
          path.append('.').append(ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          path.append('[').append(ref.getIndex()).append(']');
        }
      }
    }
    return path.toString();
  }
}
