/**
 * The paper itself: the {@code Paper} record, arXiv identifiers, TeX to text, and {@code
 * PaperStore}, the one way to read and write papers. Layer: core; it owns the papers table and uses
 * only {@code db}.
 */
package org.paperboy.paper;
