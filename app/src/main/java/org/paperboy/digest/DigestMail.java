package org.paperboy.digest;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.paperboy.mail.MailMessage;
import org.paperboy.subscription.Subscriptions;

/**
 * Writes a digest as mail: HTML from the same look as the site (inline styles, no images, so it
 * reads the same where styles and images are blocked) and plain text, with one-click unsubscribe
 * headers (RFC 8058) and a visible link.
 */
final class DigestMail {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
  private final Subscriptions subscriptions;
  private final String from;
  private final FeedbackLinks feedback;

  /** {@code feedback}: the reader's "more like this" / "not for me" links under every paper. */
  DigestMail(Subscriptions subscriptions, String from, FeedbackLinks feedback) {
    this.feedback = feedback;
    this.subscriptions = subscriptions;
    this.from = from;
  }

  MailMessage render(Digest d, String siteUrl, String messageId) {
    String token = subscriptions.unsubscribeToken(d.subscriber());
    String unsubscribe = siteUrl + "/unsubscribe?token=" + token;
    String settings = subscriptions.settingsUrl(d.subscriber(), siteUrl);
    String since = since(d);
    String heading =
        d.empty()
            ? "Nothing new since " + since
            : d.size() + (d.size() == 1 ? " paper" : " papers") + " for " + d.date().format(DAY);
    StringOutput html = new StringOutput(16 * 1024);
    templates.render(
        "mail/digest.jte",
        new DigestView(d, heading, siteUrl, settings, unsubscribe, since, feedback),
        html);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Message-ID", messageId);
    headers.put(
        "List-Unsubscribe",
        "<"
            + unsubscribe
            + ">, <mailto:"
            + address(from)
            + "?subject="
            + URLEncoder.encode("unsubscribe " + token, StandardCharsets.UTF_8).replace("+", "%20")
            + ">");
    headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    headers.put("List-Id", "Paperboy digest <digest." + host(siteUrl) + ">");
    headers.put("Auto-Submitted", "auto-generated");
    return new MailMessage(
        d.subscriber().email(),
        "Paperboy: " + heading,
        text(d, heading, since, siteUrl, settings, unsubscribe),
        html.toString(),
        headers);
  }

  /**
   * The same id on every attempt of a digest: a resend after a crash mid-send is recognisably the
   * same mail.
   */
  static String messageId(Digest d, String siteUrl) {
    return "<digest." + d.date() + "." + d.subscriber().id() + "@" + host(siteUrl) + ">";
  }

  private static String since(Digest d) {
    ZonedDateTime local = d.from().atZone(d.subscriber().settings().zone());
    LocalDate day = local.toLocalDate();
    return day.format(DAY);
  }

  private String text(
      Digest d, String heading, String since, String site, String settings, String unsubscribe) {
    StringBuilder b = new StringBuilder();
    b.append(heading)
        .append('\n')
        .append("=".repeat(Math.min(heading.length(), 72)))
        .append("\n\n");
    b.append(d.newPapers()).append(" new papers since ").append(since).append(".\n\n");
    if (d.empty()) {
      b.append("Nothing new matched since ")
          .append(since)
          .append(". That happens on weekends and\n")
          .append(
              "holidays, or when the harvest has not run. The next digest picks up from here.\n\n");
    }
    int n = 1;
    if (!d.forYou().isEmpty()) {
      b.append("For you\n-------\n\n");
      n = items(b, d.forYou(), n, site, d.subscriber().email());
    }
    for (Digest.Section section : d.people()) {
      b.append(section.heading()).append('\n').append("-".repeat(section.heading().length()));
      b.append("\n\n");
      n = items(b, section.items(), n, site, d.subscriber().email());
    }
    if (d.hasSections() && !d.items().isEmpty()) {
      b.append("More new papers\n---------------\n\n");
    }
    items(b, d.items(), n, site, d.subscriber().email());
    b.append("--\nYou get this because ")
        .append(d.subscriber().email())
        .append(" subscribed to Paperboy's digest.\n");
    b.append("Settings: ").append(settings).append('\n');
    b.append("Unsubscribe: ").append(unsubscribe).append('\n');
    return b.toString();
  }

  private int items(
      StringBuilder b, java.util.List<Digest.Item> items, int n, String site, String email) {
    for (Digest.Item item : items) {
      b.append(n++).append(". ").append(DigestView.title(item.paper().title())).append('\n');
      b.append("   ").append(String.join(" · ", item.reasons())).append('\n');
      b.append("   ").append(DigestView.authors(item.paper().authors()));
      if (item.paper().published() != null) {
        b.append(" · ").append(item.paper().published());
      }
      b.append('\n');
      b.append("   ").append(DigestView.lead(item.paper().abstractText())).append('\n');
      b.append("   ")
          .append(site)
          .append("/papers/")
          .append(org.paperboy.paper.PaperIds.path(item.paper().id()))
          .append('\n');
      if (item.paper().links().abs() != null) {
        b.append("   ").append(item.paper().links().abs()).append('\n');
      }
      FeedbackLinks.Links links = feedback.of(email, item.paper().id());
      if (links != null) {
        b.append("   More like this: ").append(links.moreLikeThis()).append('\n');
        b.append("   Not for me: ").append(links.notForMe()).append('\n');
      }
      b.append('\n');
    }
    return n;
  }

  private static String address(String from) {
    int lt = from.indexOf('<');
    return lt >= 0 ? from.substring(lt + 1, from.indexOf('>', lt)) : from;
  }

  private static String host(String url) {
    String h = java.net.URI.create(url).getHost();
    return h == null ? "localhost" : h;
  }
}
