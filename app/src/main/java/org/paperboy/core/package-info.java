/**
 * What every feature is built on: {@code Core} holds the validated config, the clock, the database,
 * the paper store, the mailer and the site's address, so that a feature facade takes one core plus
 * the facades it uses. Layer: core; it holds other core parts and calls no feature.
 */
package org.paperboy.core;
