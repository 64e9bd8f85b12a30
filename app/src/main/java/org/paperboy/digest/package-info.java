/**
 * Digests by mail: who is due, composing each digest from their topics (and For you picks), and
 * sending through an outbox that survives crashes and never sends one twice. Layer: feature; it
 * owns the digests table.
 */
package org.paperboy.digest;
