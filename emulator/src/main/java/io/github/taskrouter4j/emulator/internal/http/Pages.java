package io.github.taskrouter4j.emulator.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One page of a list, with {@code meta} shaped as Twilio's. */
public final class Pages {
  static final int DEFAULT_PAGE_SIZE = 50;
  static final int MAX_PAGE_SIZE = 1000;

  private Pages() {}

  /** The requested page of already rendered {@code items}; links start with {@code baseUrl}. */
  public static Reply page(String baseUrl, Request req, String key, List<ObjectNode> items) {
    return page(baseUrl, req, key, items, x -> x);
  }

  /**
   * Renders only the requested page of {@code items} (call under the workspace lock); the page's
   * links start with {@code baseUrl}, the emulator's address.
   */
  public static <T> Reply page(
      String baseUrl, Request req, String key, List<T> items, Function<T, ObjectNode> render) {
    int pageSize = req.query.integer("PageSize", 1, MAX_PAGE_SIZE).orElse(DEFAULT_PAGE_SIZE);
    int page = req.query.integer("Page", 0, Integer.MAX_VALUE).orElse(0);
    long from = (long) page * pageSize;
    ObjectNode body = Json.MAPPER.createObjectNode();
    ArrayNode array = body.putArray(key);
    for (long i = from; i < items.size() && i < from + pageSize; i++) {
      array.add(render.apply(items.get((int) i)));
    }
    String filters = filters(req.query);
    String base = baseUrl + req.path + "?" + filters;
    ObjectNode meta = body.putObject("meta");
    meta.put("first_page_url", base + "PageSize=" + pageSize + "&Page=0");
    meta.put("key", key);
    if (from + pageSize < items.size()) {
      String last = array.get(array.size() - 1).path("sid").asText("");
      meta.put(
          "next_page_url",
          base + "PageSize=" + pageSize + "&Page=" + (page + 1) + "&PageToken=PA" + last);
    } else {
      meta.putNull("next_page_url");
    }
    meta.put("page", page);
    meta.put("page_size", pageSize);
    if (page > 0) {
      meta.put("previous_page_url", base + "PageSize=" + pageSize + "&Page=" + (page - 1));
    } else {
      meta.putNull("previous_page_url");
    }
    meta.put("url", base + "PageSize=" + pageSize + "&Page=" + page);
    return Reply.ok(body);
  }

  private static String filters(Params query) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, List<String>> e : query.asMap().entrySet()) {
      String name = e.getKey();
      if (name.equals("PageSize") || name.equals("Page") || name.equals("PageToken")) {
        continue;
      }
      for (String value : e.getValue()) {
        out.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
            .append('=')
            .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
            .append('&');
      }
    }
    return out.toString();
  }
}
