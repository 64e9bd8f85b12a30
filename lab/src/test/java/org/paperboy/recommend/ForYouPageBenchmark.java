package org.paperboy.recommend;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.paperboy.Paperboy;
import org.paperboy.config.Config;
import org.paperboy.trending.Window;

/**
 * The server-side work of {@code /for-you} (BENCHMARKS.md), run by hand on a data folder with
 * libraries (the one {@code digest.ForYouBenchmark} fills): for PEOPLE readers in turn, their picks
 * of the window as the page handler asks for them (the window's papers ranked by trending, the
 * stored model read, every candidate scored, reasons looked up), timed one by one.
 *
 * <p>{@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.paperboy.recommend.ForYouPageBenchmark DIR [PEOPLE [WINDOW]]}
 */
public final class ForYouPageBenchmark {
  public static void main(String[] args) {
    Path data = Path.of(args[0]);
    int people = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    Window window = Window.parse(args.length > 2 ? args[2] : "week");
    Config config = new Config(data, null, new Config.Embeddings(null, null, null, 2));
    try (Paperboy app = Paperboy.open(config)) {
      Recommendations r = app.recommendations();
      List<String> users = new ArrayList<>();
      for (int p = 0; p < people; p++) {
        r.userId("reader%d@bench.test".formatted(p)).ifPresent(users::add);
      }
      for (int round = 0; round < 3; round++) {
        double[] ms = new double[users.size()];
        int picks = 0;
        for (int i = 0; i < users.size(); i++) {
          long t = System.nanoTime();
          picks += r.forUser(users.get(i), window).size();
          ms[i] = (System.nanoTime() - t) / 1e6;
        }
        long t0 = System.nanoTime();
        int n = app.trending().page(window, 0, Recommendations.CANDIDATES).entries().size();
        System.out.printf(
            "  of which the window's trending page alone (%d papers): %.1f ms%n",
            n, (System.nanoTime() - t0) / 1e6);
        Arrays.sort(ms);
        System.out.printf(
            "round %d: %d readers, %s window: median %.1f ms, p90 %.1f ms, max %.1f ms;"
                + " %.1f picks each%n",
            round + 1,
            ms.length,
            window,
            ms[ms.length / 2],
            ms[(int) (ms.length * 0.9)],
            ms[ms.length - 1],
            (double) picks / ms.length);
      }
    }
  }
}
