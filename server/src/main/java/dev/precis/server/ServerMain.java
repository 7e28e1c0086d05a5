package dev.precis.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a server from the command line: {@code java dev.precis.server.ServerMain [--port N]
 * [--host ADDR] [--store DIR|JDBC-URL] [--queue N] [--summarize-slots N] [--max-articles N] [--max-body BYTES]
 * [--timeout SECONDS] [--embeddings true|false] [--until-stdin-closes]}. {@code precis serve} is the same with help; this entry point is for the
 * server module on its own (tests start it as a real process, and the load benchmark).
 * Prints {@code precis serve: listening on URI} once it answers.
 */
public final class ServerMain {
  private ServerMain() {}

  public static void main(String[] args) {
    ServerOptions o;
    List<String> rest = new ArrayList<>(List.of(args));
    // --until-stdin-closes: a process started by another (a test) ends with its parent.
    if (rest.remove("--until-stdin-closes")) {
      Thread watch = new Thread(() -> {
        try {
          while (System.in.read() >= 0) {
            // nothing is read from stdin but its end
          }
        } catch (java.io.IOException e) {
          // the pipe broke: the parent is gone as well
        }
        System.exit(0);
      }, "precis-stdin-watch");
      watch.setDaemon(true);
      watch.start();
    }
    try {
      o = parse(rest.toArray(String[]::new));
    } catch (IllegalArgumentException e) {
      System.err.println("precis serve: " + e.getMessage());
      System.exit(2);
      return;
    }
    run(o);
  }

  /** Starts the server and blocks until the process is stopped. */
  public static void run(ServerOptions o) {
    PrecisServer server = PrecisServer.start(o, System.out);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "precis-shutdown"));
    System.out.println("precis serve: listening on " + server.uri() + " (store: "
        + (o.store().startsWith("jdbc:") ? EventStore.redact(o.store()) : o.store()) + ")");
    System.out.flush();
    try {
      Thread.currentThread().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static ServerOptions parse(String[] args) {
    ServerOptions o = ServerOptions.defaults();
    List<String> a = new ArrayList<>(List.of(args));
    for (int i = 0; i < a.size(); i++) {
      String flag = a.get(i);
      if (i + 1 >= a.size()) throw new IllegalArgumentException(flag + ": a value is missing");
      String v = a.get(++i);
      o = switch (flag) {
        case "--port" -> o.withPort(integer(flag, v));
        case "--host" -> o.withHost(v);
        case "--store" -> o.withStore(v);
        case "--queue" -> o.withQueue(integer(flag, v), o.summaryThreads());
        case "--summarize-slots" -> o.withSummarizeSlots(integer(flag, v));
        case "--max-articles" -> o.withLimits(o.maxBodyBytes(), integer(flag, v), o.requestTimeout());
        case "--max-body" -> o.withLimits(integer(flag, v), o.maxArticles(), o.requestTimeout());
        case "--embeddings" -> o.withGrouping(o.grouping().withEmbeddings(bool(flag, v)));
        case "--timeout" -> o.withLimits(o.maxBodyBytes(), o.maxArticles(), Duration.ofSeconds(integer(flag, v)));
        default -> throw new IllegalArgumentException("unknown option '" + flag
            + "'; known: --port, --host, --store, --queue, --summarize-slots, --max-articles, --max-body, --timeout, --embeddings, --until-stdin-closes");
      };
    }
    return o;
  }

  private static boolean bool(String flag, String v) {
    return switch (v) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(flag + ": '" + v + "' is not true or false");
    };
  }

  private static int integer(String flag, String v) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + ": '" + v + "' is not a whole number");
    }
  }
}
