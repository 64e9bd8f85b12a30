package org.paperboy.core;

/**
 * The address the site is reached at, which links in mail and channel posts point to. The one
 * mutable part of the core: it starts as the configured base URL (or localhost on the configured
 * port), and the server sets it once, when it knows the port it bound (port 0 in tests). Readers
 * ask for it at the time they build a link.
 */
public final class SiteAddress {
  private volatile String url;

  public SiteAddress(String url) {
    this.url = url;
  }

  /** The address now, without a trailing slash. */
  public String get() {
    return url;
  }

  /** Called by the server once it listens; later links use this address. */
  public void set(String url) {
    this.url = url;
  }
}
