/**
 * Events from a stream of articles: an online grouper that joins each article to the open event
 * it tells the same news as (or starts one), closes events the window has passed, and links a
 * new event to the earlier one whose story it continues.
 *
 * <p>{@link dev.precis.cluster.EventGrouper} is the entry point; {@link
 * dev.precis.cluster.StoryLinker} also works alone, on events grouped elsewhere (one day at a
 * time, on several machines).
 */
package dev.precis.cluster;
