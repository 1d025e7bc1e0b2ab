/**
 * The TaskRouter v1 REST API on top of the engine: {@code Endpoints} (every path and the {@code
 * ApiHandler} serving them), one {@code *Endpoints} class per resource reading and checking
 * parameters, {@code StatisticsEndpoints}, {@code WorkflowValidation} (configurations read and
 * linted by {@code workflow-config}), and {@code Renderer} with {@code Wire}, which write every
 * answer through the dsl's resource classes so client and server share one wire format.
 *
 * <p>May use: {@code internal.engine}, {@code internal.state}, {@code internal.http}, the dsl's
 * resource model and {@code workflow-config}. Nothing inside {@code internal} imports this package;
 * only {@code TaskRouterEmulator} does.
 */
package io.github.taskrouter4j.emulator.internal.api;
