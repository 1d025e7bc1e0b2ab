package io.github.taskrouter4j.http;

import java.util.Collections;
import java.util.Iterator;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Walks a Twilio list lazily: the next page is requested only when the consumer asks for an item
 * beyond the current one, and never once {@code limit} items were handed out.
 *
 * @param <T> the item type
 */
final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<T> {
  private final Function<ApiRequest, Page<T>> fetch;
  private final long limit;
  private ApiRequest next;
  private Iterator<T> current = Collections.emptyIterator();
  private long delivered;

  /**
   * Creates the walk.
   *
   * @param fetch reads one page
   * @param first the first page's request
   * @param limit the most items to deliver; {@code Long.MAX_VALUE} for all
   */
  public PageSpliterator(Function<ApiRequest, Page<T>> fetch, ApiRequest first, long limit) {
    super(limit, Spliterator.ORDERED | Spliterator.NONNULL);
    this.fetch = fetch;
    this.next = first;
    this.limit = limit;
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    if (delivered >= limit) {
      return false;
    }
    while (!current.hasNext()) {
      if (next == null) {
        return false;
      }
      Page<T> page = fetch.apply(next);
      current = page.items().iterator();
      Optional<ApiRequest> following = page.nextPage();
      // An empty page ends the walk even if it links on, so a server bug cannot loop forever.
      next = page.items().isEmpty() ? null : following.orElse(null);
    }
    delivered++;
    action.accept(current.next());
    return true;
  }
}
