/**
 * The composition root: {@code Paperboy} builds the core and every feature facade and wires them
 * together, and {@code Paperboy.open} prepares them (the catch-up before a command reads); {@code
 * ServeJobs} lists the background jobs; {@code Embedders} picks the local or remote embedder.
 * Layer: root, used only by the faces ({@code cli}, {@code web}) and by the lab module; it sits
 * above the layers {@code LayeringTest} checks.
 */
package org.paperboy;
