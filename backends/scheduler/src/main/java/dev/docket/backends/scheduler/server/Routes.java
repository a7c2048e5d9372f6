package dev.docket.backends.scheduler.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Every request: the token check, then the page's files, the read API, the workers' calls and
 * the event stream. Paths and shapes are those of docs/scheduler.md (section server).
 */
final class Routes extends Handler.Abstract {
  static final String COOKIE = "docket_token";

  private final AccessToken token;
  private final SchedulerState state;
  private final Coordination coordination;
  private final StaticFiles files;
  private final EventSender events;
  private final boolean secure;
  /** Workers' calls answered (POSTs under /api/), for the load figures. */
  final java.util.concurrent.atomic.AtomicLong workerCalls = new java.util.concurrent.atomic.AtomicLong();

  Routes(AccessToken token, SchedulerState state, Coordination coordination, StaticFiles files,
      EventSender events, boolean secure) {
    this.token = token;
    this.state = state;
    this.coordination = coordination;
    this.files = files;
    this.events = events;
    this.secure = secure;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = request.getHttpURI().getPath();
    String method = request.getMethod();
    if (path.equals("/login")) {
      login(request, response, callback);
      return true;
    }
    if (!authorized(request)) {
      if (path.startsWith("/api/")) {
        json(response, callback, 401,
            Map.of("error", "missing or wrong token: send \"Authorization: Bearer <token>\" (the"
                + " token is in the file the scheduler printed at start)"));
      } else {
        text(response, callback, 401, "text/plain",
            "Unauthorized: open the login link the scheduler printed at start (/login?token=...).\n");
      }
      return true;
    }
    try {
      if (path.startsWith("/api/")) {
        if (path.equals("/api/events") && method.equals("GET")) {
          events.stream(response, callback);
          return true;
        }
        Object body = api(method, path.substring("/api/".length()).split("/", -1), request);
        json(response, callback, 200, body);
        return true;
      }
      if (method.equals("GET") && files.serve(path, response, callback)) {
        return true;
      }
      throw new BadRequest(404, "no such page: " + path);
    } catch (BadRequest e) {
      json(response, callback, e.status, Map.of("error", e.getMessage()));
      return true;
    }
  }

  private Object api(String method, String[] parts, Request request) throws Exception {
    String resource = parts[0];
    int n = parts.length;
    if (method.equals("GET")) {
      Fields query = Request.extractQueryParameters(request);
      switch (resource) {
        case "summary":
          return state.summary();
        case "tasks":
          if (n == 1) {
            return state.tasks(
                query.getValue("state"), query.getValue("family"), query.getValue("q"),
                number(query.getValue("limit"), 100, 100_000), number(query.getValue("offset"), 0, Integer.MAX_VALUE));
          }
          if (n == 2) {
            return state.taskDetail(taskKey(parts[1]));
          }
          break;
        case "runs":
          if (n == 1) {
            return state.runs(number(query.getValue("limit"), 100, 10_000));
          }
          if (n == 3 && parts[2].equals("graph")) {
            return state.graph(number(parts[1], -1, Long.MAX_VALUE));
          }
          break;
        case "workers":
          if (n == 1) {
            return state.workers();
          }
          break;
        default:
          break;
      }
      throw new BadRequest(404, "no such API: GET /api/" + String.join("/", parts));
    }
    if (!method.equals("POST")) {
      throw new BadRequest(405, "only GET and POST are served");
    }
    JsonNode body = Json.tree(Content.Source.asString(request, StandardCharsets.UTF_8));
    Coordination.Answer answer = post(resource, parts, body);
    workerCalls.incrementAndGet();
    try {
      answer.durable().join(); // on disk before the worker acts on it
    } catch (CompletionException e) {
      throw new BadRequest(500, "the scheduler could not save its state: " + e.getCause());
    }
    return answer.body();
  }

  private Coordination.Answer post(String resource, String[] parts, JsonNode body) throws BadRequest {
    int n = parts.length;
    switch (resource) {
      case "workers":
        if (n == 1) {
          return coordination.register(body);
        }
        if (n == 3 && parts[2].equals("heartbeat")) {
          return coordination.heartbeat(decode(parts[1]), body);
        }
        break;
      case "runs":
        if (n == 1) {
          return coordination.startRun(body);
        }
        if (n == 3 && parts[2].equals("finish")) {
          return coordination.finishRun(number(parts[1], -1, Long.MAX_VALUE));
        }
        break;
      case "tasks":
        if (n == 3) {
          int key = taskKey(parts[1]);
          switch (parts[2]) {
            case "claim":
              return coordination.claim(key, body);
            case "state":
              return coordination.update(key, body);
            case "messages":
              return coordination.postMessage(key, body);
            default:
              break;
          }
        }
        break;
      case "messages":
        if (n == 3 && parts[2].equals("answer")) {
          return coordination.answer(number(parts[1], -1, Long.MAX_VALUE), body);
        }
        break;
      default:
        break;
    }
    throw new BadRequest(404, "no such API: POST /api/" + String.join("/", parts));
  }

  /** A task's numeric key, or its {@code TaskId} text (URL-encoded). */
  private int taskKey(String part) throws BadRequest {
    String text = decode(part);
    if (!text.isEmpty() && text.chars().allMatch(Character::isDigit) && text.length() < 10) {
      return Integer.parseInt(text);
    }
    synchronized (state.lock) {
      TaskRow t = state.byId.get(text);
      if (t == null) {
        throw new BadRequest(404, "no task " + text);
      }
      return t.key;
    }
  }

  private boolean authorized(Request request) {
    String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    if (header != null && header.startsWith("Bearer ") && token.matches(header.substring(7).strip())) {
      return true;
    }
    for (HttpCookie cookie : Request.getCookies(request)) {
      if (cookie.getName().equals(COOKIE) && token.matches(cookie.getValue())) {
        return true;
      }
    }
    return false;
  }

  /** {@code GET /login?token=...}: sets the cookie the page (and its EventSource) use, goes to /. */
  private void login(Request request, Response response, Callback callback) {
    String presented = Request.extractQueryParameters(request).getValue("token");
    if (!token.matches(presented)) {
      text(response, callback, 401, "text/plain", "Unauthorized: wrong or missing token.\n");
      return;
    }
    Response.addCookie(
        response,
        HttpCookie.build(COOKIE, token.value())
            .path("/")
            .httpOnly(true)
            .secure(secure)
            .sameSite(HttpCookie.SameSite.STRICT)
            .build());
    Response.sendRedirect(request, response, callback, "/");
  }

  static void json(Response response, Callback callback, int status, Object body) {
    text(response, callback, status, "application/json", Json.write(body));
  }

  static void text(Response response, Callback callback, int status, String type, String body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type + "; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    Content.Sink.write(response, true, body, callback);
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }

  private static int number(String text, int fallback, int max) throws BadRequest {
    return (int) number(text, (long) fallback, (long) max);
  }

  private static long number(String text, long fallback, long max) throws BadRequest {
    if (text == null || text.isEmpty()) {
      if (fallback < 0) {
        throw new BadRequest("a number is missing");
      }
      return fallback;
    }
    try {
      long value = Long.parseLong(text);
      if (value < 0 || value > max) {
        throw new BadRequest("\"" + text + "\" is out of range (0 to " + max + ")");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new BadRequest("\"" + text + "\" is not a whole number");
    }
  }
}
