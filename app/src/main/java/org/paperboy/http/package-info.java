/**
 * Calls to outside services: {@link org.paperboy.http.OutsideHttp}, the one HTTP client behind
 * arXiv, OAI-PMH, bioRxiv, OpenReview, Hugging Face, GitHub, Semantic Scholar, the embeddings
 * endpoint and the chat webhooks (timeouts, a polite gap between calls, bounded bodies, retries
 * with backoff, one {@code Retry-After} reader, rate-limit headers). Layer: core; it depends on
 * nothing else in Paperboy.
 */
package org.paperboy.http;
