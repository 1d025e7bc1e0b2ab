package io.github.taskrouter4j.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.taskrouter4j.webhook.ConferenceInstruction;
import io.github.taskrouter4j.webhook.ConferenceParameters;
import io.github.taskrouter4j.webhook.InvalidInstructionException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The REST reservation update and the webhook instruction share one set of conference limits. */
class ConferenceParametersRequestTest {

  private static UpdateReservationRequest conference(
      Consumer<UpdateReservationRequest.Builder> spec) {
    UpdateReservationRequest.Builder builder =
        UpdateReservationRequest.builder().instruction(ReservationInstruction.CONFERENCE);
    spec.accept(builder);
    return builder.build();
  }

  @Test
  void maxParticipantsAboveLimit_isRefusedLikeTheInstruction() {
    assertThatThrownBy(() -> conference(b -> b.maxParticipants(251)))
        .isInstanceOf(InvalidInstructionException.class)
        .hasMessage("UpdateReservationRequest.maxParticipants must be between 2 and 250, was 251");
    assertThatThrownBy(() -> ConferenceInstruction.builder().maxParticipants(251).build())
        .hasMessage("ConferenceInstruction.maxParticipants must be between 2 and 250, was 251");
  }

  @Test
  void timeoutAbove999_citesTwilioError14233() {
    assertThatThrownBy(() -> conference(b -> b.timeout(Duration.ofSeconds(1000))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "UpdateReservationRequest.timeout must be between 1 and 999 seconds (Twilio error"
                + " 14233), was 1000 s");
  }

  @Test
  void regionThatIsNotATwilioRegion_isRefused() {
    assertThatThrownBy(() -> conference(b -> b.region("Ireland")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UpdateReservationRequest.region must be a Twilio region")
        .hasMessageContaining("\"Ireland\"");
  }

  @Test
  void sipPasswordWithoutUser_isRefused() {
    assertThatThrownBy(() -> conference(b -> b.sipAuthPassword("hunter2")))
        .hasMessageContaining("UpdateReservationRequest.sipAuthPassword is set without")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void maxParticipants_isAnOptionalIntRenderedAsItsDigits() {
    UpdateReservationRequest request = conference(b -> b.maxParticipants(10));

    ConferenceParameters parameters = request;
    assertThat(parameters.maxParticipants()).hasValue(10);
    assertThat(request.toForm()).containsEntry("MaxParticipants", List.of("10"));
    assertThat(conference(b -> {}).toForm()).doesNotContainKey("MaxParticipants");
  }
}
