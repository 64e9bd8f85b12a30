package org.paperboy.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Webhook addresses: https on public hosts, of the chosen kind; nothing inside the network. */
class WebhookUrlsTest {
  static void refused(Kind kind, String url, String why) {
    assertThatThrownBy(() -> WebhookUrls.checkHost(WebhookUrls.parse(kind, url, false), false))
        .isInstanceOf(ChannelException.class)
        .hasMessageContaining(why);
  }

  @Test
  void insideTheNetworkIsRefusedUnlessAllowed() {
    refused(Kind.SLACK, "https://127.0.0.1/services/T/B/X", "inside the network");
    refused(Kind.SLACK, "https://localhost/services/T/B/X", "inside the network");
    refused(Kind.WEBHOOK, "https://[::1]/hook", "inside the network");
    refused(Kind.WEBHOOK, "https://10.0.0.5/hook", "inside the network");
    refused(Kind.WEBHOOK, "https://192.168.1.1/hook", "inside the network");
    refused(Kind.WEBHOOK, "https://172.16.0.1/hook", "inside the network");
    refused(Kind.WEBHOOK, "https://169.254.169.254/latest/meta-data", "inside the network");
    refused(Kind.WEBHOOK, "https://metadata.google.internal/computeMetadata", "inside the network");
    refused(Kind.WEBHOOK, "https://100.64.0.1/hook", "inside the network");
    refused(Kind.WEBHOOK, "https://[fd00::1]/hook", "inside the network");
    refused(Kind.WEBHOOK, "https://[::ffff:127.0.0.1]/hook", "inside the network");
    refused(Kind.WEBHOOK, "https://0.0.0.0/hook", "inside the network");
    WebhookUrls.checkHost(
        WebhookUrls.parse(Kind.WEBHOOK, "http://127.0.0.1:8080/hook", true), true);
  }

  @Test
  void onlyHttpsOfTheRightKindIsTaken() {
    refused(Kind.SLACK, "http://93.184.216.34/services/T/B/X", "https://");
    refused(Kind.SLACK, "ftp://93.184.216.34/services/T/B/X", "https://");
    refused(Kind.SLACK, "https://93.184.216.34/api/webhooks/1/x", "not a Slack");
    refused(Kind.DISCORD, "https://93.184.216.34/services/T/B/X", "not a Discord");
    refused(Kind.MATTERMOST, "https://93.184.216.34/other", "not a Mattermost");
    refused(Kind.TEAMS, "https://93.184.216.34/other", "not a Teams");
    refused(Kind.WEBHOOK, "https://user:pw@93.184.216.34/hook", "no user name");
    refused(Kind.WEBHOOK, "not a url at all", "web address");
    refused(Kind.WEBHOOK, "https://x/" + "a".repeat(3000), "at most");
    WebhookUrls.checkHost(
        WebhookUrls.parse(Kind.DISCORD, "https://93.184.216.34/api/webhooks/123/abc", false),
        false);
    WebhookUrls.checkHost(
        WebhookUrls.parse(Kind.MATTERMOST, "https://93.184.216.34/hooks/xyz123", false), false);
    WebhookUrls.checkHost(
        WebhookUrls.parse(
            Kind.TEAMS,
            "https://93.184.216.34:443/workflows/abc/triggers/manual/paths/invoke?sig=x",
            false),
        false);
  }

  @Test
  void publicAddressesArePublic() throws Exception {
    assertThat(WebhookUrls.isPublic(InetAddress.getByName("93.184.216.34"))).isTrue();
    assertThat(WebhookUrls.isPublic(InetAddress.getByName("2606:4700::1111"))).isTrue();
    assertThat(WebhookUrls.masked("https://hooks.slack.com/services/T000/B000/XXXXSECRET"))
        .isEqualTo("https://hooks.slack.com/services/T0…")
        .doesNotContain("SECRET");
  }
}
