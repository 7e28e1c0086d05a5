package dev.precis.bench;

import dev.precis.cluster.EventOptions;
import dev.precis.cluster.JoinModel;
import dev.precis.cluster.LeadEmbeddings;
import dev.precis.eval.EventEvaluation;
import dev.precis.ingest.JsonlClusterReader;
import dev.precis.model.Cluster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits the shipped join models of the event grouper (with and without embeddings) on a cluster
 * file's stream and writes them as resources:
 * {@code bench/run EventJoinTrain ../shared/data/allsides-events/dev.jsonl.gz core/src/main/resources/dev/precis/cluster}.
 * Their cross-validated figures come from {@code precis eval-events}, which fits the same way on
 * folds.
 */
public final class EventJoinTrain {
  private EventJoinTrain() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    Path dir = Path.of(args[1]);
    List<Cluster> clusters = new ArrayList<>();
    try (JsonlClusterReader r = JsonlClusterReader.open(data, p -> System.err.println(p))) {
      r.forEachRemaining(clusters::add);
    }
    EventEvaluation.Stream stream = EventEvaluation.flatten(clusters);
    LeadEmbeddings embeddings = new LeadEmbeddings(stream.articles().size() * 2);
    for (boolean embed : new boolean[] {true, false}) {
      EventOptions options = EventOptions.defaults().withEmbeddings(embed);
      JoinModel m = JoinModel.fit(stream.articles(), stream.gold(), options, true, embeddings);
      String name = embed ? "join-model.txt" : "join-model-no-embeddings.txt";
      String comment = "The event grouper's join decision (logistic regression on standardized"
          + " features), " + (embed ? "with" : "without") + " embeddings.\nFitted by"
          + " bench/run EventJoinTrain on " + data.getFileName() + " (" + stream.articles().size()
          + " articles, " + clusters.size() + " gold events),\nreplayed dated, undated and"
          + " shuffled. Columns: feature, mean, scale, weight.\nFitted on AllSides excerpts"
          + " (research and evaluation terms, see ../shared/data/allsides-events):\nthe model is"
          + " a few dozen numbers, no text of the data; a model fitted on your own stream"
          + " replaces it.";
      Files.writeString(dir.resolve(name), m.write(comment), StandardCharsets.UTF_8);
      System.out.println("wrote " + dir.resolve(name));
    }
  }
}
