/**
 * Tokens for the TaskRouter JavaScript SDK, signed HS256 with the JDK's crypto: {@link
 * io.github.taskrouter4j.token.AccessToken} with a {@link
 * io.github.taskrouter4j.token.TaskRouterGrant} (SDK v2, Flex), the legacy {@link
 * io.github.taskrouter4j.token.CapabilityToken} with role presets (SDK v1), and {@link
 * io.github.taskrouter4j.token.TokenDecoder} to verify a token and say what it grants.
 *
 * <p>What it may use: the SID types of {@code io.github.taskrouter4j.sid}, Jackson and the JDK
 * ({@code javax.crypto}). It does not use {@code io.github.taskrouter4j.webhook}. Its Immutables
 * style ({@code TokenStyle}), JSON mapper ({@code TokenJson}) and JWT signing and verification
 * ({@code Hs256}) are package-private and serve this package alone.
 */
@TokenStyle
package io.github.taskrouter4j.token;
