package org.paperboy.signals;

import java.time.LocalDate;

/**
 * One paper as Hugging Face Papers describes it; every field but the id may be null.
 *
 * @param repo the linked code repository as {@code owner/name}, when it is on GitHub
 */
record HfPaper(
    String id,
    Long upvotes,
    Long comments,
    String repo,
    String summary,
    String projectUrl,
    LocalDate featuredOn) {}
