package dev.precis.summarize;

/** A sentence (by its index in the cluster) and a method's score for it; higher is better. */
public record Candidate(int sentence, double score) {}
