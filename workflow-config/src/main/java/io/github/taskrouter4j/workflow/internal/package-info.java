/**
 * Implementation helpers shared by the {@code workflow} packages; not part of the API and free to
 * change. Pure functions only: no I/O, no state.
 */
package io.github.taskrouter4j.workflow.internal;
