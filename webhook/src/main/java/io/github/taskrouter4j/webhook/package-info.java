/**
 * The server side of TaskRouter: typed assignment callbacks and the instructions that answer them,
 * typed event callbacks, and {@code X-Twilio-Signature} validation.
 *
 * <p>Start with {@link io.github.taskrouter4j.webhook.AssignmentEndpoint} (a Servlet-agnostic
 * handler core), {@link io.github.taskrouter4j.webhook.Instruction} (what to answer) and {@link
 * io.github.taskrouter4j.webhook.SignatureValidator}.
 */
@ValueStyle
package io.github.taskrouter4j.webhook;

import io.github.taskrouter4j.webhook.internal.ValueStyle;
