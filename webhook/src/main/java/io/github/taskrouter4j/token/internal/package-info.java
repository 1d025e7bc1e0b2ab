/** HS256 JSON Web Tokens on the JDK's crypto; internal. */
package io.github.taskrouter4j.token.internal;
