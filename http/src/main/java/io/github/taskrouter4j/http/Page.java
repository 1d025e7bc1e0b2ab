package io.github.taskrouter4j.http;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a Twilio list: its items and its {@code meta}.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final PageMeta meta;

  /**
   * Creates a page.
   *
   * @param items the items, copied
   * @param meta the page's meta
   */
  public Page(List<T> items, PageMeta meta) {
    this.items = List.copyOf(Objects.requireNonNull(items, "items == null"));
    this.meta = Objects.requireNonNull(meta, "meta == null");
  }

  /** The items of this page, in server order. */
  public List<T> items() {
    return items;
  }

  /** The paging information. */
  public PageMeta meta() {
    return meta;
  }

  /** The request for the next page, absent on the last page. */
  public Optional<ApiRequest> nextPage() {
    return meta.nextPageUrl().map(ApiRequest::get);
  }

  @Override
  public String toString() {
    return "Page[" + items.size() + " items, " + meta + "]";
  }
}
