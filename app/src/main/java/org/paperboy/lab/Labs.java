package org.paperboy.lab;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.paperboy.account.Accounts;
import org.paperboy.core.Core;
import org.paperboy.db.Database;
import org.paperboy.library.Library;
import org.paperboy.mail.EmailAddress;
import org.paperboy.mail.MailException;
import org.paperboy.mail.MailMessage;
import org.paperboy.mail.Mailer;
import org.paperboy.paper.PaperStore;

/**
 * Labs: people who read papers together. Owners invite by email and remove; members leave. Each lab
 * has shared reading lists ({@link #lists()}) and topics its channels post papers for. The
 * package's one public entry.
 */
public final class Labs {
  static final int MAX_LISTS = 50;
  static final int MAX_LIST_PAPERS = 2_000;
  static final java.util.Set<String> RESERVED = java.util.Set.of("join", "add");

  private final LabStore store;
  private final Invitations invitations;
  private final LabTopics topics;
  private final WeekSaves week;
  private final SharedLists lists;
  private final Accounts accounts;
  private final Mailer mailer;
  private final Clock clock;

  public Labs(Core core, Accounts accounts, Library library) {
    Database db = core.database();
    PaperStore papers = core.papers();
    Mailer mailer = core.mailer();
    Clock clock = core.clock();
    this.store = new LabStore(db, accounts);
    this.invitations = new Invitations(db, store);
    this.topics = new LabTopics(db);
    this.week = new WeekSaves(library, papers, store);
    this.lists = new SharedLists(new ListStore(db, accounts), papers, this, clock);
    this.accounts = accounts;
    this.mailer = mailer;
    this.clock = clock;
  }

  public SharedLists lists() {
    return lists;
  }

  /** A new lab with its first owner. */
  public Lab create(String rawName, String description, String ownerId) {
    String name = Slugs.name(rawName, "lab", 100);
    String about = description == null ? "" : description.strip();
    if (about.length() > 300) {
      throw LabException.invalid("A lab's description is at most 300 characters.");
    }
    String slug = Slugs.of(name);
    slug = RESERVED.contains(slug) ? slug + "-lab" : slug; // /labs/join and /labs/add are pages
    Lab lab = new Lab(UUID.randomUUID().toString(), slug, name, about, clock.instant());
    if (!store.create(lab, ownerId)) {
      throw LabException.invalid("There is a lab called “" + name + "” already.");
    }
    return lab;
  }

  /** The operator's way: a lab owned by the person with this address (created if new). */
  public Lab createFor(String name, String description, String ownerEmail) {
    return create(name, description, userFor(ownerEmail));
  }

  /** The operator's way: adds people to a lab by address, without an invitation. */
  public void add(String labName, String email) {
    Lab lab = named(labName);
    store.join(lab.id(), userFor(email), Member.Role.MEMBER, clock.instant());
  }

  private String userFor(String email) {
    if (EmailAddress.normalise(email).isEmpty()) {
      throw LabException.invalid(EmailAddress.problem(email));
    }
    return accounts.findOrCreate(email).id();
  }

  /** The lab by its name or slug. */
  public Lab named(String name) {
    return store
        .byName(name == null ? "" : name.strip())
        .orElseThrow(() -> LabException.notFound("There is no lab called “" + name + "”."));
  }

  public Optional<Lab> find(String slug) {
    return store.bySlug(slug);
  }

  public List<Lab> all() {
    return store.all();
  }

  /** The labs the person belongs to. */
  public List<Lab> of(String userId) {
    return userId == null ? List.of() : store.of(userId);
  }

  public List<Member> members(Lab lab) {
    return store.members(lab.id());
  }

  /** The person's membership, if they are in the lab. */
  public Optional<Member> membership(Lab lab, String userId) {
    return userId == null ? Optional.empty() : store.member(lab.id(), userId);
  }

  /** The lab, when the person is in it: 404 for anybody else (whether it exists is not said). */
  public Lab forMember(String slug, String userId) {
    Optional<Lab> lab = find(slug);
    if (lab.isEmpty() || membership(lab.get(), userId).isEmpty()) {
      throw LabException.notFound("You are in no lab at /labs/" + slug + ".");
    }
    return lab.get();
  }

  /** The lab, when the person owns it. */
  public Lab forOwner(String slug, String userId) {
    Lab lab = forMember(slug, userId);
    if (!membership(lab, userId).orElseThrow().owner()) {
      throw LabException.forbidden("Only the lab's owners may do that.");
    }
    return lab;
  }

  /**
   * Mails an invitation to join the lab; its link (good once, for 7 days, for this address only)
   * opens {@code joinUrl?t=TOKEN}.
   */
  public void invite(Lab lab, String rawEmail, String joinUrl) {
    String email =
        EmailAddress.normalise(rawEmail)
            .orElseThrow(() -> LabException.invalid(EmailAddress.problem(rawEmail)));
    Instant now = clock.instant();
    String token = invitations.create(lab.id(), email, now);
    String link = joinUrl + "?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    String text =
        "You are invited to join the lab “"
            + lab.name()
            + "” on Paperboy, to share reading lists with its members.\n\n"
            + "Join: "
            + link
            + "\n\nThe link works once, for "
            + Invitations.LIFETIME.toDays()
            + " days, after you sign in with "
            + email
            + ". If you did not expect it, ignore this mail.\n";
    try {
      mailer.send(MailMessage.plain(email, "Join " + lab.name() + " on Paperboy", text));
    } catch (MailException e) {
      throw LabException.invalid("The invitation could not be mailed just now: try again later.");
    }
  }

  /** What an invitation link would do for the address (null: nobody signed in), unused. */
  public Joining invitation(String token, String email) {
    return invitations.check(token, email, clock.instant());
  }

  /** Uses the invitation for the signed-in person: joined, or why not (nothing joined then). */
  public Joining join(String token, String userId, String email) {
    return invitations.redeem(token, userId, email, clock.instant());
  }

  /** The person leaves the lab (the last owner leaving hands it to the eldest member). */
  public void leave(Lab lab, String userId) {
    store.remove(lab.id(), userId);
  }

  /** An owner takes someone out of the lab. */
  public void remove(Lab lab, String ownerId, String userId) {
    if (!membership(lab, ownerId).map(Member::owner).orElse(false)) {
      throw LabException.forbidden("Only the lab's owners may remove people.");
    }
    store.remove(lab.id(), userId);
  }

  /** Whether the lab page names the person beside what they saved this week. */
  public void showSaves(Lab lab, String userId, boolean show) {
    store.showSaves(lab.id(), userId, show);
  }

  /** What members saved this week, newest first; only those who agree are named. */
  public List<WeekSave> week(Lab lab) {
    return week.of(lab.id(), clock.instant());
  }

  public List<LabTopic> topics(Lab lab) {
    return topics.of(lab.id());
  }

  public void addTopic(Lab lab, String name, String query) {
    topics.add(lab.id(), name, query);
  }

  public boolean removeTopic(Lab lab, String topicId) {
    return topics.remove(lab.id(), topicId);
  }

  /**
   * Labs whose last owner deleted their account get the longest-standing member as owner; labs with
   * nobody left are deleted. Returns how many were looked at.
   */
  public int tidy() {
    return store.tidy();
  }
}
