package org.paperboy.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The MIME written by {@link Messages}, read back by JavaMail's own parser. */
class MessagesTest {
  static final Session SESSION = Session.getInstance(new Properties());
  final Messages messages =
      new Messages("Paperboy Désk <papers@lab.org>", "https://papers.lab.org");

  @Test
  void aDigestReadsBackAsMultipartAlternativeWithItsHeaders() throws Exception {
    String html = "<p>Élan — ✓ 🚀</p>\n".repeat(200);
    MailMessage m =
        new MailMessage(
            "reader@lab.org",
            "Your papers: attention, KV caches and a very long subject line that goes on — ✓",
            "From the lab:\nline two\n. dot first\n",
            html,
            Map.of(
                "Message-ID",
                "<digest-1@papers.lab.org>",
                "List-Unsubscribe",
                "<https://papers.lab.org/unsubscribe?token="
                    + "a".repeat(90)
                    + ">,"
                    + " <mailto:papers@lab.org?subject=unsubscribe>"));
    byte[] bytes = messages.encode(m).bytes();
    assertLinesAreShortAscii(bytes, 998);

    MimeMessage read = new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
    assertThat(read.getSubject()).isEqualTo(m.subject());
    assertThat(read.getFrom()[0].toString()).contains("papers@lab.org");
    assertThat(((jakarta.mail.internet.InternetAddress) read.getFrom()[0]).getPersonal())
        .isEqualTo("Paperboy Désk");
    assertThat(read.getAllRecipients()[0].toString()).isEqualTo("reader@lab.org");
    assertThat(read.getMessageID()).isEqualTo("<digest-1@papers.lab.org>");
    assertThat(read.getSentDate()).isNotNull();
    assertThat(MimeUtility.unfold(read.getHeader("List-Unsubscribe")[0]))
        .isEqualTo(m.headers().get("List-Unsubscribe"));
    MimeMultipart parts = (MimeMultipart) read.getContent();
    assertThat(parts.getContentType()).startsWith("multipart/alternative");
    assertThat(parts.getBodyPart(0).getContent())
        .isEqualTo("From the lab:\r\nline two\r\n. dot first\r\n");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html; charset=UTF-8");
    assertThat(parts.getBodyPart(1).getContent()).isEqualTo(html);
  }

  @Test
  void aPlainMessageIsOneQuotedPrintableTextPart() throws Exception {
    byte[] bytes = messages.encode(MailMessage.plain("a@lab.org", "Sign in", "Hello\n")).bytes();
    MimeMessage read = new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
    assertThat(read.getContentType()).startsWith("text/plain; charset=UTF-8");
    assertThat(read.getContent()).isEqualTo("Hello\r\n");
    assertThat(read.getMessageID()).endsWith("@papers.lab.org>");
  }

  @Test
  void aLineBreakInAHeaderValueIsRefusedAndOneInTheSubjectBecomesASpace() throws Exception {
    MailMessage injected =
        new MailMessage("a@lab.org", "s", "t", null, Map.of("X-Note", "ok\r\nBcc: victim@x.org"));
    assertThatThrownBy(() -> messages.encode(injected))
        .isInstanceOf(IllegalArgumentException.class);
    for (String name : List.of("Bcc", "X:Y", "X\r\nBcc", "")) {
      MailMessage bad = new MailMessage("a@lab.org", "s", "t", null, Map.of(name, "v"));
      assertThatThrownBy(() -> messages.encode(bad)).isInstanceOf(IllegalArgumentException.class);
    }
    byte[] bytes =
        messages.encode(MailMessage.plain("a@lab.org", "one\r\nBcc: victim@x.org", "t")).bytes();
    MimeMessage read = new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
    assertThat(read.getHeader("Bcc")).isNull();
    assertThat(read.getSubject()).isEqualTo("one  Bcc: victim@x.org");
  }

  @Property
  void quotedPrintableGivesBackAnyTextInShortAsciiLines(
      @ForAll @StringLength(max = 400) String text) throws Exception {
    byte[] encoded = QuotedPrintable.encode(text);
    assertLinesAreShortAscii(encoded, 76);
    byte[] decoded =
        MimeUtility.decode(new ByteArrayInputStream(encoded), "quoted-printable").readAllBytes();
    String crlf = text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
    assertThat(new String(decoded, StandardCharsets.UTF_8))
        .isEqualTo(new String(crlf.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
  }

  @Test
  void aLineStartingFromIsEscapedEvenAfterASoftBreak() {
    String text = "x".repeat(75) + "From here";
    String encoded = new String(QuotedPrintable.encode(text), StandardCharsets.US_ASCII);
    assertThat(encoded).doesNotContain("\r\nFrom ").contains("=\r\n=46rom here");
    assertThat(new String(QuotedPrintable.encode("From me\nFrom you"), StandardCharsets.US_ASCII))
        .isEqualTo("=46rom me\r\n=46rom you");
  }

  @Property
  void anySubjectReadsBackAsItWasWithoutControlCharacters(
      @ForAll @StringLength(max = 200) String subject) throws Exception {
    byte[] bytes = messages.encode(MailMessage.plain("a@lab.org", subject, "t")).bytes();
    assertLinesAreShortAscii(bytes, 998);
    MimeMessage read = new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
    String expected = subject.replaceAll("[\\p{Cntrl}&&[^\t]]", " ");
    String got = read.getSubject() == null ? "" : read.getSubject();
    assertThat(MimeUtility.unfold(got).strip()).isEqualTo(expected.strip());
  }

  private static void assertLinesAreShortAscii(byte[] bytes, int max) {
    String s = new String(bytes, StandardCharsets.ISO_8859_1);
    assertThat(s.chars().allMatch(c -> c < 0x80)).as("ASCII only").isTrue();
    for (String line : s.split("\r\n", -1)) {
      assertThat(line).doesNotContain("\r").doesNotContain("\n");
      assertThat(line.length()).isLessThanOrEqualTo(max);
    }
  }
}
