/**
 * Digest subscriptions: subscribers, their topics and settings, confirmation and one-click
 * unsubscribe through signed links. Layer: feature; it owns the subscribers and topics tables.
 */
package org.paperboy.subscription;
