package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.ProjectFiles;
import io.github.tagkit.validator.Finding;
import io.github.tagkit.validator.TagValidator;
import io.github.tagkit.validator.spi.Fix;
import io.github.tagkit.validator.spi.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two other hand-kept copies of the leadership against the real registry excerpt: the TOC
 * README's liaison list and cncf/people's tag-leads team, both their real texts; each fix, made as
 * a code-scanning tool makes it, leaves nothing to report.
 */
class OtherCopiesTest {
  private static final Path RESOURCES = GoldenPagesTest.RESOURCES;

  private static List<Finding> findings(Path tags, Rule rule) {
    return TagValidator.builder()
        .today(LocalDate.of(2026, 7, 1))
        .baseDirectory(tags.getParent())
        .rule(rule)
        .build()
        .validate(tags)
        .findings()
        .stream()
        .filter(f -> f.ruleId().equals(rule.id()))
        .toList();
  }

  /** {@code text} with the fixes' replacements made, the later ones first, as SARIF tools do. */
  static String fixed(String text, List<Finding> findings) {
    List<Fix.Replacement> replacements = new ArrayList<>();
    findings.forEach(f -> replacements.add(f.fix().orElseThrow().replacement().orElseThrow()));
    replacements.sort(
        Comparator.comparingInt(Fix.Replacement::startLine)
            .thenComparingInt(Fix.Replacement::startColumn)
            .reversed());
    StringBuilder out = new StringBuilder(text);
    for (Fix.Replacement r : replacements) {
      out.replace(
          offset(out, r.startLine(), r.startColumn()),
          offset(out, r.endLine(), r.endColumn()),
          r.insertedText());
    }
    return out.toString();
  }

  private static int offset(CharSequence text, int line, int column) {
    int at = 0;
    for (int l = 1; l < line; l++) {
      while (at < text.length() && text.charAt(at) != '\n') {
        at++;
      }
      at++;
    }
    return Math.min(at + column - 1, text.length());
  }

  /** The README and the registry as changed at one time: neither is newer. */
  private static void sameTime(Path dir) throws Exception {
    java.nio.file.attribute.FileTime at =
        java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2026-06-30T12:00:00Z"));
    Files.setLastModifiedTime(dir.resolve("README.md"), at);
    Files.setLastModifiedTime(dir.resolve("tags.yaml"), at);
  }

  private static Path registryWithReadme(Path dir) throws Exception {
    Path tags = dir.resolve("tags.yaml");
    Files.copy(ProjectFiles.excerpt(), tags);
    Files.copy(RESOURCES.resolve("cncf-toc-readme/README.md"), dir.resolve("README.md"));
    Files.createDirectories(dir.resolve(".git"));
    return tags;
  }

  @Test
  void theReadmesLiaisonListNamesExactlyTheGroupsOfTheRegistry(@TempDir Path dir) throws Exception {
    Path tags = registryWithReadme(dir);
    // The real list agrees with the excerpt: the groups it names that the excerpt does not hold
    // (TAG Security and Compliance, TAG Developer Experience, the TCGs) are left alone.
    assertThat(findings(tags, new ReadmeLiaisons())).isEmpty();
    // A liaison moved in the registry and not in the list
    Files.writeString(
        tags,
        Files.readString(tags)
            .replace(
                "        - github: jeremyrickard\n          name: Jeremy Rickard\n",
                "        - github: jeremyrickard\n          name: Jeremy Rickard\n"
                    + "        - github: abebars\n          name: Ahmed Bebars\n"));
    sameTime(dir);
    List<Finding> findings = findings(tags, new ReadmeLiaisons());
    assertThat(findings)
        .extracting(f -> f.location().file() + ":" + f.location().line() + " " + f.message())
        .containsExactly(
            "README.md:12 the README's liaison list gives @abebars TAG Developer Experience, TOC"
                + " Project Reviews Subproject; tags.yaml makes them liaison of TAG Operational"
                + " Resilience, TAG Workloads Foundation: write '* **Ahmed Bebars**"
                + " ([@abebars](https://github.com/abebars)) — TAG Developer Experience, TOC Project"
                + " Reviews Subproject, TAG Operational Resilience, TAG Workloads Foundation'"
                + " ('mvn tag:fix' writes it)");
    Path readme = dir.resolve("README.md");
    String before = Files.readString(readme);
    Files.writeString(readme, fixed(before, findings));
    assertThat(findings(tags, new ReadmeLiaisons())).isEmpty();
    // the fix changed that one line
    List<String> changed = new ArrayList<>(Files.readAllLines(readme));
    changed.removeAll(before.lines().toList());
    assertThat(changed).hasSize(1);
  }

