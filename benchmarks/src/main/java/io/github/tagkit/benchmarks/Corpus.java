package io.github.tagkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Synthetic TAG metadata of any size: single-TAG files of about 90 lines each (one TAG entry, like
 * the real registry's), or one registry with N TAGs, with a chosen share of seeded errors. The same
 * arguments give the same bytes.
 *
 * <pre>usage: Corpus files|registry COUNT ERROR_RATE OUTPUT_DIR
 *        Corpus schema OUTPUT_FILE    (tagkit's JSON Schema, for ajv-cli)</pre>
 */
public final class Corpus {
  /** tagkit's JSON Schema, as tag-validator ships it. */
  static final String SCHEMA = "/io/github/tagkit/validator/tag-metadata.schema.json";

  private Corpus() {}

  /** One TAG entry, indented for a registry list ({@code indent} " ") or at the root (""). */
  static String tag(int n, boolean broken, String indent) {
    String name = "TAG Example " + n;
    String dir = "tag-example-" + n;
    StringBuilder yaml = new StringBuilder();
    String first = indent.isEmpty() ? "" : indent.substring(2) + "- ";
    yaml.append(first).append("dir: ").append(dir).append('\n');
    line(yaml, indent, "name: " + name);
    line(yaml, indent, "mission_statement: >");
    line(
        yaml,
        indent,
        "  Data, Storage, Network, DNS, Compute, Service Mesh, Infrastructure-as-Code, Edge");
    line(yaml, indent, "charter_link: charter.md");
    line(yaml, indent, "label: " + dir);
    line(yaml, indent, "leadership:");
    line(yaml, indent, "  chairs:");
    for (int i = 0; i < 3; i++) {
      person(
          yaml, indent + "    ", "chair-" + n + "-" + i, "Chair " + i, "2025-07-01", "2027-06-30");
    }
    line(yaml, indent, "  tech_leads:");
    for (int i = 0; i < 5; i++) {
      boolean expired = broken && i == 0;
      person(
          yaml,
          indent + "    ",
          "lead-" + n + "-" + i,
          "Lead " + i,
          expired ? "2023-07-01" : "2025-07-02",
          expired ? "2024-06-30" : "2027-06-30");
    }
    line(yaml, indent, "meetings:");
    line(yaml, indent, "  - description: " + name + " Meetings");
    line(
        yaml,
        indent,
        "    tag_calendar: https://zoom-lfx.platform.linuxfoundation.org/meetings/"
            + dir
            + "?view=list");
    line(yaml, indent, "    recordings_url: https://www.youtube.com/@CNCF" + n);
    line(yaml, indent, "    meeting_notes_url: https://notes.cncf.io/" + dir);
    line(yaml, indent, "contact:");
    line(yaml, indent, "  slack: C08KBH3RA" + String.format(Locale.ROOT, "%02d", n % 100));
    line(
        yaml,
        indent,
        (broken ? "  mailing_lst: " : "  mailing_list: ") + "https://lists.cncf.io/g/cncf-" + dir);
    line(yaml, indent, "  toc_liaison:");
    line(yaml, indent, "    - github: liaison-" + n);
    line(yaml, indent, "      name: Liaison " + n);
    line(yaml, indent, "    - github: liaison-b-" + n);
    line(yaml, indent, "      name: Liaison B " + n);
    line(yaml, indent, "    - github: liaison-c-" + n);
    line(yaml, indent, "      name: Liaison C " + n);
    line(
        yaml, indent, "tag_initiatives: https://github.com/cncf/toc/issues?q=label%3Atag%2F" + dir);
    return yaml.toString();
  }

  private static void person(
      StringBuilder yaml, String indent, String github, String name, String start, String end) {
    yaml.append(indent).append("- github: ").append(github).append('\n');
    yaml.append(indent).append("  lfx_id:\n");
    yaml.append(indent).append("  name: ").append(name).append('\n');
    yaml.append(indent).append("  company:\n");
    yaml.append(indent).append("  email:\n");
    yaml.append(indent).append("  term:\n");
    yaml.append(indent).append("    start: \"").append(start).append("\"\n");
    yaml.append(indent).append("    end: \"").append(end).append("\"\n");
  }

  private static void line(StringBuilder yaml, String indent, String text) {
    yaml.append(indent).append(text).append('\n');
  }

  /** A registry with {@code count} TAGs, a share {@code errorRate} of them with seeded errors. */
  static String registry(int count, double errorRate, long seed) {
    Random random = new Random(seed);
    StringBuilder yaml = new StringBuilder("tags:\n");
    for (int n = 0; n < count; n++) {
      yaml.append(tag(n, random.nextDouble() < errorRate, "    "));
    }
    return yaml.toString();
  }

  /** Writes {@code count} single-TAG files {@code tag-00000.yaml}... into {@code directory}. */
  static void files(int count, double errorRate, long seed, Path directory) throws IOException {
    Files.createDirectories(directory);
    Random random = new Random(seed);
    for (int n = 0; n < count; n++) {
      String name = String.format(Locale.ROOT, "tag-%05d.yaml", n);
      Files.writeString(directory.resolve(name), tag(n, random.nextDouble() < errorRate, ""));
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("schema")) {
      try (var schema = Corpus.class.getResourceAsStream(SCHEMA)) {
        Files.write(Path.of(args[1]), schema.readAllBytes());
      }
      return;
    }
    if (args.length != 4 || !(args[0].equals("files") || args[0].equals("registry"))) {
      System.err.println("usage: Corpus files|registry COUNT ERROR_RATE OUTPUT_DIR");
      System.err.println("       Corpus schema OUTPUT_FILE");
      System.exit(2);
    }
    int count = Integer.parseInt(args[1]);
    double errorRate = Double.parseDouble(args[2]);
    Path out = Path.of(args[3]);
    if (args[0].equals("files")) {
      files(count, errorRate, 42, out);
    } else {
      Files.createDirectories(out);
      Files.writeString(out.resolve("tags.yaml"), registry(count, errorRate, 42));
    }
  }
}
