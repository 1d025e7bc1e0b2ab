package io.github.taskrouter4j.emulator.internal.console;

import io.github.taskrouter4j.emulator.internal.engine.Emulation;
import io.github.taskrouter4j.emulator.internal.engine.WorkspaceState;
import io.github.taskrouter4j.emulator.internal.http.ApiError;
import io.github.taskrouter4j.emulator.internal.http.CallerDeadline;
import io.github.taskrouter4j.emulator.internal.http.ExchangeHandler;
import io.github.taskrouter4j.emulator.internal.http.ServerExchange;
import io.github.taskrouter4j.emulator.internal.state.TaskRec;
import io.github.taskrouter4j.emulator.internal.state.WorkflowRec;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything under {@code /console}: login, pages, actions, live updates and static assets. Every
 * request but the login link needs a session (or the emulator's HTTP Basic credentials, which open
 * one); every POST needs the session's CSRF token.
 */
final class ConsoleHandler implements ExchangeHandler {
  private static final System.Logger LOG = System.getLogger(ConsoleHandler.class.getName());
  private static final int MAX_FORM = 64 * 1024;
  private static final String STATIC = "/console/static/";

  private final Emulation emulation;
  private final ConsoleClock clock;
  private final ConsoleSessions sessions;
  private final ConsoleActions actions;
  private final LiveUpdates live;

  ConsoleHandler(
      Emulation emulation,
      ConsoleClock clock,
      ConsoleSessions sessions,
      ConsoleActions actions,
      LiveUpdates live) {
    this.emulation = emulation;
    this.clock = clock;
    this.sessions = sessions;
    this.actions = actions;
    this.live = live;
  }

  @Override
  public void handle(ServerExchange exchange) throws IOException {
    try {
      dispatch(exchange);
    } catch (ApiError e) {
      send(exchange, e.status() == 404 ? 404 : 400, "text/plain", e.getMessage());
    } catch (IllegalArgumentException e) {
      send(exchange, 400, "text/plain", e.getMessage());
    } catch (CallerDeadline.GaveUp e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "Console error on " + exchange.path(), e);
      send(exchange, 500, "text/plain", "The console failed to answer; the emulator log says why");
    }
  }

  private void dispatch(ServerExchange exchange) throws IOException {
    String path = exchange.path();
    String method = exchange.method();
    if (path.equals("/console/login")) {
      login(exchange);
      return;
    }
    if (path.startsWith(STATIC) && method.equals("GET")) {
      StaticAssets.serve(exchange, path.substring(STATIC.length()));
      return;
    }
    Optional<String> session = sessions.session(exchange.header("Cookie").orElse(null));
    if (session.isEmpty()) {
      if (!sessions.basicAuthorized(exchange.header("Authorization").orElse(null))) {
        exchange.setHeader("WWW-Authenticate", "Basic realm=\"TaskRouter emulator console\"");
        send(
            exchange,
            401,
            "text/plain",
            "The console needs the emulator's account SID and auth token, or the login link"
                + " printed at start-up");
        return;
      }
      session = Optional.of(sessions.newSession());
      setCookie(exchange, session.get());
    }
    String csrf = sessions.csrf(session.get()).orElseThrow();
    String[] parts = path.substring(1).split("/");
    if (method.equals("POST")) {
      Map<String, String> form = form(exchange);
      if (!sessions.csrfMatches(session.get(), form.get("csrf"))) {
        send(
            exchange,
            403,
            "text/plain",
            "The form's CSRF token is missing or stale: reload the console page and try again");
        return;
      }
      if (parts.length != 4 || !parts[1].equals("ws")) {
        throw ApiError.notFound("No console action at " + path);
      }
      Optional<String> problem;
      try {
        problem = actions.perform(parts[2], parts[3], form);
      } catch (IllegalArgumentException e) {
        problem = Optional.of(e.getMessage());
      }
      String back = form.getOrDefault("back", "/console");
      if (!back.startsWith("/console") || back.contains("//")) {
        back = "/console";
      }
      exchange.setHeader(
          "Location",
          back
              + problem
                  .map(p -> "?problem=" + URLEncoder.encode(p, StandardCharsets.UTF_8))
                  .orElse(""));
      exchange.respond(303);
      return;
    }
    if (!method.equals("GET")) {
      send(exchange, 405, "text/plain", "The console answers GET and POST, not " + method);
      return;
    }
    if (path.equals("/console/live")) {
      if (!live.open(exchange)) {
        send(
            exchange,
            503,
            "text/plain",
            "Too many open console pages (" + LiveUpdates.MAX_STREAMS + ")");
      }
      return;
    }
    send(exchange, 200, "text/html", page(parts, csrf, notice(exchange)));
  }

  private String page(String[] parts, String csrf, String notice) {
    if (parts.length == 1) {
      return ConsolePages.workspaces(emulation);
    }
    if (parts.length < 3 || !parts[1].equals("ws")) {
      throw ApiError.notFound("No console page at /" + String.join("/", parts));
    }
    WorkspaceState ws = emulation.workspace(parts[2]);
    return ws.call(
        () -> {
          if (parts.length == 3) {
            return new WorkspacePage(ws, csrf, clock.isManual()).render(notice);
          }
          if (parts.length == 4 && parts[3].equals("events")) {
            return ConsolePages.events(ws);
          }
          if (parts.length == 5 && parts[3].equals("tasks")) {
            TaskRec t = ws.task(parts[4]);
            return new TaskPage(ws, t, csrf).render(notice);
          }
          if (parts.length == 5 && parts[3].equals("workflows")) {
            WorkflowRec wf = ws.workflow(parts[4]);
            return ConsolePages.workflow(ws, wf);
          }
          throw ApiError.notFound("No console page at /" + String.join("/", parts));
        });
  }

  private static String notice(ServerExchange exchange) {
    String problem = parse(exchange.rawQuery()).get("problem");
    return problem == null
        ? ""
        : "<p class=\"problem\" role=\"alert\">" + Html.esc(problem) + "</p>\n";
  }

  private void login(ServerExchange exchange) throws IOException {
    Optional<String> session = sessions.login(parse(exchange.rawQuery()).get("token"));
    if (session.isEmpty()) {
      send(
          exchange,
          401,
          "text/plain",
          "This login link is unknown or was already used: each link opens one session. Use the"
              + " emulator's account SID and auth token instead, or a new link");
      return;
    }
    setCookie(exchange, session.get());
    exchange.setHeader("Location", "/console");
    exchange.respond(303);
  }

  private static void setCookie(ServerExchange exchange, String session) {
    exchange.addHeader(
        "Set-Cookie",
        ConsoleSessions.COOKIE + "=" + session + "; Path=/console; HttpOnly; SameSite=Strict");
  }

  private static Map<String, String> form(ServerExchange exchange) throws IOException {
    try (InputStream in = exchange.body()) {
      byte[] bytes = in.readNBytes(MAX_FORM + 1);
      if (bytes.length > MAX_FORM) {
        throw new IllegalArgumentException("The form exceeds " + MAX_FORM + " bytes");
      }
      return parse(new String(bytes, StandardCharsets.UTF_8));
    }
  }

  private static Map<String, String> parse(String encoded) {
    Map<String, String> out = new HashMap<>();
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return out;
  }

  static void send(ServerExchange exchange, int status, String type, String text)
      throws IOException {
    exchange.setHeader("Cache-Control", "no-store");
    exchange.setHeader("X-Content-Type-Options", "nosniff");
    exchange.setHeader("X-Frame-Options", "DENY");
    exchange.setHeader(
        "Content-Security-Policy",
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:");
    exchange.respond(status, type + "; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }
}
