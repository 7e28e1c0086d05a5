package dev.precis.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The web page: files under {@code web/} beside this class in the jar, served as they are (nothing
 * is fetched from elsewhere). {@code /} is the page; {@code /web/NAME} its scripts and styles.
 * Anything else is a 404 with a JSON error.
 */
final class StaticFiles implements Route.Handler {
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "svg", "image/svg+xml");

  @Override
  public void handle(HttpCall call) throws IOException {
    String path = call.path();
    if (call.method().equals("GET") || call.method().equals("HEAD")) {
      String name = path.equals("/") || path.equals("/index.html") ? "index.html"
          : path.startsWith("/web/") ? path.substring("/web/".length()) : null;
      if (name != null && name.matches("[a-z0-9-]+\\.[a-z]+")) {
        try (InputStream in = StaticFiles.class.getResourceAsStream("web/" + name)) {
          if (in != null) {
            String ext = name.substring(name.lastIndexOf('.') + 1);
            call.header("Cache-Control", "no-cache");
            call.send(200, TYPES.getOrDefault(ext, "application/octet-stream"), in.readAllBytes());
            return;
          }
        }
      }
    }
    throw new BadRequest(404, "path", "nothing is served at " + call.method() + " " + path
        + "; GET /openapi.json lists the routes");
  }
}
