package org.paperboy.search;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeds through an OpenAI-compatible {@code /v1/embeddings} endpoint: a GPU box running Hugging
 * Face text-embeddings-inference or Infinity with BAAI/bge-small-en-v1.5 (README: "Embedding on a
 * GPU"). Passages go in requests of {@link Settings#batch} texts, {@link Settings#concurrency} of
 * them in flight, each retried with a doubling wait when the server is unreachable, overloaded
 * (429) or failing (5xx). The server must serve the local model's vector space: {@link
 * #checkAgreement} compares the two once before any vector is stored.
 */
public final class RemoteEmbedder implements Embedder {
  private static final Logger log = LoggerFactory.getLogger(RemoteEmbedder.class);

  /** Agreement with the local model below this cosine on any check text refuses the server. */
  public static final double MIN_AGREEMENT = 0.99;

  /** Texts of the agreement check: short and long, plain and technical. */
  static final List<String> CHECK_TEXTS =
      List.of(
          "Attention is all you need.",
          "Quantum error correction with surface codes. We study logical error rates of the"
              + " rotated surface code under circuit-level noise and propose a decoder.",
          "KV cache offloading for long-context inference of large language models on a single"
              + " GPU, with prefetching of the keys and values needed by the next layers.",
          "Galaxy rotation curves and dark matter halos",
          "A randomized controlled trial of vitamin D supplementation in older adults showed no"
              + " reduction of fractures.");

  /**
   * How requests go.
   *
   * @param batch texts a request
   * @param concurrency requests in flight
   * @param attempts tries a request gets before the job stops (it resumes at its next run)
   * @param firstWait wait after the first failed try; doubled after each, at most a minute
   */
  public record Settings(int batch, int concurrency, int attempts, Duration firstWait) {
    public static Settings of(int batch, int concurrency) {
      return new Settings(batch, concurrency, 6, Duration.ofSeconds(1));
    }
  }

  private final EmbeddingsEndpoint endpoint;
  private final URI url;
  private final String remoteModel;
  private final EmbeddingModel local;
  private final Settings settings;
  private final ExecutorService inFlight;

  public RemoteEmbedder(String url, String remoteModel, String apiKey, EmbeddingModel local) {
    this(url, remoteModel, apiKey, local, Settings.of(64, 1));
  }

  /**
   * @param remoteModel the model name the server expects, e.g. {@code BAAI/bge-small-en-v1.5}
   * @param apiKey sent as a bearer token when not null
   */
  public RemoteEmbedder(
      String url, String remoteModel, String apiKey, EmbeddingModel local, Settings settings) {
    this.url = URI.create(url);
    this.remoteModel = remoteModel;
    this.endpoint = new EmbeddingsEndpoint(this.url, remoteModel, apiKey, settings.firstWait());
    this.local = local;
    this.settings = settings;
    this.inFlight =
        Executors.newFixedThreadPool(
            settings.concurrency(),
            r -> Thread.ofPlatform().daemon().name("paperboy-embed-request").unstarted(r));
  }

  @Override
  public String model() {
    return local.key();
  }

  @Override
  public int dimensions() {
    return 384;
  }

  /** Enough for every request in flight at once. */
  @Override
  public int batchSize() {
    return settings.batch() * settings.concurrency();
  }

  /** A search waits for one try only. */
  @Override
  public float[] embedQuery(String query) {
    return endpoint.embed(List.of(local.queryPrefix() + query), 1)[0];
  }

  @Override
  public float[][] embedPassages(List<String> texts) {
    List<Future<float[][]>> parts = new ArrayList<>();
    for (int from = 0; from < texts.size(); from += settings.batch()) {
      List<String> chunk = texts.subList(from, Math.min(texts.size(), from + settings.batch()));
      parts.add(inFlight.submit(() -> endpoint.embed(chunk, settings.attempts())));
    }
    float[][] out = new float[texts.size()][];
    int at = 0;
    try {
      for (Future<float[][]> part : parts) {
        for (float[] v : part.get()) {
          out[at++] = v;
        }
      }
    } catch (InterruptedException e) {
      parts.forEach(p -> p.cancel(true));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      // the other requests end first (their tries are bounded): none is still running, or still
      // sent, once the job has stopped, and a rerun starts from what was stored
      awaitAll(parts);
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
    return out;
  }

  private static void awaitAll(List<Future<float[][]>> parts) {
    for (Future<float[][]> part : parts) {
      try {
        part.get();
      } catch (ExecutionException | java.util.concurrent.CancellationException ignored) {
        // the first failure is the one reported
      } catch (InterruptedException e) {
        parts.forEach(p -> p.cancel(true));
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * Embeds {@link #CHECK_TEXTS} here and with the local model and refuses the server when any pair
   * of vectors is further apart than cosine {@link #MIN_AGREEMENT}: its vectors would not share a
   * space with the stored ones, and semantic search would quietly go wrong. Returns the lowest
   * cosine.
   */
  public double checkAgreement(Embedder localModel) {
    float[][] mine = localModel.embedPassages(CHECK_TEXTS);
    float[][] theirs = embedPassages(CHECK_TEXTS);
    double lowest = 1;
    for (int i = 0; i < mine.length; i++) {
      if (theirs[i].length != mine[i].length) {
        throw new IllegalStateException(
            refusal(
                "its vectors have "
                    + theirs[i].length
                    + " dimensions, the local model's "
                    + mine[i].length));
      }
      double cosine = 0;
      for (int d = 0; d < mine[i].length; d++) {
        cosine += mine[i][d] * theirs[i][d];
      }
      if (cosine < MIN_AGREEMENT) {
        throw new IllegalStateException(
            refusal(
                String.format(
                    "on \"%s\" its vector and the local model's have cosine %.3f (at least %.2f"
                        + " needed)",
                    CHECK_TEXTS.get(i), cosine, MIN_AGREEMENT)));
      }
      lowest = Math.min(lowest, cosine);
    }
    log.info(
        "The embeddings server {} agrees with the local {} (lowest cosine {})",
        url,
        local.name(),
        String.format("%.4f", lowest));
    return lowest;
  }

  private String refusal(String why) {
    return "the embeddings server "
        + url
        + " (model '"
        + remoteModel
        + "') does not serve "
        + local.key()
        + ": "
        + why
        + ". Its vectors would not mix with the stored ones, so nothing was embedded. Serve"
        + " BAAI/bge-small-en-v1.5 there (README: Embedding on a GPU) or unset"
        + " PAPERBOY_EMBEDDINGS_URL to embed locally.";
  }

  @Override
  public void close() {
    inFlight.shutdownNow();
  }
}
