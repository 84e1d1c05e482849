package io.github.tagkit.validator.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.tagkit.validator.Finding;
import io.github.tagkit.validator.Report;
import io.github.tagkit.validator.RuleInfo;
import io.github.tagkit.validator.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes reports as text, JSON, SARIF 2.1.0 and GitHub Actions annotations. */
public final class Writers {
  private Writers() {}

  /** The mapper of the JSON and SARIF reports, in a holder: text and annotations need none. */
  private static final class Json {
    static final JsonMapper MAPPER =
        JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();
  }

  public static String text(Report report) {
    StringBuilder out = new StringBuilder();
    for (Finding finding : report.findings()) {
      out.append(finding).append('\n');
    }
    return out.append(report.summary()).append('\n').toString();
  }

  record JsonFinding(
      String file,
      int line,
      int column,
      String pointer,
      String severity,
      String rule,
      String message) {}

  record JsonReport(
      int files, long errors, long warnings, long infos, List<JsonFinding> findings) {}

  public static String json(Report report) {
    List<JsonFinding> findings = new ArrayList<>();
    for (Finding f : report.findings()) {
      findings.add(
          new JsonFinding(
              f.location().file(),
              f.location().line(),
              f.location().column(),
              f.location().pointer(),
              f.severity().label(),
              f.ruleId(),
              f.message()));
    }
    return Json.MAPPER.writeValueAsString(
            new JsonReport(
                report.filesChecked(),
                report.errors(),
                report.warnings(),
                report.count(Severity.INFO),
                findings))
        + "\n";
  }

  // SARIF 2.1.0: the parts of the object model that a validator's results need.
  record Sarif(@JsonProperty("$schema") String schema, String version, List<Run> runs) {}

  record Run(Tool tool, List<Result> results) {}

  record Tool(Driver driver) {}

  record Driver(String name, String informationUri, List<ReportingDescriptor> rules) {}

  record ReportingDescriptor(
      String id, Text shortDescription, Text fullDescription, Configuration defaultConfiguration) {}

  record Configuration(String level) {}

  record Text(String text) {}

  record Result(
      String ruleId, int ruleIndex, String level, Text message, List<SarifLocation> locations) {}

  record SarifLocation(PhysicalLocation physicalLocation) {}

  record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

  record ArtifactLocation(String uri, String uriBaseId) {}

  record Region(int startLine, int startColumn) {}

  public static String sarif(Report report, List<RuleInfo> rules) {
    List<ReportingDescriptor> descriptors = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (RuleInfo rule : rules) {
      index.put(rule.id(), descriptors.size());
      descriptors.add(
          new ReportingDescriptor(
              rule.id(),
              new Text(rule.description()),
              new Text(rule.description()),
              new Configuration(level(rule.severity()))));
    }
    List<Result> results = new ArrayList<>();
    for (Finding f : report.findings()) {
      Region region =
          f.location().line() > 0
              ? new Region(f.location().line(), Math.max(1, f.location().column()))
              : null;
      results.add(
          new Result(
              f.ruleId(),
              index.getOrDefault(f.ruleId(), -1),
              level(f.severity()),
              new Text(f.message()),
              List.of(
                  new SarifLocation(
                      new PhysicalLocation(
                          new ArtifactLocation(uri(f.location().file()), "%SRCROOT%"), region)))));
    }
    Sarif sarif =
        new Sarif(
            "https://json.schemastore.org/sarif-2.1.0.json",
            "2.1.0",
            List.of(
                new Run(
                    new Tool(new Driver("tagkit", "https://github.com/tagkit/tagkit", descriptors)),
                    results)));
    return Json.MAPPER.writeValueAsString(sarif) + "\n";
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** A relative URI reference: forward slashes, each segment percent-encoded where needed. */
  private static String uri(String file) {
    StringBuilder uri = new StringBuilder();
    for (char c : file.replace('\\', '/').toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 128 || "/-._~".indexOf(c) >= 0) {
        uri.append(c);
      } else {
        for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          uri.append('%').append(String.format("%02X", b & 0xff));
        }
      }
    }
    return uri.toString();
  }

  /** GitHub Actions workflow commands, one per finding: shown inline on pull requests. */
  public static String github(Report report) {
    StringBuilder out = new StringBuilder();
    for (Finding f : report.findings()) {
      String command =
          switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
          };
      out.append("::").append(command).append(" file=").append(property(f.location().file()));
      if (f.location().line() > 0) {
        out.append(",line=")
            .append(f.location().line())
            .append(",col=")
            .append(f.location().column());
      }
      out.append(",title=").append(property(f.ruleId()));
      out.append("::").append(data(f.message())).append('\n');
    }
    return out.toString();
  }

  private static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
