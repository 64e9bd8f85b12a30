package org.paperboy.lab;

/** A search a lab's channels post the day's matching papers for. */
public record LabTopic(String id, String name, String query) {}
