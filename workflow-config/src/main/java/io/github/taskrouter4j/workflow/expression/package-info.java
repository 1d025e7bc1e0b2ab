/**
 * TaskRouter expressions as typed, immutable Java values.
 *
 * <p>{@link io.github.taskrouter4j.workflow.expression.Expressions} is the one entry point: it
 * parses every form TaskRouter accepts ({@code parseFilter}, {@code parseTarget}, {@code
 * parseWorkers}, {@code parseSkipIf}, {@code parseOrderBy}) and builds expressions in Java ({@code
 * attr("type").eq("sales").and(attr("priority").gte(5))}). Expressions print the text they were
 * parsed from (or a canonical form when built or changed), compare structurally, evaluate against
 * Jackson {@code JsonNode}s with TaskRouter's rules, and lint themselves.
 */
package io.github.taskrouter4j.workflow.expression;
