package org.paperboy.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.account.Accounts;
import org.paperboy.core.Core;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.paperboy.library.Library;
import org.paperboy.library.Mark;
import org.paperboy.library.Origin;
import org.paperboy.mail.MailMessage;
import org.paperboy.paper.PaperStore;
import org.paperboy.testing.Fixtures;
import org.paperboy.testing.MutableClock;
import org.paperboy.testing.TestCore;

/** Labs, invitations and shared lists on a real database: the same SQL on SQLite and PostgreSQL. */
abstract class LabsContract {
  @TempDir Path dir;
  Database db;
  Core core;
  PaperStore papers;
  Accounts accounts;
  Labs labs;
  MutableClock clock;
  final List<MailMessage> mailed = new CopyOnWriteArrayList<>();
  String ada;
  String bob;

  abstract String databaseUrl(Path dir);

  @BeforeEach
  void open() {
    db = Database.open(databaseUrl(dir));
    clock = new MutableClock();
    papers = new PaperStore(db, clock);
    core = TestCore.of(dir, db, papers, mailed::add, clock);
    accounts = new Accounts(core, List.of());
    labs = new Labs(core, accounts, new Library(core, accounts, null, t -> List.of()));
    papers.upsert(
        List.of(
            Fixtures.paper(
                "2401.00001", "Sparse $\\alpha$ attention", "abstract one", "2024-01-02"),
            Fixtures.paper("2401.00002", "KV cache merging", "abstract two", "2024-01-03")));
    ada = accounts.findOrCreate("ada@lab.test").id();
    bob = accounts.findOrCreate("bob@lab.test").id();
  }

  @AfterEach
  void close() {
    db.close();
  }

