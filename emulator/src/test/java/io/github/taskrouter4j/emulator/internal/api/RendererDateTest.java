package io.github.taskrouter4j.emulator.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Dates are written to the second, as TaskRouter writes them, whichever second came before. */
class RendererDateTest {
  @Property
  void anyInstant_isWrittenAsTheJdkWritesItsSecond(
      @ForAll @LongRange(min = -62_135_596_800L, max = 253_402_300_799L) long epochSecond,
      @ForAll @LongRange(min = 0, max = 999_999_999) long nanos,
      @ForAll @LongRange(min = -3, max = 3) long previousOffset) {
    Renderer.date(Instant.ofEpochSecond(epochSecond + previousOffset));
    Instant instant = Instant.ofEpochSecond(epochSecond, nanos);

    assertThat(Renderer.date(instant))
        .isEqualTo(instant.truncatedTo(ChronoUnit.SECONDS).toString());
  }

  @Test
  void secondsAlternating_eachKeepTheirOwnText() {
    Instant a = Instant.parse("2016-08-01T22:10:40.999Z");
    Instant b = Instant.parse("2016-08-01T22:10:41Z");

    assertThat(Renderer.date(a)).isEqualTo("2016-08-01T22:10:40Z");
    assertThat(Renderer.date(b)).isEqualTo("2016-08-01T22:10:41Z");
    assertThat(Renderer.date(a)).isEqualTo("2016-08-01T22:10:40Z");
    assertThat(Renderer.date(Instant.parse("1969-12-31T23:59:59.5Z")))
        .isEqualTo("1969-12-31T23:59:59Z");
  }
}
