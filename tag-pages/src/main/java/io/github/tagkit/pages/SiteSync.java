package io.github.tagkit.pages;

import io.github.tagkit.model.Layout;
import io.github.tagkit.model.Meeting;
import io.github.tagkit.model.Person;
import io.github.tagkit.model.Role;
import io.github.tagkit.model.Tag;
import io.github.tagkit.model.TagFileEditor;
import io.github.tagkit.model.TagRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Brings what the CNCF website's hand-kept TAG pages know newer into the metadata ({@code
 * tag:sync}): the chairs and tech leads of each page's tables (who, their organization, their
 * term), its TOC liaisons and its Slack channel's name. Each fact's direction is decided with
 * evidence, and said: a term that starts later is the newer one; a role whose newest term on the
 * page starts later than any in the metadata was elected after the metadata's last change to it (so
 * who is on the page holds, and a leader the page no longer lists becomes emeritus, as {@code
 * tag:rotate} moves them); anything else goes by which file changed last (its last commit where it
 * is in a git checkout without changes since, else the file's own time). What the metadata lacks
 * (an organization, a name, the channel's name) is taken from the page. What cannot be decided is
 * listed, not changed. Changes are made with {@link TagFileEditor}, so only their lines change and
 * every comment stays; a second sync changes nothing. Pages tagkit generated are skipped: the
 * metadata is their source.
 */
public final class SiteSync {
  private static final List<Role> ROLES = List.of(Role.CHAIR, Role.TECH_LEAD);

  private final Path site;

  /**
   * Syncs from the TAG pages under {@code site}, the site's {@code docs/community/tags}.
   *
   * @param site the site's {@code docs/community/tags}
   */
  public SiteSync(Path site) {
    this.site = Objects.requireNonNull(site, "site");
  }

  /**
   * What a sync did: the edited file, a line per change with its evidence, and a line per fact it
   * could not decide.
   *
   * @param before the file's text before the sync
   * @param editor the editor holding the synced file
   * @param changes a line per change made, with why
   * @param undecided a line per difference left as it is, with why
   */
  public record Result(
      String before, TagFileEditor editor, List<String> changes, List<String> undecided) {

    /**
     * Checks the components and keeps them in the forms the accessors promise.
     *
     * @param before the file's text before the sync
     * @param editor the editor holding the synced file
     * @param changes a line per change made, with why
     * @param undecided a line per difference left as it is, with why
     */
    public Result {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(editor, "editor");
      changes = List.copyOf(changes);
      undecided = List.copyOf(undecided);
    }
  }

  /**
   * Compares {@code metadata} with the site's pages and makes, in an editor, the changes the site
   * has newer; nothing is written.
   *
   * @param metadata the registry or TAG file
   * @return the edited file and what was done
   * @throws IOException when a file cannot be read
   */
  public Result sync(Path metadata) throws IOException {
    TagFileEditor editor = TagFileEditor.open(metadata);
    String before = editor.text();
    TagRegistry registry = editor.registry();
    Optional<LastChange> metadataChanged = LastChange.of(metadata);
    List<String> changes = new ArrayList<>();
    List<String> undecided = new ArrayList<>();
    for (int t = 0; t < registry.tags().size(); t++) {
      Tag tag = registry.tags().get(t);
      Path page = site.resolve(SitePageDrift.pageOf(tag));
      if (!Files.isRegularFile(page)) {
        continue;
      }
      List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
      if (lines.stream().anyMatch(l -> l.contains(PageFiles.BANNER))) {
        continue;
      }
      String pointer = registry.layout() == Layout.SINGLE_TAG ? "" : "/tags/" + t;
      TagSync one =
          new TagSync(
              tag.name(),
              pointer,
              SitePage.of(lines),
              site.relativize(page).toString().replace('\\', '/'),
              LastChange.Dates.of(
                  LastChange.of(page), metadataChanged, metadata.getFileName().toString()),
              changes,
              undecided);
      editor = one.run(editor, t);
    }
    return new Result(before, editor, changes, undecided);
  }

  /** One TAG's page against its entry. */
  private static final class TagSync {
    private final String tag;
    private final String pointer;
    private final SitePage page;
    private final String pageName;
    private final LastChange.Dates dates;
    private final List<String> changes;
    private final List<String> undecided;

    TagSync(
        String tag,
        String pointer,
        SitePage page,
        String pageName,
        LastChange.Dates dates,
        List<String> changes,
        List<String> undecided) {
      this.tag = tag;
      this.pointer = pointer;
      this.page = page;
      this.pageName = pageName;
      this.dates = dates;
      this.changes = changes;
      this.undecided = undecided;
    }

    TagFileEditor run(TagFileEditor editor, int index) {
      TagFileEditor edited = editor;
      for (Role role : ROLES) {
        edited = role(edited, index, role);
      }
      edited = liaisons(edited, index);
      edited = slackChannel(edited, index);
      meetingLinks(edited.registry().tags().get(index));
      return edited;
    }

    private static Tag tag(TagFileEditor editor, int index) {
      return editor.registry().tags().get(index);
    }

    private TagFileEditor role(TagFileEditor editor, int index, Role role) {
      String heading = role == Role.CHAIR ? "chairs" : "tech leads";
      String title = role.title().toLowerCase(Locale.ROOT);
      List<SitePage.Row> rows = page.rows(heading);
      if (rows.isEmpty()) {
        return editor; // no table read: nothing to say who is on the page
      }
      String list = pointer + "/leadership/" + role.key();
      List<Person> people = tag(editor, index).people(role);
      Optional<LocalDate> siteNewest =
          rows.stream().flatMap(r -> r.start().stream()).max(LocalDate::compareTo);
      Optional<LocalDate> metadataNewest =
          people.stream()
              .flatMap(p -> p.term().stream())
              .map(t -> t.start())
              .max(LocalDate::compareTo);
      Optional<Boolean> pageNewer;
      String evidence;
      if (siteNewest.isPresent()
          && (metadataNewest.isEmpty() || siteNewest.get().isAfter(metadataNewest.get()))) {
        pageNewer = Optional.of(true);
        evidence =
            "the page's newest "
                + title
                + " term starts "
                + siteNewest.get()
                + metadataNewest.map(d -> ", the metadata's " + d).orElse("");
      } else if (metadataNewest.isPresent()
          && (siteNewest.isEmpty() || metadataNewest.get().isAfter(siteNewest.get()))) {
        pageNewer = Optional.of(false);
        evidence =
            "the metadata's newest "
                + title
                + " term starts "
                + metadataNewest.get()
                + siteNewest.map(d -> ", the page's " + d).orElse("");
      } else {
        pageNewer = dates.pageNewer();
        evidence = dates.evidence();
      }

      TagFileEditor edited = editor;
      // who is on both: their term, organization and name
      for (SitePage.Row row : rows) {
        int at = indexOf(tag(edited, index).people(role), row.handle());
        if (at >= 0) {
          edited = person(edited, list + "/" + at, people(edited, index, role).get(at), row, title);
        }
      }
      // who is on the page only
      for (int r = 0; r < rows.size(); r++) {
        SitePage.Row row = rows.get(r);
        List<Person> now = people(edited, index, role);
        if (indexOf(now, row.handle()) >= 0) {
          continue;
        }
        String who = title + " @" + row.handle() + " (" + row.name() + ")";
        if (pageNewer.isEmpty()) {
          undecided(
              pageName
                  + ":"
                  + row.line()
                  + " lists "
                  + who
                  + ", whom the metadata does not; "
                  + evidence);
          continue;
        }
        if (!pageNewer.get()) {
          continue; // the page is older: regenerating it drops the row
        }
        int before = insertionPoint(rows, r, now);
        edited = edited.insert(list, before, entry(row));
        changes.add(
            tag
                + ": added "
                + who
                + row.start().map(s -> ", term " + s + " to " + row.end().orElse(null)).orElse("")
                + ", from the website ("
                + evidence
                + ")");
      }
      // who is in the metadata only
      Set<String> onPage = new TreeSet<>();
      rows.forEach(r -> onPage.add(r.handle().toLowerCase(Locale.ROOT)));
      List<Person> now = people(edited, index, role);
      int moved = 0;
      for (int i = 0; i < now.size(); i++) {
        Person person = now.get(i);
        Optional<String> handle = person.github().map(String::strip);
        if (handle.isEmpty() || onPage.contains(handle.get().toLowerCase(Locale.ROOT))) {
          continue;
        }
        String who =
            title + " @" + handle.get() + person.name().map(n -> " (" + n + ")").orElse("");
        if (pageNewer.isEmpty()) {
          undecided(pageName + " does not list " + who + "; " + evidence);
          continue;
        }
        if (!pageNewer.get()) {
          continue;
        }
        edited =
            edited.move(
                list + "/" + (i - moved), pointer + "/leadership/emeritus_leads", List.of("email"));
        moved++;
        changes.add(
            tag
                + ": "
                + who
                + " is emeritus, no longer on the website's page"
                + person.term().map(t -> " (term " + t.start() + " to " + t.end() + ")").orElse("")
                + " ("
                + evidence
                + ")");
      }
      return edited;
    }

    private static List<Person> people(TagFileEditor editor, int index, Role role) {
      return tag(editor, index).people(role);
    }

    /** Where a row the metadata lacks goes: after the metadata's entry of the row before it. */
    private static int insertionPoint(List<SitePage.Row> rows, int r, List<Person> people) {
      for (int k = r - 1; k >= 0; k--) {
        int at = indexOf(people, rows.get(k).handle());
        if (at >= 0) {
          return at + 1;
        }
      }
      for (int k = r + 1; k < rows.size(); k++) {
        int at = indexOf(people, rows.get(k).handle());
        if (at >= 0) {
          return at;
        }
      }
      return people.size();
    }

    private static int indexOf(List<Person> people, String handle) {
      for (int i = 0; i < people.size(); i++) {
        if (people.get(i).github().map(String::strip).orElse("").equalsIgnoreCase(handle)) {
          return i;
        }
      }
      return -1;
    }

    private static Map<String, Object> entry(SitePage.Row row) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("github", row.handle());
      if (!row.name().isBlank()) {
        entry.put("name", row.name());
      }
      row.company().ifPresent(c -> entry.put("company", c));
      if (row.start().isPresent() && row.end().isPresent()) {
        Map<String, Object> term = new LinkedHashMap<>();
        term.put("start", row.start().get().toString());
        term.put("end", row.end().get().toString());
        entry.put("term", term);
      }
      return entry;
    }

    /** One leader on both sides: the term, organization and name the newer side gives. */
    private TagFileEditor person(
        TagFileEditor editor, String at, Person person, SitePage.Row row, String title) {
      TagFileEditor edited = editor;
      String who = title + " @" + row.handle();
      if (person.term().isPresent() && row.start().isPresent() && row.end().isPresent()) {
        LocalDate start = person.term().get().start();
        LocalDate end = person.term().get().end();
        LocalDate siteStart = row.start().get();
        LocalDate siteEnd = row.end().get();
        boolean take = false;
        String why = "";
        if (siteStart.isAfter(start)) {
          take = true;
          why = "the website's term starts later";
        } else if (siteStart.equals(start) && !siteEnd.equals(end)) {
          if (dates.pageNewer().isEmpty()) {
            undecided(
                pageName
                    + ":"
                    + row.line()
                    + " ends "
                    + who
                    + "'s term "
                    + siteEnd
                    + ", the metadata "
                    + end
                    + "; "
                    + dates.evidence());
          } else if (dates.pageNewer().get()) {
            take = true;
            why = dates.evidence();
          }
        }
        if (take) {
          edited =
              edited
                  .set(at + "/term/start", siteStart.toString())
                  .set(at + "/term/end", siteEnd.toString());
          changes.add(
              tag
                  + ": "
                  + who
                  + "'s term "
                  + start
                  + " to "
                  + end
                  + " is now "
                  + siteStart
                  + " to "
                  + siteEnd
                  + ", from the website ("
                  + why
                  + ")");
        }
      }
      edited =
          value(
              edited,
              at + "/company",
              who + "'s organization",
              person.company(),
              row.company(),
              row);
      // the site shows the handle where it knows no name
      Optional<String> name =
          row.name().isBlank() || row.name().equalsIgnoreCase(row.handle())
              ? Optional.empty()
              : Optional.of(row.name());
      return value(edited, at + "/name", who + "'s name", person.name(), name, row);
    }

    /** A value the page gives: taken when the metadata lacks it, or when the page is newer. */
    private TagFileEditor value(
        TagFileEditor editor,
        String at,
        String what,
        Optional<String> metadata,
        Optional<String> site,
        SitePage.Row row) {
      if (site.isEmpty() || metadata.map(String::strip).equals(site)) {
        return editor;
      }
      String why;
      if (metadata.isEmpty() || metadata.get().isBlank()) {
        why = "the metadata had none";
      } else if (dates.pageNewer().isEmpty()) {
        undecided(
            pageName
                + ":"
                + row.line()
                + " gives "
                + what
                + " as '"
                + site.get()
                + "', the metadata '"
                + metadata.get()
                + "'; "
                + dates.evidence());
        return editor;
      } else if (dates.pageNewer().get()) {
        why = dates.evidence();
      } else {
        return editor;
      }
      changes.add(
          tag
              + ": "
              + what
              + " is now '"
              + site.get()
              + "'"
              + metadata.filter(m -> !m.isBlank()).map(m -> ", was '" + m + "'").orElse("")
              + ", from the website ("
              + why
              + ")");
      return editor.set(at, site.get());
    }

    private TagFileEditor liaisons(TagFileEditor editor, int index) {
      List<SitePage.Liaison> items = page.liaisons();
      if (items.isEmpty()) {
        return editor;
      }
      List<Person> liaisons = tag(editor, index).contact().tocLiaisons();
      Set<String> onPage = new TreeSet<>();
      items.forEach(l -> onPage.add(l.handle().toLowerCase(Locale.ROOT)));
      Set<String> inMetadata = new TreeSet<>();
      liaisons.forEach(
          p -> p.github().ifPresent(h -> inMetadata.add(h.strip().toLowerCase(Locale.ROOT))));
      if (onPage.equals(inMetadata)) {
        return editor;
      }
      if (dates.pageNewer().isEmpty()) {
        undecided(
            pageName
                + " lists the TOC liaisons "
                + onPage
                + ", the metadata "
                + inMetadata
                + "; "
                + dates.evidence());
        return editor;
      }
      if (!dates.pageNewer().get()) {
        return editor;
      }
      String list = pointer + "/contact/toc_liaison";
      TagFileEditor edited = editor;
      for (int i = liaisons.size() - 1; i >= 0; i--) {
        Optional<String> handle = liaisons.get(i).github().map(String::strip);
        if (handle.isPresent() && !onPage.contains(handle.get().toLowerCase(Locale.ROOT))) {
          edited = edited.remove(list + "/" + i);
          changes.add(
              tag
                  + ": TOC liaison @"
                  + handle.get()
                  + " removed, no longer on the website's page ("
                  + dates.evidence()
                  + ")");
        }
      }
      for (SitePage.Liaison item : items) {
        if (!inMetadata.contains(item.handle().toLowerCase(Locale.ROOT))) {
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("github", item.handle());
          entry.put("name", item.name());
          edited = edited.add(list, entry);
          changes.add(
              tag
                  + ": TOC liaison @"
                  + item.handle()
                  + " ("
                  + item.name()
                  + ") added, from the website ("
                  + dates.evidence()
                  + ")");
        }
      }
      return edited;
    }

    private TagFileEditor slackChannel(TagFileEditor editor, int index) {
      Optional<Map.Entry<String, Integer>> channel = page.slackChannel();
      if (channel.isEmpty()) {
        return editor;
      }
      String name = channel.get().getKey();
      Optional<String> known = tag(editor, index).contact().slackChannel().map(String::strip);
      if (known.map(k -> k.replaceFirst("^#", "")).equals(Optional.of(name))) {
        return editor;
      }
      if (tag(editor, index).contact().slack().isEmpty()) {
        return editor; // a channel the metadata does not have is not named into it
      }
      if (known.isPresent()) {
        if (dates.pageNewer().isEmpty()) {
          undecided(
              pageName
                  + ":"
                  + channel.get().getValue()
                  + " names the Slack channel #"
                  + name
                  + ", the metadata "
                  + known.get()
                  + "; "
                  + dates.evidence());
          return editor;
        }
        if (!dates.pageNewer().get()) {
          return editor;
        }
      }
      changes.add(
          tag
              + ": the Slack channel's name is #"
              + name
              + ", from the website"
              + (known.isEmpty()
                  ? " (the metadata had only its ID)"
                  : " (" + dates.evidence() + ")"));
      return editor.set(pointer + "/contact/slack_channel", name);
    }

    /** Meeting links of the page that no meeting of the metadata has: said, not guessed. */
    private void meetingLinks(Tag current) {
      Set<String> known = new TreeSet<>();
      for (Meeting meeting : current.meetings()) {
        meeting.tagCalendar().ifPresent(known::add);
        meeting.recordingsUrl().ifPresent(known::add);
        meeting.meetingNotesUrl().ifPresent(known::add);
        meeting.agendaUrl().ifPresent(known::add);
        meeting.zoomUrl().ifPresent(known::add);
      }
      for (Map.Entry<String, Integer> link : page.links("meetings")) {
        if (!known.contains(link.getKey())) {
          undecided(
              pageName
                  + ":"
                  + link.getValue()
                  + " links "
                  + link.getKey()
                  + " under Meetings, which no meeting of the metadata has; add it to the meeting"
                  + " it belongs to by hand");
        }
      }
    }

    private void undecided(String what) {
      undecided.add(tag + ": " + what);
    }
  }
}
