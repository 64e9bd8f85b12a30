package org.paperboy.config;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where trending's outside signals come from: Hugging Face Papers, GitHub and Semantic Scholar.
 *
 * @param sources {@code PAPERBOY_SIGNALS}: a comma-separated subset of {@code hf}, {@code github},
 *     {@code s2}, {@code openalex}, or {@code none} (default {@code hf,github}); {@code s2} and
 *     {@code openalex} also find the papers citing the watched ones (claimed, or in libraries with
 *     alerts on)
 * @param explicit whether {@code PAPERBOY_SIGNALS} was set: {@code serve --demo} fetches nothing
 *     unless it was
 * @param hfUrl {@code PAPERBOY_HF_URL} (default {@code https://huggingface.co})
 * @param hfToken {@code PAPERBOY_HF_TOKEN}: sent as a bearer token, if set
 * @param githubUrl {@code PAPERBOY_GITHUB_URL} (default {@code https://api.github.com})
 * @param githubToken {@code PAPERBOY_GITHUB_TOKEN}: 5,000 calls an hour instead of 60
 * @param s2Url {@code PAPERBOY_S2_URL} (default {@code https://api.semanticscholar.org})
 * @param s2ApiKey {@code PAPERBOY_S2_API_KEY}: sent as {@code x-api-key}, if set
 * @param addMissing {@code PAPERBOY_SIGNALS_ADD_MISSING}: fetch papers that Hugging Face features
 *     and this instance lacks through the arXiv API (default true)
 * @param arxivApiUrl {@code PAPERBOY_ARXIV_API_URL}: the arXiv API those are fetched from
 * @param pace {@code PAPERBOY_SIGNALS_PACE_MS}: the pause between two calls to one source (default
 *     1000 ms)
 * @param timeout {@code PAPERBOY_SIGNALS_TIMEOUT_S}: how long one call may take (default 20 s)
 * @param hfLookups {@code PAPERBOY_HF_LOOKUPS}: papers asked about one by one per round, those no
 *     daily list covered (default 100)
 */
public record SignalSettings(
    Set<String> sources,
    boolean explicit,
    String hfUrl,
    String hfToken,
    String githubUrl,
    String githubToken,
    String s2Url,
    String s2ApiKey,
    boolean addMissing,
    String arxivApiUrl,
    Duration pace,
    Duration timeout,
    int hfLookups) {
  /** {@code PAPERBOY_OPENALEX_URL} (default {@code https://api.openalex.org}). */
  public static String openAlexUrl() {
    return url(
        "PAPERBOY_OPENALEX_URL",
        System.getenv("PAPERBOY_OPENALEX_URL"),
        "https://api.openalex.org");
  }

  /**
   * {@code PAPERBOY_OPENALEX_MAILTO}: an address sent with every call, which puts them in
   * OpenAlex's polite pool; null when unset.
   */
  public static String openAlexMailto() {
    return Environment.blankToNull(System.getenv("PAPERBOY_OPENALEX_MAILTO"));
  }

  public SignalSettings {
    // the names are checked against the registry of sources when the signals are built
    sources = Set.copyOf(sources);
    hfUrl = url("PAPERBOY_HF_URL", hfUrl, "https://huggingface.co");
    githubUrl = url("PAPERBOY_GITHUB_URL", githubUrl, "https://api.github.com");
    s2Url = url("PAPERBOY_S2_URL", s2Url, "https://api.semanticscholar.org");
    arxivApiUrl = url("PAPERBOY_ARXIV_API_URL", arxivApiUrl, "https://export.arxiv.org/api/query");
    if (pace.isNegative() || timeout.isNegative() || timeout.isZero()) {
      throw new Config.ConfigException("PAPERBOY_SIGNALS_PACE_MS / _TIMEOUT_S must be positive");
    }
    if (hfLookups < 0 || hfLookups > 10_000) {
      throw new Config.ConfigException("PAPERBOY_HF_LOOKUPS must be between 0 and 10000");
    }
  }

  /** No source: what tests and {@code serve --demo} get unless a source is set explicitly. */
  public static SignalSettings none() {
    return new SignalSettings(
        Set.of(),
        false,
        null,
        null,
        null,
        null,
        null,
        null,
        true,
        null,
        Duration.ofSeconds(1),
        Duration.ofSeconds(20),
        100);
  }

  /** The same settings with other sources, named explicitly (tests point them at local servers). */
  public SignalSettings withSources(Set<String> chosen) {
    return new SignalSettings(
        chosen,
        true,
        hfUrl,
        hfToken,
        githubUrl,
        githubToken,
        s2Url,
        s2ApiKey,
        addMissing,
        arxivApiUrl,
        pace,
        timeout,
        hfLookups);
  }

  public boolean on(String source) {
    return sources.contains(source);
  }

  static SignalSettings fromEnvironment() {
    String chosen = System.getenv("PAPERBOY_SIGNALS");
    String add = System.getenv("PAPERBOY_SIGNALS_ADD_MISSING");
    return new SignalSettings(
        parse(chosen == null || chosen.isBlank() ? "hf,github" : chosen),
        chosen != null && !chosen.isBlank(),
        System.getenv("PAPERBOY_HF_URL"),
        Environment.blankToNull(System.getenv("PAPERBOY_HF_TOKEN")),
        System.getenv("PAPERBOY_GITHUB_URL"),
        Environment.blankToNull(System.getenv("PAPERBOY_GITHUB_TOKEN")),
        System.getenv("PAPERBOY_S2_URL"),
        Environment.blankToNull(System.getenv("PAPERBOY_S2_API_KEY")),
        add == null || add.isBlank() || Boolean.parseBoolean(add.strip()),
        System.getenv("PAPERBOY_ARXIV_API_URL"),
        Duration.ofMillis(whole("PAPERBOY_SIGNALS_PACE_MS", 1000)),
        Duration.ofSeconds(whole("PAPERBOY_SIGNALS_TIMEOUT_S", 20)),
        (int) whole("PAPERBOY_HF_LOOKUPS", 100));
  }

  /** {@code hf,github}, {@code none}, ... as a set of source names. */
  public static Set<String> parse(String list) {
    Set<String> out = new LinkedHashSet<>();
    for (String part : list.split(",")) {
      String s = part.strip().toLowerCase(Locale.ROOT);
      if (!s.isEmpty() && !s.equals("none")) {
        out.add(s);
      }
    }
    return out;
  }

  private static long whole(String variable, long fallback) {
    String v = System.getenv(variable);
    try {
      return v == null || v.isBlank() ? fallback : Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw new Config.ConfigException(variable + " must be a whole number, not '" + v + "'");
    }
  }

  private static String url(String variable, String value, String fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    String v = value.strip();
    if (!v.startsWith("http://") && !v.startsWith("https://")) {
      throw new Config.ConfigException(variable + " must be an http(s) URL, not '" + v + "'");
    }
    return v.replaceAll("/+$", "");
  }
}
