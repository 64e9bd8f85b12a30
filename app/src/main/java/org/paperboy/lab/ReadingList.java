package org.paperboy.lab;

/** One of a lab's shared reading lists, with how many papers it holds. */
public record ReadingList(String id, String labId, String slug, String name, int papers) {}
