package io.github.taskrouter4j.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code meta} object of a Twilio list answer. Follow {@link #nextPageUrl()}; never compute
 * pages from {@link #page()} (TaskRouter refuses the {@code Page} parameter on most lists).
 */
public final class PageMeta {
  private final int page;
  private final int pageSize;
  private final String firstPageUrl;
  private final String previousPageUrl;
  private final String nextPageUrl;
  private final String url;
  private final String key;

  private PageMeta(
      int page,
      int pageSize,
      String firstPageUrl,
      String previousPageUrl,
      String nextPageUrl,
      String url,
      String key) {
    this.page = page;
    this.pageSize = pageSize;
    this.firstPageUrl = firstPageUrl;
    this.previousPageUrl = previousPageUrl;
    this.nextPageUrl = nextPageUrl;
    this.url = url;
    this.key = key;
  }

  /**
   * Reads the {@code meta} object of a list answer.
   *
   * @param meta the JSON object
   * @return the values, with absent URLs empty
   */
  public static PageMeta fromJson(JsonNode meta) {
    Objects.requireNonNull(meta, "meta == null");
    return new PageMeta(
        meta.path("page").asInt(0),
        meta.path("page_size").asInt(0),
        text(meta, "first_page_url"),
        text(meta, "previous_page_url"),
        text(meta, "next_page_url"),
        text(meta, "url"),
        text(meta, "key"));
  }

  private static String text(JsonNode meta, String field) {
    JsonNode node = meta.path(field);
    return node.isTextual() && !node.asText().isEmpty() ? node.asText() : null;
  }

  /** The 0-based page number. */
  public int page() {
    return page;
  }

  /** The page size the server used. */
  public int pageSize() {
    return pageSize;
  }

  /** The URL of the first page. */
  public Optional<String> firstPageUrl() {
    return Optional.ofNullable(firstPageUrl);
  }

  /** The URL of the previous page, absent on the first page. */
  public Optional<String> previousPageUrl() {
    return Optional.ofNullable(previousPageUrl);
  }

  /** The URL of the next page, absent on the last page. */
  public Optional<String> nextPageUrl() {
    return Optional.ofNullable(nextPageUrl);
  }

  /** The URL of this page. */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /** The name of the array holding the items, such as {@code workers}. */
  public Optional<String> key() {
    return Optional.ofNullable(key);
  }

  @Override
  public String toString() {
    return "PageMeta[page="
        + page
        + ", pageSize="
        + pageSize
        + ", key="
        + key
        + ", nextPageUrl="
        + nextPageUrl
        + "]";
  }
}
