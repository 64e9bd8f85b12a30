/**
 * A person's library: saved papers with marks and notes, imports from BibTeX, RIS and CSL JSON,
 * exports, API tokens and signed feedback links. Layer: feature; it owns the library,
 * library_imports and api_tokens tables.
 */
package org.paperboy.library;
