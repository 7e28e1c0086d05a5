/**
 * Fuzz targets for the readers (JSON lines, text, HTML, WARC) and the JSON codec: each takes any
 * bytes and checks what must hold for every input (no exception escapes, every problem names its
 * place, what is read writes back and reads again the same). {@code fuzz/run} gives them to Jazzer
 * for a fixed time; {@code CorpusReplayTest} replays the saved corpus in the default tests.
 */
package dev.precis.fuzz;
