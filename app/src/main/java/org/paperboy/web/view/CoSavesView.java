package org.paperboy.web.view;

/**
 * The co-saves setting.
 *
 * @param sharing whether the reader's saves feed other readers' co-saves (the default)
 * @param minReaders how many readers a pair of papers needs before it is shown
 * @param notice a line to confirm a change, or null
 */
public record CoSavesView(Page page, boolean sharing, int minReaders, String notice) {}
