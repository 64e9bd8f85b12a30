package org.paperboy.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.paperboy.http.RetryAfter;

class ReposTest {
  @Test
  void onlyGithubOwnerRepoUrlsNameARepository() {
    assertThat(Repos.fromUrl("https://github.com/Owner/Repo")).isEqualTo("owner/repo");
    assertThat(Repos.fromUrl("https://github.com/owner/repo.git")).isEqualTo("owner/repo");
    assertThat(Repos.fromUrl("http://www.github.com/owner/repo/")).isEqualTo("owner/repo");
    assertThat(Repos.fromUrl("https://github.com/owner/repo#readme")).isEqualTo("owner/repo");
    assertThat(Repos.fromUrl("https://gitlab.com/owner/repo")).isNull();
    assertThat(Repos.fromUrl("https://github.com/owner")).isNull();
    assertThat(Repos.fromUrl("https://github.com/owner/repo/tree/main")).isNull();
    assertThat(Repos.fromUrl("https://github.com/orgs/team")).isNull();
    assertThat(Repos.fromUrl("https://github.com.evil.org/owner/repo")).isNull();
    assertThat(Repos.fromUrl("javascript:alert(1)//github.com/a/b")).isNull();
    assertThat(Repos.fromUrl("https://github.com/../etc")).isNull();
    assertThat(Repos.fromUrl("https://github.com/owner/<script>")).isNull();
  }

  @Test
  void theFirstRepositoryInAnAbstractIsFoundWithoutItsTrailingPunctuation() {
    assertThat(Repos.inText("Code: https://github.com/a-b/c_d.e. More at github.com/x/y"))
        .isEqualTo("a-b/c_d.e");
    assertThat(Repos.inText("See our code at github.com/Org/Tool.")).isEqualTo("org/tool");
    assertThat(Repos.inText("no links here")).isNull();
    assertThat(Repos.inText("https://gist.github.com/a/b")).isNull();
  }

  @Test
  void retryAfterIsReadAsSecondsOrAnHttpDate() {
    Instant now = Instant.parse("2026-11-30T10:00:00Z");
    assertThat(RetryAfter.parse("120", now, Duration.ofDays(1))).isEqualTo(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse("Mon, 30 Nov 2026 10:05:00 GMT", now, Duration.ofDays(1)))
        .isEqualTo(Duration.ofMinutes(5));
    assertThat(RetryAfter.parse("soon", now, Duration.ofDays(1))).isNull();
  }
}
