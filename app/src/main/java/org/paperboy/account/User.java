package org.paperboy.account;

/** A signed-in person: only an id and the address they signed in with. */
public record User(String id, String email) {}
