package org.paperboy.web.view;

import org.paperboy.library.ImportJob;
import org.paperboy.library.ImportReport;

/** An upload to the library: how far it got, then what it did. */
public record ImportView(Page page, ImportJob job) {
  public ImportReport report() {
    return job.report();
  }

  public boolean running() {
    return job.state() == ImportJob.State.RUNNING;
  }
}
