/**
 * Dense sentence embeddings computed in-process: the quantized all-MiniLM-L6-v2 model, shipped
 * inside a Maven artifact and run with ONNX Runtime, so nothing is downloaded at run time.
 *
 * <p>The chain, composed in {@link dev.precis.represent.embed.SentenceEncoder#encode}:
 * {@code BertWordSplitter} (BERT's basic tokenizer: clean, lower-case, strip accents, split on
 * whitespace and punctuation) → {@code WordPieceTokenizer} (word pieces over the model's
 * vocabulary, {@code [CLS]}/{@code [SEP]}, truncation) → the ONNX model in batches sorted by
 * length → {@code MeanPooling} (mean over the attention mask, then L2 norm).
 */
package dev.precis.represent.embed;
