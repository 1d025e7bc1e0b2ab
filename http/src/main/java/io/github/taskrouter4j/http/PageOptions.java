package io.github.taskrouter4j.http;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * How much of a list to read: at most {@link #limit()} items, fetched {@link #pageSize()} at a
 * time.
 *
 * <pre>{@code
 * PageOptions.all();                       // every item, Twilio's default page size (50)
 * PageOptions.limit(20);                   // the first 20 items, asking for pages of 20
 * PageOptions.all().withPageSize(1000);    // every item, 1000 per request
 * }</pre>
 */
public final class PageOptions {
  /** Twilio's maximum {@code PageSize}. */
  public static final int MAX_PAGE_SIZE = 1000;

  private static final PageOptions ALL = new PageOptions(-1, -1);

  private final long limit;
  private final int pageSize;

  private PageOptions(long limit, int pageSize) {
    this.limit = limit;
    this.pageSize = pageSize;
  }

  /** Every item, with the server's default page size. */
  public static PageOptions all() {
    return ALL;
  }

  /**
   * At most {@code limit} items; unless a page size is set, pages ask for {@code min(limit, 1000)}.
   *
   * @param limit a positive number of items
   * @return the options
   */
  public static PageOptions limit(long limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return new PageOptions(limit, -1);
  }

  /**
   * The same options with {@code PageSize} sent on the first request.
   *
   * @param pageSize 1 to 1000
   * @return new options
   */
  public PageOptions withPageSize(int pageSize) {
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "pageSize must be between 1 and " + MAX_PAGE_SIZE + ", was " + pageSize);
    }
    return new PageOptions(limit, pageSize);
  }

  /** The maximum number of items, if bounded. */
  public OptionalLong limit() {
    return limit < 0 ? OptionalLong.empty() : OptionalLong.of(limit);
  }

  /** The page size to request: the one set, else {@code min(limit, 1000)}, else the server's. */
  public OptionalInt pageSize() {
    if (pageSize > 0) {
      return OptionalInt.of(pageSize);
    }
    return limit < 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.min(limit, MAX_PAGE_SIZE));
  }

  @Override
  public String toString() {
    return "PageOptions[limit=" + limit() + ", pageSize=" + pageSize() + "]";
  }
}
