/**
 * Generic plumbing for Twilio's REST API on the JDK's own {@link java.net.http.HttpClient}: HTTP
 * Basic credentials, form encoding as Twilio expects it, JSON decoding with Jackson, typed errors,
 * retries that never repeat a POST behind your back, and lazy paging.
 *
 * <pre>{@code
 * try (TwilioHttpClient client = TwilioHttpClient.builder()
 *     .credentials(Credentials.fromEnvironment())
 *     .build()) {
 *   ApiResponse<JsonNode> created = client.send(
 *       ApiRequest.post("/v1/Workspaces").withForm("FriendlyName", "Support"), JsonNode.class);
 *   String etag = created.etag().orElse("");
 * }
 * }</pre>
 *
 * <p>The package names no TaskRouter resource; the {@code dsl} module builds on it.
 */
package io.github.taskrouter4j.http;
