/**
 * Typed Twilio SIDs. {@code TaskQueueSid.of("WQ…")} checks the prefix and the 32 hexadecimal digits
 * and says which part is wrong; a worker SID cannot be passed where a queue SID is expected.
 */
package io.github.taskrouter4j.sid;
