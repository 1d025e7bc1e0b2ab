/**
 * Tokens for the TaskRouter JavaScript SDK, signed HS256 with the JDK's crypto: {@link
 * io.github.taskrouter4j.token.AccessToken} with a {@link
 * io.github.taskrouter4j.token.TaskRouterGrant} (SDK v2, Flex), the legacy {@link
 * io.github.taskrouter4j.token.CapabilityToken} with role presets (SDK v1), and {@link
 * io.github.taskrouter4j.token.TokenDecoder} to verify a token and say what it grants.
 */
@ValueStyle
package io.github.taskrouter4j.token;

import io.github.taskrouter4j.webhook.internal.ValueStyle;
