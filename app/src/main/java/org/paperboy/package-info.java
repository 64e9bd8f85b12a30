/**
 * The composition root: {@code Paperboy} builds the core and every feature facade and wires them
 * together; {@code Embedders} picks the local or remote embedder. Layer: root, used only by the
 * faces ({@code cli}, {@code web}) and by the lab module; it sits above the layers {@code
 * LayeringTest} checks.
 */
package org.paperboy;
