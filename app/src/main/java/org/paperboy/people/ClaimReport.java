package org.paperboy.people;

import java.util.List;

/** What a claim did: the ids now the person's own, and those that are not stored here. */
public record ClaimReport(List<String> claimed, List<String> unknown) {}
