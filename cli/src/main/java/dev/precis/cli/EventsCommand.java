package dev.precis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.EventRequest;
import dev.precis.Precis;
import dev.precis.cluster.ArticleDay;
import dev.precis.ingest.ClusterInputs;
import dev.precis.ingest.JsonCodec;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.model.Event;
import dev.precis.model.Problem;
import dev.precis.render.EventRenderer;
import dev.precis.render.SummaryFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis events}: a stream of articles grouped into events, each summarized. */
@Command(
    name = "events",
    header = "Groups a stream of articles into events and summarizes each, with story timelines.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Reads articles from everything 'summarize' reads (article-line JSONL as 'precis extract'"
          + " writes it, folders of .txt/.html/.warc files, WARC files; a cluster JSONL is"
          + " flattened into its articles), takes them in time order (an undated article keeps"
          + " its place after the dated article before it), and groups them in one online pass:"
          + " each article joins the open event that tells the same news, or starts one. An"
          + " event closes when no article joined it for --window-days days (or among the last"
          + " --window-articles articles). Each event is summarized with citations; an event of"
          + " one article gets its lead. A new event that continues an earlier one (the same"
          + " names and terms, days later) is linked to its story.",
      "",
      "Text and md list events newest first, with a story's timeline; json is one line per"
          + " event: {\"event\", \"story\", \"title\", \"first_seen\", \"last_seen\","
          + " \"articles\": [{\"id\", \"title\", \"url\", \"outlet\", \"date\"}], \"summary\":"
          + " <the object 'summarize --format json' gives>}. Same input and options, same bytes.",
      "",
      "Examples:",
      "  precis events ../shared/data/allsides-events/dev.jsonl.gz",
      "  precis events pages/ --format json --out events.jsonl",
      "  precis events feed.jsonl --window-days 7 --words 40 --format md",
      "  precis events feed.jsonl --out events.txt --resume   # after a kill",
      "",
      Main.EXIT_CODES})
public final class EventsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders, article files or JSONL files.")
  List<Path> paths;

  @Option(names = {"-f", "--format"}, paramLabel = "F", defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES}; json is one event a line (default: ${DEFAULT-VALUE}).",
      completionCandidates = EnumNames.Formats.class, converter = EnumNames.Formats.class)
  SummaryFormat format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write to FILE (safely: FILE.partial, renamed when complete) instead of"
          + " standard output.")
  Path out;

  @Mixin SummaryOptions summary = new SummaryOptions();

  @Mixin EventGroupingOptions grouping;

  @Option(names = "--resume",
      description = "Continue the --out FILE an interrupted run left (FILE.partial, and for text"
          + " and md FILE.partial.index): the events it finished are not summarized again; the"
          + " result is the bytes of one whole run.")
  boolean resume;

  @Override
  public Integer call() throws IOException {
    if (resume && out == null) throw new IllegalArgumentException("--resume continues an --out FILE; give --out");
    EventRequest request = new EventRequest(grouping.options(), summary.request());
    Output.refuseInputs(out, paths);
    ProblemLog problems = new ProblemLog(spec.commandLine().getErr());
    List<Article> stream = read(paths, problems);
    boolean json = format == SummaryFormat.JSON;
    boolean md = format == SummaryFormat.MD;
    // The format's name is kept with each block in the index, so a resumed run can check it.
    String name = EnumNames.lowerCase(format);
    // JSON lines are their own index; text and md are written at the end, from every event's
    // block, so each block is kept in the index as its event is done.
    Resume continued = !resume ? null : json ? Resume.lines(out, "event") : Resume.indexed(out);
    List<EventRenderer.Block> blocks = new ArrayList<>();
    if (continued != null && !json) {
      for (JsonNode d : continued.keptData()) blocks.add(block(d, name, out));
    }
    // Written safely (FILE.partial, renamed when complete; every write error reported, exit 3).
    try (Output w = out == null ? Output.stdout(spec.commandLine().getOut()) : Output.file(out, continued, !json)) {
      Predicate<Event> wanted = continued == null ? e -> true : e -> !continued.done(e.id());
      Consumer<Event> sink = e -> {
        try {
          if (continued != null) continued.beforeWrite(e.id());
          if (json) {
            w.record(e.id(), EventRenderer.json(e));
          } else {
            EventRenderer.Block b = EventRenderer.Block.of(e, md);
            blocks.add(b);
            w.note(e.id(), tree(b, name));
          }
        } catch (Output.OutputFailed f) {
          throw new java.io.UncheckedIOException(f);
        }
      };
      try {
        new Precis().events(stream, request, problems, wanted, sink);
      } catch (java.io.UncheckedIOException e) {
        if (e.getCause() instanceof Output.OutputFailed f) throw f;
        throw e;
      }
      if (continued != null) continued.finish();
      if (!json) w.write(EventRenderer.renderBlocks(blocks, md));
      w.commit();
    }
    return problems.exitCode();
  }

  private static ObjectNode tree(EventRenderer.Block b, String format) {
    ObjectNode o = JsonCodec.object().put("format", format).put("id", b.id()).put("story", b.story())
        .put("title", b.title()).put("first_seen", b.firstSeen()).put("last_seen", b.lastSeen())
        .put("articles", b.articles());
    if (b.summary().isPresent()) {
      o.put("summary", b.summary().get());
    } else {
      o.putNull("summary");
    }
    return o;
  }

  private static EventRenderer.Block block(JsonNode d, String format, Path out) {
    if (!d.path("format").asText().equals(format)) {
      throw new IllegalArgumentException(Output.partialOf(out) + " does not continue this run: it"
          + " was written with --format " + d.path("format").asText() + ", not " + format
          + "; give that format, or remove it to start afresh");
    }
    JsonNode summary = d.path("summary");
    return new EventRenderer.Block(d.path("id").asText(), d.path("story").asText(),
        d.path("title").asText(), d.path("first_seen").asText(), d.path("last_seen").asText(),
        d.path("articles").asInt(), summary.isTextual() ? Optional.of(summary.asText()) : Optional.empty());
  }

  /**
   * The articles of {@code paths} as one stream: every cluster flattened, a repeated id renamed
   * ({@code id~2}) and reported, and put in time order; an undated article keeps its place after
   * the dated article before it in the input.
   */
  static List<Article> read(List<Path> paths, Consumer<Problem> problems) {
    record Item(Article article, Instant time, int order) {}
    List<Item> items = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    Instant last = Instant.MIN;
    try (ClusterInputs in = ClusterInputs.open(paths, problems)) {
      while (in.hasNext()) {
        Cluster c = in.next();
        for (Article a : c.articles()) {
          int n = seen.merge(a.id(), 1, Integer::sum);
          if (n > 1) {
            String id = a.id() + "~" + n;
            problems.accept(new Problem("article " + a.id(), "this id is given " + n
                + " times; this one (in " + c.id() + ") is kept as '" + id + "'"));
            a = new Article(id, a.title(), a.text(), a.url(), a.date(), a.lang(), a.outlet());
          }
          Instant t = ArticleDay.instant(a.date()).orElse(null);
          if (t != null) last = t;
          items.add(new Item(a, t == null ? last : t, items.size()));
        }
      }
    }
    items.sort(Comparator.comparing(Item::time).thenComparingInt(Item::order));
    List<Article> out = new ArrayList<>(items.size());
    for (Item i : items) out.add(i.article);
    return out;
  }
}
