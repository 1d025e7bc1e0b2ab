package io.github.taskrouter4j.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.CallSid;
import io.github.taskrouter4j.sid.InvalidSidException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads assignment-callback answers into {@link Instruction}s: the default behind {@link
 * Instruction#parse(String)}, kept package-private beside it so neither reaches into {@code
 * internal}.
 */
final class InstructionParser {
  private static final List<String> NAMES =
      Arrays.asList("accept", "reject", "dequeue", "call", "redirect");

  private InstructionParser() {}

  /**
   * Parses an answer body.
   *
   * @param body the body; empty means defer
   * @return the instruction
   */
  static Instruction parse(String body) {
    if (body == null || body.trim().isEmpty()) {
      return Instruction.defer();
    }
    JsonNode root = readJson(body, "the answer");
    if (root.isTextual()) {
      String inner = root.textValue().trim();
      if (inner.startsWith("{")) {
        throw new InvalidInstructionException(
            "the answer is a JSON string holding JSON ("
                + excerpt(body)
                + "): the instruction was"
                + " encoded twice; write the object itself, e.g. {\"instruction\":\"accept\"}"
                + " (Twilio error 40001)");
      }
    }
    if (!root.isObject()) {
      throw new InvalidInstructionException(
          "the answer must be a JSON object such as {\"instruction\":\"accept\"}, was "
              + excerpt(body));
    }
    if (root.size() == 0) {
      return Instruction.defer();
    }
    JsonNode name = root.get("instruction");
    if (name == null) {
      throw new InvalidInstructionException(
          "the answer has no \"instruction\" key (Twilio warning 40005): "
              + excerpt(body)
              + "; answer {} to defer the decision");
    }
    if (!name.isTextual()) {
      throw new InvalidInstructionException(
          "$.instruction must be a string, one of " + NAMES + ", was " + name);
    }
    switch (name.textValue()) {
      case "accept":
        allow(root, "accept");
        return Instruction.accept();
      case "reject":
        allow(root, "reject", "activity_sid");
        return root.has("activity_sid")
            ? Instruction.reject(sid(root, "activity_sid", ActivitySid::of))
            : Instruction.reject();
      case "dequeue":
        return dequeue(root);
      case "call":
        return call(root);
      case "redirect":
        return redirect(root);
      case "conference":
      case "supervise":
        throw new InvalidInstructionException(
            "$.instruction \""
                + name.textValue()
                + "\" cannot answer an assignment callback; it is only given through the REST"
                + " API by updating the Reservation. Allowed here: "
                + NAMES);
      default:
        throw new InvalidInstructionException(
            "$.instruction must be one of " + NAMES + ", was \"" + name.textValue() + "\"");
    }
  }

  private static DequeueInstruction dequeue(JsonNode root) {
    allow(
        root,
        "dequeue",
        "from",
        "to",
        "post_work_activity_sid",
        "record",
        "timeout",
        "status_callback_url",
        "status_callback_events");
    DequeueInstruction.Builder b = DequeueInstruction.builder();
    if (root.has("from")) {
      b.from(text(root, "from"));
    }
    if (root.has("to")) {
      b.to(text(root, "to"));
    }
    if (root.has("post_work_activity_sid")) {
      b.postWorkActivitySid(sid(root, "post_work_activity_sid", ActivitySid::of));
    }
    if (root.has("record")) {
      b.record(record(root));
    }
    if (root.has("timeout")) {
      b.timeout(seconds(root, "timeout"));
    }
    if (root.has("status_callback_url")) {
      b.statusCallbackUrl(uri(root, "status_callback_url"));
    }
    if (root.has("status_callback_events")) {
      b.addAllStatusCallbackEvents(events(root, "status_callback_events"));
    }
    return b.build();
  }

  private static CallInstruction call(JsonNode root) {
    allow(root, "call", "from", "to", "url", "accept", "record", "timeout", "status_callback_url");
    CallInstruction.Builder b =
        CallInstruction.builder()
            .from(required(root, "from", "call"))
            .url(requiredUri(root, "call"));
    if (root.has("to")) {
      b.to(text(root, "to"));
    }
    if (root.has("accept")) {
      b.acceptReservation(bool(root, "accept"));
    }
    if (root.has("record")) {
      b.record(record(root));
    }
    if (root.has("timeout")) {
      b.timeout(seconds(root, "timeout"));
    }
    if (root.has("status_callback_url")) {
      b.statusCallbackUrl(uri(root, "status_callback_url"));
    }
    return b.build();
  }

