/**
 * The database: opening SQLite or PostgreSQL with Flyway migrations, a small connection pool, the
 * {@code Sql} helpers every store uses, the outboxes' claiming ({@code OutboxTable}), disk-full
 * recognition and backups. Layer: core; it owns the change_counter table.
 */
package org.paperboy.db;
