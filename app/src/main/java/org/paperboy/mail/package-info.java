/**
 * Sending mail: messages, SMTP (with a connection pool and settings from a URL) or an outbox of
 * .eml files when no server is set, and the temporary and permanent failures callers act on. Layer:
 * core; it calls no feature.
 */
package org.paperboy.mail;
