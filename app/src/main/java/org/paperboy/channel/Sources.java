package org.paperboy.channel;

import org.paperboy.paper.PaperStore;
import org.paperboy.search.Search;
import org.paperboy.trending.Trending;

/**
 * Where a channel's papers come from: new papers, topic searches over them, trending.
 *
 * @param minSimilarity how close in meaning a paper must be to a topic without all its words
 */
public record Sources(PaperStore papers, Search search, Trending trending, double minSimilarity) {}
