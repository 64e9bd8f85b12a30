package org.paperboy.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressTest {
  @Test
  void addressesAreTrimmedAndLowerCased() {
    assertThat(EmailAddress.normalise("  Ada@Example.ORG ")).hasValue("ada@example.org");
    assertThat(EmailAddress.normalise("first.last+papers@sub.lab.org"))
        .hasValue("first.last+papers@sub.lab.org");
  }

  @Test
  void quotedAndTaggedFormsOfOneAddressShareItsMailbox() {
    assertThat(EmailAddress.mailbox("target@lab.org")).isEqualTo("target@lab.org");
    assertThat(EmailAddress.mailbox("target+1@lab.org")).isEqualTo("target@lab.org");
    assertThat(EmailAddress.mailbox("\"t\\arget\"@lab.org")).isEqualTo("target@lab.org");
    assertThat(EmailAddress.mailbox("\"target\"@lab.org")).isEqualTo("target@lab.org");
    assertThat(EmailAddress.mailbox("\"tar\\get+x\"@lab.org")).isEqualTo("target@lab.org");
    EmailAddress.normalise("\"t\\arget\"@lab.org")
        .ifPresent(a -> assertThat(EmailAddress.mailbox(a)).isEqualTo("target@lab.org"));
  }

  @Test
  void anythingButOnePlainAddressIsRefused() {
    for (String bad :
        new String[] {
          null,
          "",
          "ada",
          "ada@",
          "@lab.org",
          "ada@lab",
          "a b@lab.org",
          "ada@lab..org",
          "Ada <ada@lab.org>",
          "ada@lab.org, eve@lab.org",
          "ada@lab.org\r\nBcc: eve@lab.org",
          "x".repeat(250) + "@lab.org"
        }) {
      assertThat(EmailAddress.normalise(bad)).as(String.valueOf(bad)).isEmpty();
    }
  }
}
