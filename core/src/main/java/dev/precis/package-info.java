/**
 * Precis: summaries of news clusters whose every sentence is cited. {@link dev.precis.Precis} is
 * the entry point that the command line, the server and the Spark job all call.
 */
package dev.precis;
