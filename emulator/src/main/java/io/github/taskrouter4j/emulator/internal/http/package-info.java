/**
 * The emulator's HTTP plumbing, knowing nothing of TaskRouter resources: {@code HttpFront} (its own
 * HTTP/1.1 server: {@code HeadParser}, {@code BodyInput}, {@code Connection}), {@code
 * ServerExchange} (one request and its answer, over a socket or in process), {@code Dispatch} (the
 * one root handler), {@code InProcessTransport} (the same dispatch without a socket), {@code
 * ApiHandler} (HTTP Basic check, body parsing, JSON and Twilio error answers), {@code Routes} (path
 * templates to handlers), {@code Request}, {@code Reply}, {@code Params} (typed form and query
 * values that answer bad input with Twilio's 20001), {@code Pages} (Twilio's paging {@code meta}),
 * {@code ApiError} and the shared {@code Json} mapper.
 *
 * <p>May use: Jackson, the SID types and the http module's transport SPI. Never imports another
 * {@code internal} subpackage; all of them may use this one.
 */
package io.github.taskrouter4j.emulator.internal.http;
