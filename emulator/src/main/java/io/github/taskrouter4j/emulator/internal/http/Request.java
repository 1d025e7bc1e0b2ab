package io.github.taskrouter4j.emulator.internal.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One parsed API request: method, path variables, query, form body and headers. */
public final class Request {
  final String method;
  public final String path;
  final Map<String, String> vars;
  public final Params query;
  public final Params form;
  private final Map<String, List<String>> headers;

  Request(
      String method,
      String path,
      Map<String, String> vars,
      Params query,
      Params form,
      Map<String, List<String>> headers) {
    this.method = method;
    this.path = path;
    this.vars = vars;
    this.query = query;
    this.form = form;
    this.headers = headers;
  }

  public String var(String name) {
    return vars.get(name);
  }

  public Optional<String> header(String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return Optional.of(e.getValue().get(0));
      }
    }
    return Optional.empty();
  }
}
