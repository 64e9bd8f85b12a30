package org.paperboy.web.view;

import org.paperboy.library.ImportReport;

/** What an upload to the library did. */
public record ImportView(Page page, ImportReport report) {}