  @Test
  void aGroupTheRegistryNoLongerGivesALiaisonIsTakenOutOfTheirLine(@TempDir Path dir)
      throws Exception {
    Path tags = registryWithReadme(dir);
    Files.writeString(
        tags,
        Files.readString(tags)
            // the first of their two entries: TAG Operational Resilience's
            .replaceFirst("        - github: jeremyrickard\n          name: Jeremy Rickard\n", ""));
    sameTime(dir);
    List<Finding> findings = findings(tags, new ReadmeLiaisons());
    assertThat(findings)
        .extracting(f -> f.location().line() + " " + f.message())
        .containsExactly(
            "13 the README's liaison list gives @jeremyrickard TAG Workloads Foundation, TAG"
                + " Operational Resilience; tags.yaml makes them liaison of TAG Workloads"
                + " Foundation: write '* **Jeremy Rickard** ([@jeremyrickard]"
                + "(https://github.com/jeremyrickard)) — TAG Workloads Foundation'"
                + " ('mvn tag:fix' writes it)");
    Path readme = dir.resolve("README.md");
    Files.writeString(readme, fixed(Files.readString(readme), findings));
    assertThat(findings(tags, new ReadmeLiaisons())).isEmpty();
  }

  @Test
  void aLiaisonTheListLacksIsAddedRightAfterItsLastItem(@TempDir Path dir) throws Exception {
    Path tags = registryWithReadme(dir);
    Path readme = dir.resolve("README.md");
    Files.writeString(
        readme, Files.readString(readme).replaceAll("(?m)^\\* \\*\\*Faseela K\\*\\*.*\\n", ""));
    sameTime(dir);
    List<Finding> findings = findings(tags, new ReadmeLiaisons());
    assertThat(findings)
        .extracting(f -> f.location().line() + " " + f.message())
        .containsExactly(
            "2 the README's liaison list lacks @kfaseela, liaison of TAG Infrastructure, TAG"
                + " Operational Resilience in tags.yaml: add '* **Faseela K**"
                + " ([@kfaseela](https://github.com/kfaseela)) — TAG Infrastructure, TAG Operational"
                + " Resilience' ('mvn tag:fix' writes it)");
    Files.writeString(readme, fixed(Files.readString(readme), findings));
    assertThat(Files.readString(readme))
        .contains(
            "* **Joseph Sandoval** ([@jrsapi](https://github.com/jrsapi)) — TAG Developer"
                + " Experience, TAG Workloads Foundation\n"
                + "* **Faseela K** ([@kfaseela](https://github.com/kfaseela)) — TAG Infrastructure,"
                + " TAG Operational Resilience\n");
    assertThat(findings(tags, new ReadmeLiaisons())).isEmpty();
  }

