package io.github.taskrouter4j.emulator.internal.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Path templates like {@code /v1/Workspaces/{WorkspaceSid}/Tasks/{Sid}} mapped to handlers. */
public final class Routes {
  private static final class Route {
    final String method;
    final String[] segments;

    /** For each segment, the variable's name, or null where the segment is literal text. */
    final String[] variables;

    final Function<Request, Reply> handler;
    final boolean jsonBody;

    Route(String method, String template, Function<Request, Reply> handler, boolean jsonBody) {
      this.method = method;
      this.segments = template.substring(1).split("/");
      this.variables = new String[segments.length];
      for (int i = 0; i < segments.length; i++) {
        String s = segments[i];
        variables[i] = s.startsWith("{") ? s.substring(1, s.length() - 1) : null;
      }
      this.handler = handler;
      this.jsonBody = jsonBody;
    }

    /** The path's variables if it matches, else null; the literal segments are compared first. */
    Map<String, String> match(String[] path) {
      if (path.length != segments.length) {
        return null;
      }
      for (int i = 0; i < path.length; i++) {
        if (variables[i] == null && !segments[i].equals(path[i])) {
          return null;
        }
      }
      Map<String, String> vars = new HashMap<>();
      for (int i = 0; i < path.length; i++) {
        if (variables[i] != null) {
          vars.put(variables[i], path[i]);
        }
      }
      return vars;
    }
  }

  /** A matched route with its path variables. */
  public static final class Match {
    final Function<Request, Reply> handler;
    final Map<String, String> vars;
    final boolean jsonBody;

    Match(Function<Request, Reply> handler, Map<String, String> vars, boolean jsonBody) {
      this.handler = handler;
      this.vars = vars;
      this.jsonBody = jsonBody;
    }
  }

  private final List<Route> routes = new ArrayList<>();

  /** Registers a route; literal templates must be added before templates they overlap with. */
  public Routes add(String method, String template, Function<Request, Reply> handler) {
    routes.add(new Route(method, template, handler, false));
    return this;
  }

  /**
   * Registers a route whose body is an {@code application/json} document (handed over as {@link
   * Request#json}) rather than form parameters.
   */
  public Routes addJson(String method, String template, Function<Request, Reply> handler) {
    routes.add(new Route(method, template, handler, true));
    return this;
  }

  /** The handler for method and path; 404 for an unknown path, 405 for a wrong method. */
  Match find(String method, String path) {
    String trimmed =
        path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    String[] segments = trimmed.substring(1).split("/");
    boolean pathKnown = false;
    for (Route r : routes) {
      Map<String, String> vars = r.match(segments);
      if (vars != null) {
        if (r.method.equals(method)) {
          return new Match(r.handler, vars, r.jsonBody);
        }
        pathKnown = true;
      }
    }
    if (pathKnown) {
      throw ApiError.methodNotAllowed(method, path);
    }
    throw ApiError.notFound("The requested resource " + path + " was not found");
  }
}
