package dev.precis.learn;

import dev.precis.summarize.NgramCoverage;
import dev.precis.summarize.SentenceFeatures;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Training examples kept on disk, so that a cluster is prepared (split, embedded, labelled) once
 * however often the models are retrained on it: one file of records, each a cluster's
 * {@link TrainingSet.Example} under its fingerprint, appended as clusters are prepared. A run
 * reads what an earlier run left (a record cut short by an interrupted run is dropped and
 * overwritten) and adds the clusters it lacks, so the same file serves samples of growing size.
 *
 * <p>The file starts with the feature columns it was written with; a file written with other
 * columns is refused, naming the fix (delete it).
 */
public final class ExampleCache implements Closeable {
  private static final String MAGIC = "precis-training-examples 1";

  private final Path file;
  private final Map<String, TrainingSet.Example> known;
  private DataOutputStream out;

  private ExampleCache(Path file, Map<String, TrainingSet.Example> known) {
    this.file = file;
    this.known = known;
  }

  /** The columns a cache holds; a change to any makes older caches unusable. */
  static String schema() {
    return String.join(",", SentenceFeatures.NAMES) + ";" + String.join(",", NgramCoverage.UNIGRAM_FEATURES)
        + ";" + String.join(",", NgramCoverage.BIGRAM_FEATURES);
  }

  /** Opens {@code file}, reading the examples it holds; a missing file is an empty cache. */
  public static ExampleCache open(Path file) throws IOException {
    Map<String, TrainingSet.Example> known = new HashMap<>();
    if (!Files.exists(file)) return new ExampleCache(file, known);
    long good;
    try (CountingInput counted = new CountingInput(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        DataInputStream in = new DataInputStream(counted)) {
      String magic;
      String schema;
      try {
        magic = in.readUTF();
        schema = in.readUTF();
      } catch (EOFException e) {
        throw new IOException(file + ": not a complete training-example cache (its header is cut short);"
            + " delete it and train again");
      }
      if (!MAGIC.equals(magic)) {
        throw new IOException(file + ": not a training-example cache (it starts '" + abbreviate(magic)
            + "'); give --cache a new file");
      }
      if (!schema().equals(schema)) {
        throw new IOException(file + ": a training-example cache written with other feature columns;"
            + " delete it (or give --cache a new file) to prepare the clusters again");
      }
      good = counted.count;
      while (true) {
        try {
          TrainingSet.Example e = read(in);
          known.put(e.fingerprint(), e);
          good = counted.count;
        } catch (EOFException e) {
          break;
        }
      }
    }
    // Drops a record an interrupted run left half written, so that appending starts clean.
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      if (ch.size() > good) ch.truncate(good);
    }
    return new ExampleCache(file, known);
  }

  private static String abbreviate(String s) {
    return s.length() > 30 ? s.substring(0, 30) + "..." : s;
  }

  /** The cached example of the cluster with this fingerprint, or null. */
  public TrainingSet.Example get(String fingerprint) {
    return known.get(fingerprint);
  }

  /** How many examples the cache holds. */
  public int size() {
    return known.size();
  }

  /** Appends an example (not already cached) to the file. */
  public void add(TrainingSet.Example e) throws IOException {
    if (known.containsKey(e.fingerprint())) return;
    if (out == null) {
      boolean fresh = !Files.exists(file) || Files.size(file) == 0;
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND), 1 << 16));
      if (fresh) {
        out.writeUTF(MAGIC);
        out.writeUTF(schema());
      }
    }
    write(out, e);
    known.put(e.fingerprint(), e);
  }

  @Override
  public void close() throws IOException {
    if (out != null) out.close();
    out = null;
  }

  private static void write(DataOutputStream out, TrainingSet.Example e) throws IOException {
    out.writeUTF(e.clusterId());
    out.writeUTF(e.fingerprint());
    float[][] x = e.features();
    out.writeInt(x.length);
    out.writeInt(x.length == 0 ? 0 : x[0].length);
    for (float[] row : x) for (float v : row) out.writeFloat(v);
    floats(out, e.labels());
    e.unigrams().write(out);
    e.bigrams().write(out);
    floats(out, e.unigramLabels());
    floats(out, e.bigramLabels());
  }

  private static TrainingSet.Example read(DataInputStream in) throws IOException {
    String id = in.readUTF();
    String fingerprint = in.readUTF();
    int n = in.readInt();
    int k = in.readInt();
    float[][] x = new float[n][k];
    for (float[] row : x) for (int j = 0; j < k; j++) row[j] = in.readFloat();
    float[] labels = floats(in);
    NgramCoverage.Table u = NgramCoverage.Table.read(in);
    NgramCoverage.Table b = NgramCoverage.Table.read(in);
    return new TrainingSet.Example(id, fingerprint, x, labels, u, b, floats(in), floats(in));
  }

  private static void floats(DataOutputStream out, float[] v) throws IOException {
    out.writeInt(v.length);
    for (float f : v) out.writeFloat(f);
  }

  private static float[] floats(DataInputStream in) throws IOException {
    float[] v = new float[in.readInt()];
    for (int i = 0; i < v.length; i++) v[i] = in.readFloat();
    return v;
  }

  /** Counts the bytes read, to know where the last whole record ends. */
  private static final class CountingInput extends java.io.FilterInputStream {
    long count;

    CountingInput(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) count++;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) count += n;
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      count += s;
      return s;
    }
  }
}