  /**
   * Which copy is newer is said with each finding, and tag:fix's edit of the README is the edit a
   * code-scanning tool makes of the same findings.
   */
  @Test
  void theNewerCopyIsNamedAndTagFixWritesTheReadmesLines(@TempDir Path dir) throws Exception {
    Path tags = registryWithReadme(dir);
    Files.writeString(
        tags,
        Files.readString(tags)
            .replaceFirst("        - github: jeremyrickard\n          name: Jeremy Rickard\n", ""));
    Path readme = dir.resolve("README.md");
    Files.setLastModifiedTime(
        readme,
        java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2026-06-30T12:00:00Z")));
    Files.setLastModifiedTime(
        tags,
        java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2026-07-02T12:00:00Z")));
    assertThat(findings(tags, new ReadmeLiaisons()))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .endsWith(
                        " (the registry is newer: README.md changed 2026-06-30 (the file's own time)"
                            + " before tags.yaml did, 2026-07-02 (the file's own time); 'mvn"
                            + " tag:fix' writes it)"));
    Files.setLastModifiedTime(
        readme,
        java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2026-07-03T12:00:00Z")));
    List<Finding> findings = findings(tags, new ReadmeLiaisons("mvn tag:fix -Dtag.files=x"));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .endsWith(
                        " (the README is newer: README.md changed 2026-07-03 (the file's own time)"
                            + " after tags.yaml did, 2026-07-02 (the file's own time); if it is"
                            + " right, correct toc_liaison in the registry instead; else 'mvn"
                            + " tag:fix -Dtag.files=x' writes it)"));
    io.github.tagkit.validator.Report report =
        TagValidator.builder()
            .today(LocalDate.of(2026, 7, 1))
            .baseDirectory(dir)
            .rule(new ReadmeLiaisons())
            .build()
            .validate(tags);
    List<io.github.tagkit.validator.Fixer.TextEdit> edits =
        io.github.tagkit.validator.Fixer.otherFiles(report, dir);
    assertThat(edits).singleElement().satisfies(e -> assertThat(e.file()).isEqualTo(readme));
    assertThat(edits.get(0).after()).isEqualTo(fixed(Files.readString(readme), findings));
    // a file outside the directory findings are named from is never edited
    assertThat(io.github.tagkit.validator.Fixer.otherFiles(report, dir.resolve("elsewhere")))
        .isEmpty();
  }

  @Test
  void theTagLeadsTeamListsExactlyTheLeadersOfTheRegistry(@TempDir Path dir) throws Exception {
    Path tags = dir.resolve("repository/tags.yaml");
    Files.createDirectories(tags.getParent().resolve(".git"));
    Files.copy(ProjectFiles.excerpt(), tags);
    Path people = dir.resolve("people/config.yaml");
    Files.createDirectories(people.getParent().resolve(".git"));
    Files.copy(RESOURCES.resolve("cncf-people/config.yaml"), people);
    String before = Files.readString(people);

    List<Finding> findings = findings(tags, new PeopleTagLeads(people));
    // named as a pull request on cncf/people shows the file
    assertThat(findings).allMatch(f -> f.location().file().equals("config.yaml"));
    List<String> missing = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    for (Finding f : findings) {
      String handle = f.message().replaceFirst("^.*? @([A-Za-z0-9-]+).*$", "$1");
      (f.message().contains(" lacks @") ? missing : extra).add(handle);
    }
    // every chair, tech lead and subproject lead of the excerpt but the four who are members
    // (kad, srust, rajaskakodkar, xing-yang)
    assertThat(missing)
        .containsExactlyInAnyOrder(
            "GenPage",
            "kashifest",
            "alexagriffith",
            "aojea",
            "bschaatsbergen",
            "nicholasjackson",
            "hzxuzhonghu",
            "alolita",
            "krol3",
            "saiyam1814",
            "raffaelespazzoli",
            "halcyondude",
            "palnabarun",
            "nikimanoledaki",
            "AntonioDiTuri",
            "catblade",
            "pacoxu",
            "terrytangyuan",
            "RainbowMango",
            "kerthcet",
            "stackedsax",
            "asm582");
    // the members who lead nothing in the excerpt, in the file's order; the maintainer and the
    // commented-out "pending org invite" lines are not members
    assertThat(extra)
        .containsExactly(
            "raravena80",
            "jberkus",
            "CathPag",
            "geekygirldawn",
            "aliok",
            "riaankleinhans",
            "chira001",
            "ashutosh-narkar",
            "JustinCappos",
            "mlieberman85");
    assertThat(findings)
        .filteredOn(f -> f.message().contains("@GenPage"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location().line()).isEqualTo(72);
              assertThat(f.message())
                  .isEqualTo(
                      "the tag-leads team lacks @GenPage, chair of TAG Infrastructure: add '-"
                          + " GenPage # TAG Infrastructure' to its members");
            });
    assertThat(findings)
        .filteredOn(f -> f.message().contains("@raravena80"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location().line()).isEqualTo(75);
              assertThat(f.message())
                  .isEqualTo(
                      "the tag-leads team lists @raravena80 (# Runtime), who leads no TAG, TAG"
                          + " subproject or TOC subproject of tags.yaml: remove the line");
            });

