package io.github.taskrouter4j.workflow;

import java.util.Set;

/** The JSON field names of a workflow configuration, canonical and legacy. */
final class Fields {
  static final String TASK_ROUTING = "task_routing";
  static final String FILTERS = "filters";
  static final String DEFAULT_FILTER = "default_filter";
  static final String FILTER_FRIENDLY_NAME = "filter_friendly_name";
  static final String LEGACY_FRIENDLY_NAME = "friendly_name";
  static final String EXPRESSION = "expression";
  static final String TARGETS = "targets";
  static final String QUEUE = "queue";
  static final String LEGACY_TASK_QUEUE_SID = "task_queue_sid";
  static final String PRIORITY = "priority";
  static final String TIMEOUT = "timeout";
  static final String ORDER_BY = "order_by";
  static final String SKIP_IF = "skip_if";
  static final String KNOWN_WORKER_SID = "known_worker_sid";
  static final String KNOWN_WORKER_FRIENDLY_NAME = "known_worker_friendly_name";

  /** Names modelled at the document's top level. */
  static final Set<String> DOCUMENT = Set.of(TASK_ROUTING);

  static final Set<String> TASK_ROUTING_FIELDS = Set.of(FILTERS, DEFAULT_FILTER);

  static final Set<String> FILTER =
      Set.of(FILTER_FRIENDLY_NAME, LEGACY_FRIENDLY_NAME, EXPRESSION, TARGETS);

  static final Set<String> TARGET =
      Set.of(
          QUEUE,
          LEGACY_TASK_QUEUE_SID,
          PRIORITY,
          TIMEOUT,
          EXPRESSION,
          ORDER_BY,
          SKIP_IF,
          KNOWN_WORKER_SID,
          KNOWN_WORKER_FRIENDLY_NAME);

  static final Set<String> DEFAULT = Set.of(QUEUE, LEGACY_TASK_QUEUE_SID, PRIORITY, EXPRESSION);

  private Fields() {}
}
