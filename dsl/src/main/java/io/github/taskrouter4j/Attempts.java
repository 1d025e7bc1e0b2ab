package io.github.taskrouter4j;

import io.github.taskrouter4j.http.PreconditionFailedException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** Read-modify-write under optimistic concurrency: retry when Twilio answers 412. */
final class Attempts {
  private Attempts() {}

  static <T> T readModifyWrite(int maxAttempts, Supplier<T> read, Function<T, T> write) {
    PreconditionFailedException last = null;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      T current = read.get();
      try {
        return write.apply(current);
      } catch (PreconditionFailedException e) {
        // someone changed the resource between our read and our write: read again
        last = e;
      }
    }
    throw last;
  }

  static String etag(Optional<String> etag, String what) {
    return etag.orElseThrow(
        () ->
            new IllegalStateException(
                "Twilio sent no ETag with "
                    + what
                    + ", so its attributes cannot be updated without risking a lost update"));
  }
}
