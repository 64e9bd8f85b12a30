package org.paperboy.lab;

import java.time.Instant;
import org.paperboy.paper.Paper;

/**
 * A paper on a reading list.
 *
 * @param addedBy the address of who added it; null once they deleted their account
 * @param discussed when it was marked discussed; null while it is not
 */
public record ListEntry(
    Paper paper, String note, String addedBy, Instant added, Instant discussed) {}
