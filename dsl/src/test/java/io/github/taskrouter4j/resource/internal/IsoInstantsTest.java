package io.github.taskrouter4j.resource.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast path for Twilio's instant form answers exactly as the JDK's formatter does. */
class IsoInstantsTest {

  @Property(tries = 3000)
  void format_isTheJdksIsoInstant(@ForAll("instants") Instant instant) {
    assertThat(IsoInstants.format(instant))
        .isEqualTo(DateTimeFormatter.ISO_INSTANT.format(instant));
  }

  @Property(tries = 3000)
  void parse_readsBackWhatFormatWrites(@ForAll("instants") Instant instant) {
    assertThat(IsoInstants.parse(IsoInstants.format(instant))).isEqualTo(instant);
  }

  /** Text of the short form's length and punctuation with any digits: same answer as the JDK. */
  @Property(tries = 5000)
  void parse_agreesWithTheJdkOnShortFormShapedText(@ForAll("shortFormShaped") String text) {
    Instant expected;
    try {
      expected = jdk(text);
    } catch (DateTimeParseException e) {
      assertThatThrownBy(() -> IsoInstants.parse(text)).isInstanceOf(DateTimeParseException.class);
      return;
    }
    assertThat(IsoInstants.parse(text)).isEqualTo(expected);
  }

  @Example
  void parse_specialCasesGoToTheJdk() {
    assertThat(IsoInstants.parse("2016-08-01T24:00:00Z")).isEqualTo(jdk("2016-08-01T24:00:00Z"));
    assertThat(IsoInstants.parse("2016-08-01t22:10:40z"))
        .isEqualTo(Instant.parse("2016-08-01T22:10:40Z"));
    assertThat(IsoInstants.parse("2016-08-01T22:10:40+02:00"))
        .isEqualTo(Instant.parse("2016-08-01T20:10:40Z"));
    assertThat(IsoInstants.parse("2016-08-01T22:10:40.5Z"))
        .isEqualTo(Instant.parse("2016-08-01T22:10:40.500Z"));
    assertThatThrownBy(() -> IsoInstants.parse("2016-02-30T22:10:40Z"))
        .isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> IsoInstants.parse("2016-0a-01T22:10:40Z"))
        .isInstanceOf(DateTimeParseException.class);
  }

  private static Instant jdk(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException zulu) {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }
  }

  @Provide
  Arbitrary<Instant> instants() {
    Arbitrary<Long> seconds =
        Arbitraries.longs()
            .between(
                Instant.parse("-0500-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("+12000-01-01T00:00:00Z").getEpochSecond());
    Arbitrary<Integer> nanos =
        Arbitraries.oneOf(
            Arbitraries.just(0),
            Arbitraries.just(0),
            Arbitraries.integers().between(0, 999_999_999));
    return seconds.flatMap(s -> nanos.map(n -> Instant.ofEpochSecond(s, n)));
  }

  @Provide
  Arbitrary<String> shortFormShaped() {
    Arbitrary<Character> digit = Arbitraries.chars().range('0', '9');
    Arbitrary<Character> any =
        Arbitraries.oneOf(digit, digit, digit, Arbitraries.of('a', ' ', '-'));
    return any.list()
        .ofSize(14)
        .map(
            d -> {
              StringBuilder s = new StringBuilder();
              for (int i = 0; i < 14; i++) {
                s.append(d.get(i));
                if (i == 3 || i == 5) {
                  s.append('-');
                } else if (i == 7) {
                  s.append('T');
                } else if (i == 9 || i == 11) {
                  s.append(':');
                }
              }
              return s.append('Z').toString();
            });
  }
}
