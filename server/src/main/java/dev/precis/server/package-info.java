/**
 * The HTTP service: articles in, events with cited summaries out, kept in a store (H2 in a folder by
 * default, PostgreSQL by JDBC URL), with a web page to read them. It composes the library's own
 * stages ({@link dev.precis.Precis#summarize} and the events grouping) and re-implements none.
 *
 * <p>{@link dev.precis.server.PrecisServer} wires the parts: {@link dev.precis.server.EventStore}
 * (the store), {@link dev.precis.server.Ingestor} (grouping and durable appends, one writer),
 * {@link dev.precis.server.SummaryRefresher} (summaries refreshed off the request path through a
 * bounded queue) and {@link dev.precis.server.ApiRoutes} (the HTTP routes).
 */
package dev.precis.server;