  String invite(Lab lab, String email) {
    labs.invite(lab, email, "https://paperboy.test/labs/join");
    Matcher m = Pattern.compile("t=([A-Za-z0-9_%-]+)").matcher(mailed.getLast().text());
    assertThat(m.find()).isTrue();
    return java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void anInvitationJoinsOnceForItsAddressWithinSevenDays() {
    Lab lab = labs.create("Sparse Attention Lab", "We read about sparsity", ada);
    assertThat(lab.slug()).isEqualTo("sparse-attention-lab");
    assertThatThrownBy(() -> labs.create("sparse attention lab", "", bob))
        .isInstanceOf(LabException.class);

    String token = invite(lab, "Bob@Lab.test");
    assertThat(mailed.getLast().to()).isEqualTo("bob@lab.test");
    assertThat(labs.invitation(token, null)).isInstanceOf(Joining.Valid.class);
    // another signed-in address: nothing joined, the link still works for Bob
    String eve = accounts.findOrCreate("eve@else.test").id();
    assertThat(labs.join(token, eve, "eve@else.test")).isInstanceOf(Joining.OtherAddress.class);
    assertThat(labs.membership(lab, eve)).isEmpty();
    assertThat(labs.join(token, bob, "bob@lab.test")).isInstanceOf(Joining.Joined.class);
    assertThat(labs.membership(lab, bob)).map(Member::role).contains(Member.Role.MEMBER);
    // used: a page says so, nothing joined
    assertThat(labs.join(token, eve, "bob@lab.test")).isInstanceOf(Joining.Used.class);
    assertThat(labs.membership(lab, eve)).isEmpty();

    String late = invite(lab, "eve@else.test");
    clock.advance(Duration.ofDays(7).plusMinutes(1));
    assertThat(labs.join(late, eve, "eve@else.test")).isInstanceOf(Joining.Expired.class);
    assertThat(labs.membership(lab, eve)).isEmpty();
    assertThat(labs.join("made-up", eve, "eve@else.test")).isInstanceOf(Joining.Unknown.class);
  }

  @Test
  void membersLeaveOwnersRemoveAndALabWithoutOwnerPassesToItsEldestMember() {
    Lab lab = labs.create("Kernels", "", ada);
    labs.add("Kernels", "bob@lab.test");
    labs.add("kernels", "carol@lab.test");
    String carol = accounts.findOrCreate("carol@lab.test").id();
    assertThatThrownBy(() -> labs.remove(lab, bob, carol)).isInstanceOf(LabException.class);
    labs.remove(lab, ada, carol);
    assertThat(labs.members(lab))
        .extracting(Member::email)
        .containsExactly("ada@lab.test", "bob@lab.test");

    // the owner deletes her account: the database drops her membership, tidy() hands over
    db.inTransaction(c -> Sql.update(c, "DELETE FROM users WHERE id = ?", ada));
    labs.tidy();
    assertThat(labs.membership(lab, bob)).map(Member::owner).contains(true);
    labs.leave(lab, bob);
    assertThat(labs.find(lab.slug())).isEmpty(); // nobody left: the lab is gone
  }

  @Test
  void aSharedListHoldsPapersWithNotesExportsAndTellsWhoHoldsAPaper() {
    Lab lab = labs.create("Journal", "", ada);
    labs.add("Journal", "bob@lab.test");
    SharedLists lists = labs.lists();
    ReadingList club = lists.create(lab, "Journal club");
    assertThat(club.slug()).isEqualTo("journal-club");
    lists.add(club, "2401.00001", bob, "for Thursday");
    lists.add(club, "2401.00002", ada, null);
    assertThatThrownBy(() -> lists.add(club, "nope", ada, null)).isInstanceOf(LabException.class);
    assertThatThrownBy(() -> lists.add(club, "2401.00002", ada, "a\nb"))
        .isInstanceOf(LabException.class);
    lists.discussed(club, "2401.00001", true);
    List<ListEntry> entries = lists.entries(club);
    assertThat(entries).extracting(e -> e.paper().id()).contains("2401.00001", "2401.00002");
    ListEntry first =
        entries.stream().filter(e -> e.paper().id().equals("2401.00001")).findFirst().orElseThrow();
    assertThat(first.note()).isEqualTo("for Thursday");
    assertThat(first.addedBy()).isEqualTo("bob@lab.test");
    assertThat(first.discussed()).isNotNull();
    assertThat(lists.bibtex(club)).contains("2401.00001").contains("2401.00002");
    assertThat(lists.cslJson(club)).contains("arXiv:2401.00001");
    assertThat(lists.holding(bob, "2401.00001"))
        .containsExactly(
            new SharedLists.Holding("journal", "Journal", "journal-club", "Journal club"));
    assertThat(lists.holding(accounts.findOrCreate("eve@else.test").id(), "2401.00001")).isEmpty();

    // Bob deletes his account: the paper stays on the lab's list, without his name
    db.inTransaction(c -> Sql.update(c, "DELETE FROM users WHERE id = ?", bob));
    assertThat(lists.entries(club))
        .filteredOn(e -> e.paper().id().equals("2401.00001"))
        .singleElement()
        .extracting(ListEntry::addedBy)
        .isNull();
    lists.remove(club, "2401.00001");
    assertThat(lists.entries(club)).hasSize(1);
  }

  @Test
  void theWeekNamesOnlyMembersWhoAgree() {
    Lab lab = labs.create("Week", "", ada);
    labs.add("Week", "bob@lab.test");
    Library library = new Library(core, accounts, null, t -> List.of());
    library.mark(ada, "2401.00001", Mark.SAVED, Origin.PAGE);
    library.mark(bob, "2401.00001", Mark.SAVED, Origin.PAGE);
    labs.showSaves(lab, bob, false);
    List<WeekSave> week = labs.week(lab);
    assertThat(week)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.savedBy()).containsExactly("ada@lab.test");
              assertThat(w.hidden()).isEqualTo(1);
            });
    clock.advance(Duration.ofDays(8));
    assertThat(labs.week(lab)).isEmpty();
  }
}
