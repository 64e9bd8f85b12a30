package org.paperboy.ingest;

import java.nio.file.Path;
import org.paperboy.testing.Databases;

class SqliteBiorxivHarvestTest extends BiorxivHarvestContract {
  @Override
  String url(Path dir) {
    return Databases.sqlite(dir);
  }
}
