/**
 * The project's shared JSON machinery: one pre-configured Jackson {@code ObjectMapper} per purpose
 * ({@link io.github.taskrouter4j.json.TaskRouterJson}) and the canonical pretty printer ({@link
 * io.github.taskrouter4j.json.CanonicalJson}) used for snapshots and for people.
 */
package io.github.taskrouter4j.json;
