/**
 * Getting papers in: file imports (JSON lines, Kaggle, BEIR, Paperboy's own format), the arXiv API
 * and OAI-PMH harvesting, and export. Layer: feature; it writes papers through the core {@code
 * paper} store and owns the harvest_state table.
 */
package org.paperboy.ingest;
