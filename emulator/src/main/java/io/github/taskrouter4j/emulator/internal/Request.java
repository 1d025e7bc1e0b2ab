package io.github.taskrouter4j.emulator.internal;

import java.util.Map;
import java.util.Optional;

/** One parsed API request: method, path variables, query, form body and headers. */
final class Request {
  final String method;
  final String path;
  final Map<String, String> vars;
  final Params query;
  final Params form;
  private final Map<String, java.util.List<String>> headers;

  Request(
      String method,
      String path,
      Map<String, String> vars,
      Params query,
      Params form,
      Map<String, java.util.List<String>> headers) {
    this.method = method;
    this.path = path;
    this.vars = vars;
    this.query = query;
    this.form = form;
    this.headers = headers;
  }

  String var(String name) {
    return vars.get(name);
  }

  Optional<String> header(String name) {
    for (Map.Entry<String, java.util.List<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return Optional.of(e.getValue().get(0));
      }
    }
    return Optional.empty();
  }
}
