package dev.precis.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.ingest.JsonCodec;
import dev.precis.represent.embed.SentenceEncoder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Sentences per second of {@link SentenceEncoder} on real news sentences: the first
 * {@value #SENTENCES} sentences of at least 20 characters in the articles of
 * {@code ../shared/data/multinews_test_sample/dev.jsonl.gz} (set {@code -Dprecis.shared} to
 * read another copy), by an encoder that remembers no vectors, so the model runs every time.
 * {@code batch=1} encodes them one call per sentence; {@code batch=32} passes 32 a call (the
 * encoder runs each sentence as a tensor of its own either way, so its vectors do not depend on
 * their batch-mates).
 *
 * <p>Run: {@code mvn -B -q -pl core,bench -am package -DskipTests && java -cp
 * bench/target/classes:$(cat bench/target/classpath.txt) org.openjdk.jmh.Main EmbeddingBench}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class EmbeddingBench {

  static final int SENTENCES = 256;

  @Param({"1", "32"})
  public int batch;

  private SentenceEncoder encoder;
  private List<String> sentences;

  @Setup(Level.Trial)
  public void load() throws IOException {
    sentences = readSentences(
        Path.of(System.getProperty("precis.shared", "../shared"),
            "data", "multinews_test_sample", "dev.jsonl.gz"));
    encoder = SentenceEncoder.load(0);
  }

  @TearDown(Level.Trial)
  public void close() {
    encoder.close();
  }

  @Benchmark
  @OperationsPerInvocation(SENTENCES)
  public void encode(Blackhole sink) {
    if (batch == 1) {
      for (String sentence : sentences) {
        sink.consume(encoder.encode(List.of(sentence)));
      }
    } else {
      for (int from = 0; from < sentences.size(); from += batch) {
        sink.consume(encoder.encode(sentences.subList(from, Math.min(sentences.size(), from + batch))));
      }
    }
  }

  /** A crude split on sentence-final punctuation is enough to get sentence-sized inputs. */
  static List<String> readSentences(Path jsonl) throws IOException {
    List<String> out = new ArrayList<>(SENTENCES);
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(jsonl)), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        for (JsonNode article : JsonCodec.parse(line).path("articles")) {
          for (String sentence : article.path("text").asText("").split("(?<=[.!?])\\s+")) {
            if (sentence.strip().length() >= 20) {
              out.add(sentence.strip());
              if (out.size() == SENTENCES) {
                return out;
              }
            }
          }
        }
      }
    }
    throw new IllegalStateException(jsonl + " has only " + out.size() + " sentences of 20 or "
        + "more characters, the benchmark needs " + SENTENCES);
  }
}