  private static RedirectInstruction redirect(JsonNode root) {
    allow(root, "redirect", "call_sid", "url", "accept");
    if (!root.has("call_sid")) {
      throw new InvalidInstructionException("$.call_sid is required for a redirect instruction");
    }
    RedirectInstruction.Builder b =
        RedirectInstruction.builder()
            .callSid(sid(root, "call_sid", CallSid::of))
            .url(requiredUri(root, "redirect"));
    if (root.has("accept")) {
      b.acceptReservation(bool(root, "accept"));
    }
    return b.build();
  }

  private static void allow(JsonNode root, String instruction, String... keys) {
    Set<String> allowed = new LinkedHashSet<>();
    allowed.add("instruction");
    allowed.addAll(Arrays.asList(keys));
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        throw new InvalidInstructionException(
            "$."
                + key
                + " is not a parameter of the "
                + instruction
                + " instruction; allowed: "
                + allowed);
      }
    }
  }

  private static String required(JsonNode root, String key, String instruction) {
    if (!root.has(key)) {
      throw new InvalidInstructionException(
          "$." + key + " is required for a " + instruction + " instruction");
    }
    return text(root, key);
  }

  private static URI requiredUri(JsonNode root, String instruction) {
    required(root, "url", instruction);
    return uri(root, "url");
  }

  private static String text(JsonNode root, String key) {
    JsonNode node = root.get(key);
    if (!node.isTextual()) {
      throw new InvalidInstructionException("$." + key + " must be a string, was " + node);
    }
    return node.textValue();
  }

  private static <S> S sid(JsonNode root, String key, Function<String, S> factory) {
    String text = text(root, key);
    try {
      return factory.apply(text);
    } catch (InvalidSidException e) {
      throw new InvalidInstructionException("$." + key + ": " + e.getMessage());
    }
  }

  private static URI uri(JsonNode root, String key) {
    String text = text(root, key);
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new InvalidInstructionException(
          "$." + key + " must be a URL, was \"" + text + "\": " + e.getReason());
    }
  }

  private static boolean bool(JsonNode root, String key) {
    JsonNode node = root.get(key);
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isTextual() && ("true".equals(node.textValue()) || "false".equals(node.textValue()))) {
      return Boolean.parseBoolean(node.textValue());
    }
    throw new InvalidInstructionException("$." + key + " must be true or false, was " + node);
  }

  private static Duration seconds(JsonNode root, String key) {
    JsonNode node = root.get(key);
    if (node.canConvertToExactIntegral() && node.isNumber()) {
      return Duration.ofSeconds(node.longValue());
    }
    if (node.isTextual() && node.textValue().matches("-?[0-9]{1,9}")) {
      return Duration.ofSeconds(Long.parseLong(node.textValue()));
    }
    throw new InvalidInstructionException(
        "$." + key + " must be a whole number of seconds, was " + node);
  }

  private static CallRecording record(JsonNode root) {
    String text = text(root, "record");
    return CallRecording.fromWireValue(text)
        .orElseThrow(
            () ->
                new InvalidInstructionException(
                    "$.record must be \"record-from-answer\" or \"do-not-record\", was \""
                        + text
                        + "\""));
  }

  private static List<CallStatusEvent> events(JsonNode root, String key) {
    JsonNode node = root.get(key);
    List<String> texts = new ArrayList<>();
    if (node.isTextual()) {
      for (String part : node.textValue().split(",", -1)) {
        texts.add(part.trim());
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        texts.add(item.asText());
      }
    } else {
      throw new InvalidInstructionException(
          "$."
              + key
              + " must be a comma-separated string such as \"ringing,answered\", was "
              + node);
    }
    List<CallStatusEvent> events = new ArrayList<>();
    for (String text : texts) {
      events.add(
          CallStatusEvent.fromWireValue(text)
              .orElseThrow(
                  () ->
                      new InvalidInstructionException(
                          "$."
                              + key
                              + " contains \""
                              + text
                              + "\"; allowed: initiated, ringing, answered, completed")));
    }
    return events;
  }

  private static JsonNode readJson(String body, String what) {
    try {
      return WebhookJson.read(body);
    } catch (JsonProcessingException e) {
      throw new InvalidInstructionException(
          what
              + " is not valid JSON (Twilio error 40001) at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": "
              + e.getOriginalMessage()
              + "; body: "
              + excerpt(body));
    }
  }

  private static String excerpt(String body) {
    String flat = body.replace('\n', ' ');
    return flat.length() > 120 ? flat.substring(0, 120) + "…" : flat;
  }
}
