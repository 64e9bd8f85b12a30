package org.paperboy.web.view;

import java.util.List;

/**
 * The outside signals under a paper: each part plain text with an optional link (to the Hugging
 * Face page, the repository), and Hugging Face's one-line summary, shown as theirs.
 */
public record SignalsView(List<Link> parts, String aiSummary) {}
