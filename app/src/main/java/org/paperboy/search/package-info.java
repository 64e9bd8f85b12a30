/**
 * Finding papers: the Lucene keyword index kept in step with the database, ONNX or remote
 * embeddings for semantic search, and the fusion of both into one ranked answer. Layer: feature; it
 * owns the embeddings table and the index folder.
 */
package org.paperboy.search;
