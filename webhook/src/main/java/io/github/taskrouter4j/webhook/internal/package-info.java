/**
 * Implementation details of {@code io.github.taskrouter4j.webhook}, not part of the public API:
 * ordered form-parameter writing ({@code FormWriter}), the SID prefixes an event may carry ({@code
 * SidKinds}) and the URL spellings Twilio may have signed ({@code UrlVariants}).
 *
 * <p>What it may use: the SID types of {@code io.github.taskrouter4j.sid} and the JDK. It never
 * imports {@code io.github.taskrouter4j.webhook} (its parent) or any other package's {@code
 * internal}, so the dependency runs one way only.
 */
package io.github.taskrouter4j.webhook.internal;