    // made as code scanning offers them, the fixes leave the team as the registry has it, every
    // other line and comment as it was
    String after = fixed(before, findings);
    Files.writeString(people, after);
    assertThat(findings(tags, new PeopleTagLeads(people))).isEmpty();
    assertThat(after)
        .contains("      - xing-yang # Storage\n      - ")
        .contains("      - GenPage # TAG Infrastructure\n")
        .contains("#     - tbd on others\n")
        .contains("    maintainers:\n      - mrbobbytables\n");
    assertThat(after.lines().filter(l -> l.startsWith("#")))
        .containsExactlyElementsOf(before.lines().filter(l -> l.startsWith("#")).toList());
    assertThat(
            io.github.tagkit.model.MetadataDocument.parse(after.getBytes(), "config.yaml")
                .problems())
        .isEmpty();
  }

  /**
   * Metadata from a pull request reaches the README's and cncf/people's lines only as the text it
   * is: a liaison's name with markup and a line break, a group named to start a YAML item, a handle
   * with a line break. Read back by commonmark-java and as YAML, each fix is one line that says no
   * more.
   */
  @Test
  void hostileNamesReachTheFixesAsTextOnly(@TempDir Path dir) throws Exception {
    Path tags = registryWithReadme(dir);
    Files.writeString(
        tags,
        Files.readString(tags)
            .replace("    name: TAG Infrastructure\n", "    name: \"TAG Infra\\n  - pwned # x\"\n")
            .replace(
                "        - github: brandtkeller\n          name: Brandt Keller\n",
                "        - github: evil\n          name: \"Evil](javascript:alert(1)) **b**\\n* injected\"\n")
            .replace("        - github: GenPage\n", "        - github: \"GenPage\\n  - pwned\"\n"));
    sameTime(dir);
    List<Finding> readme = findings(tags, new ReadmeLiaisons());
    String fixedReadme = fixed(Files.readString(dir.resolve("README.md")), readme);
    org.commonmark.node.Node parsed =
        org.commonmark.parser.Parser.builder().build().parse(fixedReadme);
    List<String> targets = new ArrayList<>();
    parsed.accept(
        new org.commonmark.node.AbstractVisitor() {
          @Override
          public void visit(org.commonmark.node.Link link) {
            targets.add(link.getDestination());
          }
        });
    assertThat(targets).isNotEmpty().allMatch(t -> t.startsWith("https://github.com/"));
    assertThat(fixedReadme).doesNotContain("\n* injected");
    assertThat(readme)
        .allMatch(
            f ->
                f.fix().orElseThrow().replacement().orElseThrow().insertedText().lines().count()
                    <= 1);

    Path people = dir.resolve("people/config.yaml");
    Files.createDirectories(people.getParent());
    Files.copy(RESOURCES.resolve("cncf-people/config.yaml"), people);
    List<Finding> team = findings(tags, new PeopleTagLeads(people));
    assertThat(team).isNotEmpty().noneMatch(f -> f.message().contains("pwned\n"));
    String after = fixed(Files.readString(people), team);
    io.github.tagkit.model.MetadataDocument read =
        io.github.tagkit.model.MetadataDocument.parse(after.getBytes(), "config.yaml");
    assertThat(read.problems()).isEmpty();
    // no member the fixes added is anything but a handle
    @SuppressWarnings("unchecked")
    List<Object> teams = (List<Object>) read.value("/teams").orElseThrow();
    for (int i = 0; i < teams.size(); i++) {
      read.value("/teams/" + i + "/members")
          .ifPresent(
              members ->
                  assertThat((List<?>) members)
                      .allMatch(m -> String.valueOf(m).matches("[A-Za-z0-9-]+")));
    }
    // the hostile group name is inside the comment of its line, never an item of its own
    assertThat(after).doesNotContainPattern("(?m)^\\s*- pwned");
  }
}
