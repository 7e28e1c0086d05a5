package dev.precis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's packages depend on each other in one direction only, as the layout draws them: a
 * plain scan of the main sources' imports and fully qualified names, each package with its
 * subpackages ({@code text.reading} is {@code text}), the root package {@code dev.precis} a node of
 * its own.
 */
class PackageCycleTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");
  /** A reference to a type of the project: "dev.precis.text.reading.Caption", "dev.precis.Precis". */
  private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.precis((?:\\.[a-z]\\w*)*)\\.[A-Z]");

  /** The graph of the main sources: package to the packages it uses. */
  static Map<String, Set<String>> graph() {
    Map<String, Set<String>> uses = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String source = Files.readString(f);
        Matcher p = PACKAGE.matcher(source);
        if (!p.find()) continue;
        String from = node(p.group(1));
        Set<String> to = uses.computeIfAbsent(from, k -> new TreeSet<>());
        Matcher r = REFERENCE.matcher(source.substring(p.end()));
        while (r.find()) {
          String target = node("dev.precis" + r.group(1));
          if (!target.equals(from)) to.add(target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return uses;
  }

  /** "dev.precis.text.reading" is "text"; "dev.precis" is "dev.precis". */
  private static String node(String pkg) {
    if (pkg.equals("dev.precis")) return pkg;
    String rest = pkg.substring("dev.precis.".length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  /** Every cycle's packages, as the strongly connected components of more than one package. */
  static List<Set<String>> cycles(Map<String, Set<String>> g) {
    List<Set<String>> out = new ArrayList<>();
    Set<String> done = new TreeSet<>();
    for (String a : g.keySet()) {
      if (done.contains(a)) continue;
      Set<String> component = new TreeSet<>();
      for (String b : g.keySet()) {
        if (reaches(g, a, b) && reaches(g, b, a)) component.add(b);
      }
      done.addAll(component);
      if (component.size() > 1) out.add(component);
    }
    return out;
  }

  private static boolean reaches(Map<String, Set<String>> g, String from, String to) {
    if (from.equals(to)) return true;
    Set<String> seen = new TreeSet<>();
    List<String> todo = new ArrayList<>(List.of(from));
    while (!todo.isEmpty()) {
      String x = todo.remove(todo.size() - 1);
      if (!seen.add(x)) continue;
      for (String y : g.getOrDefault(x, Set.of())) {
        if (y.equals(to)) return true;
        todo.add(y);
      }
    }
    return false;
  }

  @Test
  void noPackageCycle() {
    Map<String, Set<String>> g = graph();
    assertThat(g).containsKeys("dev.precis", "text", "represent", "summarize", "rouge", "eval");
    assertThat(cycles(g)).as("package cycles in %s", g).isEmpty();
  }

  @Test
  void dataFlowsDownTheLayout() {
    Map<String, Set<String>> g = graph();
    assertThat(g.get("rouge")).as("rouge depends on nothing of the pipeline").isEmpty();
    assertThat(g.get("text")).as("text").doesNotContain("represent", "summarize", "eval", "dev.precis");
    assertThat(g.get("represent")).as("represent").doesNotContain("summarize", "eval", "dev.precis");
    assertThat(g.get("summarize")).as("summarize").doesNotContain("eval", "learn", "dev.precis");
    assertThat(g.get("model")).as("model").isEmpty();
  }

  @Test
  void theScanFindsACycleWhenThereIsOne() {
    Map<String, Set<String>> g = new TreeMap<>(graph());
    assertThat(cycles(g)).isEmpty();
    g.put("text", new TreeSet<>(g.get("text")));
    g.get("text").add("summarize");
    assertThat(cycles(g)).containsExactly(new TreeSet<>(Set.of("represent", "summarize", "text")));
  }
}
