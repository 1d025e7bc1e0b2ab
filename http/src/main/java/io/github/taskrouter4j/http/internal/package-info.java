/** Implementation of {@code io.github.taskrouter4j.http}; not part of the API, may change. */
package io.github.taskrouter4j.http.internal;
