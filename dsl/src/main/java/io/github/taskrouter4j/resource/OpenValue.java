package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The shared mechanism of the resource package's "open enums" ({@link TaskOrder}, {@link
 * ReservationStatus}...): a value is its wire text, compares by class and text, and is known when
 * it is one of its class's constants.
 *
 * <p>Each subclass is final, declares its constants and a {@link Registry} of them, and exposes
 * {@code of(String)} and {@code knownValues()} through that registry.
 */
abstract class OpenValue {
  private final String value;

  OpenValue(String value) {
    this.value = value;
  }

  /** The registry of the subclass's constants. */
  abstract Registry<?> registry();

  /** The wire text, exactly as Twilio writes it. */
  @JsonValue
  public final String value() {
    return value;
  }

  /** Whether this is one of the constants rather than a value Twilio added later. */
  public final boolean isKnown() {
    return registry().known.get(value) == this;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((OpenValue) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** The wire text. */
  @Override
  public final String toString() {
    return value;
  }

  /**
   * The constants of one open-enum class, in Twilio's documented order, and how to make a value
   * this version does not know.
   */
  static final class Registry<T extends OpenValue> {
    private final String typeName;
    private final Function<String, T> unknown;
    private final Map<String, T> known;

    @SafeVarargs
    Registry(String typeName, Function<String, T> unknown, T... constants) {
      this.typeName = typeName;
      this.unknown = unknown;
      Map<String, T> map = new LinkedHashMap<>();
      for (T constant : constants) {
        map.put(constant.value(), constant);
      }
      this.known = Collections.unmodifiableMap(map);
    }

    /**
     * The constant for {@code value} if known, otherwise a new value that keeps the text.
     *
     * @throws IllegalArgumentException if {@code value} is blank
     */
    T of(String value) {
      Objects.requireNonNull(value, typeName + " == null");
      T constant = known.get(value);
      if (constant != null) {
        return constant;
      }
      if (value.isBlank()) {
        throw new IllegalArgumentException(
            typeName + " must be one of " + known.keySet() + " (or a newer value), but is blank");
      }
      return unknown.apply(value);
    }

    /** The constants, in Twilio's documented order. */
    List<T> values() {
      return List.copyOf(known.values());
    }
  }
}
