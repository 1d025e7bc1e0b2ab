/**
 * Java from existing workflow JSON: {@link io.github.taskrouter4j.workflow.codegen.JavaSource}
 * writes the builder code that makes a configuration, laid out as google-java-format would.
 */
package io.github.taskrouter4j.workflow.codegen;
