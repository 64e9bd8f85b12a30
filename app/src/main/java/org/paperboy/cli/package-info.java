/**
 * The command line (picocli): {@code Main} and one command class per verb ({@code serve}, {@code
 * import}, {@code search}, {@code digest}, {@code backup}, ...), each calling the feature facades
 * it uses. Layer: face; nothing below calls it.
 */
package org.paperboy.cli;
