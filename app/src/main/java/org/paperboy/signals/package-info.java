/**
 * Outside signals: rounds that ask Hugging Face, GitHub and Semantic Scholar about papers (with
 * leases, rate-limit bookkeeping and bounded answers) and keep their readings. Layer: feature; it
 * owns the signal_* tables.
 */
package org.paperboy.signals;
