/**
 * Every TaskRouter v1 resource as an immutable value that decodes from, and encodes to, exactly
 * Twilio's JSON ({@link io.github.taskrouter4j.resource.Resources#mapper()}), and every request as
 * an immutable value validated when built and rendered as Twilio's form parameters.
 */
@ResourceStyle
package io.github.taskrouter4j.resource;
