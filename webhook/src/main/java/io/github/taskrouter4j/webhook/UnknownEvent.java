package io.github.taskrouter4j.webhook;

/**
 * An event whose type this version does not know (Twilio adds types without notice): its {@link
 * #typeName()} and every parameter are kept; {@link #type()} is {@link EventType#UNKNOWN}.
 */
public final class UnknownEvent extends TaskRouterEvent {
  UnknownEvent(CallbackParams params) {
    super(params);
  }
}
