package dev.precis.eval.extraction;

import dev.precis.ingest.html.BlockModel;
import dev.precis.ingest.html.PageBlocks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Trains {@link BlockModel}s on labelled benchmark pages and extracts every page with a model
 * that never saw its site: the sites (page groups) are dealt into k folds at random (seeded),
 * and each fold's pages are extracted by a model trained on the other folds.
 */
public final class BlockModelCrossValidation {
  private final BlockModel.Params params;
  private final BlockLabeler labeler = new BlockLabeler();

  public BlockModelCrossValidation(BlockModel.Params params) {
    this.params = params;
  }

  /** A model trained on every readable page of {@code pages}. */
  public BlockModel train(List<BenchmarkPage> pages) {
    List<BlockModel.Example> examples = new ArrayList<>();
    for (BenchmarkPage p : pages) {
      if (p.blocks().isEmpty()) continue;
      PageBlocks b = p.blocks().get();
      BlockLabeler.Labels labels = labeler.label(b.texts(), p.truth().body());
      examples.add(new BlockModel.Example(b, labels.y(), labels.w(), p.group()));
    }
    return BlockModel.train(examples, params);
  }

  /**
   * Each page's body as extracted by the model of the folds without its site, keyed by
   * {@link #key}; pages with no blocks are left out (scored as empty).
   *
   * @throws IllegalArgumentException if {@code folds} is under 2 or over the number of sites
   */
  public Map<String, String> bodies(List<BenchmarkPage> pages, int folds, long seed) {
    Map<String, Integer> foldOf = folds(pages, folds, seed);
    Map<String, String> out = new HashMap<>();
    for (int f = 0; f < folds; f++) {
      List<BenchmarkPage> train = new ArrayList<>();
      List<BenchmarkPage> test = new ArrayList<>();
      for (BenchmarkPage p : pages) (foldOf.get(p.group()) == f ? test : train).add(p);
      if (test.isEmpty()) continue;
      BlockModel model = train(train);
      for (BenchmarkPage p : test) {
        p.blocks().ifPresent(b -> out.put(key(p), b.body(model.predict(b))));
      }
    }
    return out;
  }

  /** The fold of each site: sites sorted, shuffled with {@code seed}, dealt in turn. */
  static Map<String, Integer> folds(List<BenchmarkPage> pages, int folds, long seed) {
    List<String> groups = new ArrayList<>(new TreeSet<>(pages.stream().map(BenchmarkPage::group).toList()));
    if (folds < 2 || folds > groups.size()) {
      throw new IllegalArgumentException("folds must be between 2 and the number of sites ("
          + groups.size() + "), got " + folds);
    }
    Collections.shuffle(groups, new Random(seed));
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < groups.size(); i++) out.put(groups.get(i), i % folds);
    return out;
  }

  /** The key of a page in {@link #bodies}: its set and id. */
  public static String key(BenchmarkPage p) {
    return p.set() + "/" + p.id();
  }
}
