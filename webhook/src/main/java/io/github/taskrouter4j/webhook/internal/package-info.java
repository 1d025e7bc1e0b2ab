/** Implementation details of the webhook and token packages; not part of the public API. */
package io.github.taskrouter4j.webhook.internal;
