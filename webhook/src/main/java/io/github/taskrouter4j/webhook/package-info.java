/**
 * The server side of TaskRouter: typed assignment callbacks and the instructions that answer them,
 * typed event callbacks, and {@code X-Twilio-Signature} validation.
 *
 * <p>Start with {@link io.github.taskrouter4j.webhook.AssignmentEndpoint} (a Servlet-agnostic
 * handler core), {@link io.github.taskrouter4j.webhook.Instruction} (what to answer) and {@link
 * io.github.taskrouter4j.webhook.SignatureValidator}.
 *
 * <p>What it may use: the SID types of {@code io.github.taskrouter4j.sid}, Jackson, the JDK, and
 * its own {@code internal} package. Its Immutables style ({@code WebhookStyle}) and JSON mapper
 * ({@code WebhookJson}) are package-private and serve this package alone; callback parsing,
 * instruction parsing and range checks sit package-private here too, because they throw this
 * package's exceptions.
 */
@WebhookStyle
package io.github.taskrouter4j.webhook;
