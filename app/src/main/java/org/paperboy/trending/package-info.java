/**
 * What readers are looking at now: votes, counted views and outside signals scored by age into day,
 * week and month rankings, and trending order for search results. Layer: feature; it owns the votes
 * and paper_signals tables.
 */
package org.paperboy.trending;
