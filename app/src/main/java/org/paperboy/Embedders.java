package org.paperboy;

import org.paperboy.config.Config;
import org.paperboy.search.Embedder;
import org.paperboy.search.EmbeddingModel;
import org.paperboy.search.OnnxEmbedder;
import org.paperboy.search.RemoteEmbedder;

/** The embedder the settings ask for: the bundled model in process, or a server that agrees. */
final class Embedders {
  private Embedders() {}

  static Embedder of(Config.Embeddings e, EmbeddingModel model) {
    if (e.url() != null) {
      RemoteEmbedder remote =
          new RemoteEmbedder(
              e.url(),
              e.remoteModel(),
              e.apiKey(),
              model,
              RemoteEmbedder.Settings.of(e.batch(), e.concurrency()));
      try (OnnxEmbedder local = new OnnxEmbedder(model, e.threads(), model.window(), 1024)) {
        remote.checkAgreement(local); // refuses a server whose vectors would not mix with ours
      } catch (RuntimeException refused) {
        remote.close();
        throw refused;
      }
      return remote;
    }
    return new OnnxEmbedder(model, e.threads(), model.window(), 1024);
  }
}
