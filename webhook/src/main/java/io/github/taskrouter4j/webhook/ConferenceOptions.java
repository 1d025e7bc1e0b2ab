package io.github.taskrouter4j.webhook;

import java.util.Locale;

/**
 * The enumerated parameters of the {@link ConferenceInstruction}, each rendering Twilio's text. Not
 * instantiable; see the nested enums.
 */
public final class ConferenceOptions {
  private ConferenceOptions() {}

  /** {@code Beep}: whether and when to beep when a participant joins. */
  public enum Beep {
    /** {@code true} (Twilio's default). */
    TRUE("true"),
    /** {@code false}. */
    FALSE("false"),
    /** {@code onEnter}. */
    ON_ENTER("onEnter"),
    /** {@code onExit}. */
    ON_EXIT("onExit");

    private final String wireValue;

    Beep(String wireValue) {
      this.wireValue = wireValue;
    }

    /** Returns Twilio's text, for example {@code onEnter}. */
    @Override
    public String toString() {
      return wireValue;
    }
  }

  /** {@code ConferenceRecord}: whether or when to record the conference. */
  public enum Recording {
    /** {@code true}. */
    TRUE("true"),
    /** {@code false} (Twilio's default). */
    FALSE("false"),
    /** {@code record-from-start}. */
    RECORD_FROM_START("record-from-start"),
    /** {@code do-not-record}. */
    DO_NOT_RECORD("do-not-record");

    private final String wireValue;

    Recording(String wireValue) {
      this.wireValue = wireValue;
    }

    /** Returns Twilio's text, for example {@code record-from-start}. */
    @Override
    public String toString() {
      return wireValue;
    }
  }

  /** {@code ConferenceTrim}: trimming of leading and trailing silence in the recording. */
  public enum Trim {
    /** {@code trim-silence} (Twilio's default). */
    TRIM_SILENCE,
    /** {@code do-not-trim}. */
    DO_NOT_TRIM;

    /** Returns Twilio's text, for example {@code trim-silence}. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** {@code RecordingChannels}: the channels of the final recording. */
  public enum RecordingChannels {
    /** {@code mono} (Twilio's default). */
    MONO,
    /** {@code dual}. */
    DUAL;

    /** Returns Twilio's text, for example {@code dual}. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code JitterBufferSize}. */
  public enum JitterBufferSize {
    /** {@code small}. */
    SMALL,
    /** {@code medium}. */
    MEDIUM,
    /** {@code large}. */
    LARGE,
    /** {@code off}. */
    OFF;

    /** Returns Twilio's text, for example {@code medium}. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code ConferenceStatusCallbackEvent}: conference events sent to the status callback. */
  public enum Event {
    /** {@code start}. */
    START,
    /** {@code end}. */
    END,
    /** {@code join}. */
    JOIN,
    /** {@code leave}. */
    LEAVE,
    /** {@code mute}. */
    MUTE,
    /** {@code hold}. */
    HOLD,
    /** {@code speaker}. */
    SPEAKER;

    /** Returns Twilio's text, for example {@code join}. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The HTTP method Twilio uses for a callback or the wait URL. */
  public enum Method {
    /** {@code GET}. */
    GET,
    /** {@code POST} (Twilio's default). */
    POST
  }
}
