package io.github.taskrouter4j.webhook;

/** Your processing of one event callback; see {@link EventEndpoint}. */
@FunctionalInterface
public interface EventHandler {

  /**
   * Processes an event. Return within 15 seconds; throwing makes the endpoint answer 500.
   *
   * @param event the typed event
   */
  void onEvent(TaskRouterEvent event);
}
