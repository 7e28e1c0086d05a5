/**
 * Benchmarks: JMH micro-benchmarks of the kernels, and end-to-end runs over ../shared/data that
 * print one line of figures each.
 */
package dev.precis.bench;
