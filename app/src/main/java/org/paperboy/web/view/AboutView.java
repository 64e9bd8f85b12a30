package org.paperboy.web.view;

import org.paperboy.config.Config;

/** What Paperboy is and how trending is computed, with the knobs in force. */
public record AboutView(
    Page page, double gravity, double viewWeight, long papers, Config.Trending knobs) {}
