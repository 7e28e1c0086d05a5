package dev.precis.server;

import java.util.HashMap;
import java.util.Map;

/**
 * One route: a method, a path template with {@code {name}} segments, and what answers it.
 *
 * @param method   GET or POST
 * @param template the path, e.g. {@code /events/{id}}
 * @param handler  what answers a call
 */
public record Route(String method, String template, Handler handler) {
  /** Answers one call. */
  @FunctionalInterface
  public interface Handler {
    void handle(HttpCall call) throws Exception;
  }

  /** The path parameters when {@code path} matches this route's template, else null. */
  Map<String, String> match(String path) {
    if (template.indexOf('{') < 0) return template.equals(path) ? Map.of() : null;
    String[] want = template.split("/", -1);
    String[] got = path.split("/", -1);
    if (want.length != got.length) return null;
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < want.length; i++) {
      if (want[i].startsWith("{") && want[i].endsWith("}")) {
        if (got[i].isEmpty()) return null;
        params.put(want[i].substring(1, want[i].length() - 1),
            java.net.URLDecoder.decode(got[i].replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8));
      } else if (!want[i].equals(got[i])) {
        return null;
      }
    }
    return params;
  }
}
