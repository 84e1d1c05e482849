package io.github.tagkit.validator.internal;

import io.github.tagkit.validator.Baseline;
import io.github.tagkit.validator.Finding;
import io.github.tagkit.validator.Location;
import io.github.tagkit.validator.Report;
import io.github.tagkit.validator.RuleInfo;
import io.github.tagkit.validator.spi.Fix;
import io.github.tagkit.validator.spi.Severity;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Writes reports as JSON and as SARIF 2.1.0 with Jackson's streaming generator: the reports are a
 * few fixed shapes, and a generator needs none of the object mapper that a cold process would
 * otherwise build for them.
 */
public final class JsonReports {
  private static final JsonFactory JSON = new JsonFactory();

  /** Indents like a mapper's {@code INDENT_OUTPUT}. */
  private static final ObjectWriteContext INDENTED =
      new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
          return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
          return true;
        }
      };

  private JsonReports() {}

  /**
   * The findings and counts: {@code {"files": 1, "errors": 2, ..., "findings": [...]}}; against a
   * baseline also {@code "known"} and {@code "gone"}, counted and listed ({@code "knownFindings"},
   * {@code "goneFindings"}).
   */
  public static String json(Report report) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(INDENTED, out)) {
      json.writeStartObject();
      json.writeNumberProperty("files", report.filesChecked());
      json.writeNumberProperty("errors", report.errors());
      json.writeNumberProperty("warnings", report.warnings());
      json.writeNumberProperty("infos", report.count(Severity.INFO));
      if (!report.known().isEmpty() || !report.absent().isEmpty()) {
        json.writeNumberProperty("known", report.known().size());
        json.writeNumberProperty("gone", report.absent().size());
      }
      findings(json, "findings", report.findings());
      if (!report.known().isEmpty() || !report.absent().isEmpty()) {
        findings(json, "knownFindings", report.known());
        json.writeArrayPropertyStart("goneFindings");
        for (Baseline.Entry gone : report.absent()) {
          json.writeStartObject();
          json.writeStringProperty("file", gone.file());
          json.writeNumberProperty("line", gone.line());
          json.writeStringProperty("pointer", gone.pointer());
          json.writeStringProperty("severity", gone.severity().label());
          json.writeStringProperty("rule", gone.ruleId());
          json.writeStringProperty("message", gone.message());
          json.writeStringProperty("fingerprint", gone.fingerprint());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    }
    return out.append('\n').toString();
  }

  private static void findings(JsonGenerator json, String property, List<Finding> findings) {
    json.writeArrayPropertyStart(property);
    for (Finding f : findings) {
      json.writeStartObject();
      json.writeStringProperty("file", f.location().file());
      json.writeNumberProperty("line", f.location().line());
      json.writeNumberProperty("column", f.location().column());
      json.writeStringProperty("pointer", f.location().pointer());
      json.writeStringProperty("severity", f.severity().label());
      json.writeStringProperty("rule", f.ruleId());
      json.writeStringProperty("message", f.message());
      if (f.fix().isPresent() && f.fix().get().replacement().isPresent()) {
        Fix fix = f.fix().get();
        json.writeObjectPropertyStart("fix");
        json.writeStringProperty("description", fix.description());
        json.writeStringProperty("change", fix.kind().name().toLowerCase().replace('_', '-'));
        json.writeStringProperty("pointer", fix.pointer());
        json.writeStringProperty("value", fix.value());
        json.writeEndObject();
      }
      json.writeStringProperty("fingerprint", f.fingerprint());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** SARIF 2.1.0: the parts of its object model that a validator's results need. */
  public static String sarif(Report report) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(INDENTED, out)) {
      json.writeStartObject();
      json.writeStringProperty("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      json.writeStringProperty("version", "2.1.0");
      json.writeArrayPropertyStart("runs");
      json.writeStartObject();
      Map<String, Integer> index = tool(json, report);
      results(json, report, index);
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    return out.append('\n').toString();
  }

  /** The tool and its rules; the index of each rule in them. */
  private static Map<String, Integer> tool(JsonGenerator json, Report report) {
    Map<String, Integer> index = new HashMap<>();
    json.writeObjectPropertyStart("tool");
    json.writeObjectPropertyStart("driver");
    json.writeStringProperty("name", "tagkit");
    json.writeStringProperty("version", RuleHelp.tagkitVersion());
    json.writeStringProperty("semanticVersion", RuleHelp.tagkitVersion());
    json.writeStringProperty("informationUri", "https://github.com/tagkit/tagkit");
    json.writeArrayPropertyStart("rules");
    for (RuleInfo rule : report.rules()) {
      index.put(rule.id(), index.size());
      json.writeStartObject();
      json.writeStringProperty("id", rule.id());
      text(json, "shortDescription", rule.description());
      text(json, "fullDescription", rule.description());
      Optional<RuleHelp.Help> help = RuleHelp.of(rule);
      json.writeObjectPropertyStart("help");
      json.writeStringProperty("text", help.map(RuleHelp.Help::text).orElse(rule.description()));
      if (help.isPresent()) {
        json.writeStringProperty("markdown", help.get().markdown());
      }
      json.writeEndObject();
      Optional<String> uri = help.flatMap(RuleHelp.Help::uri).or(rule::helpUri);
      if (uri.isPresent()) {
        json.writeStringProperty("helpUri", uri.get());
      }
      json.writeObjectPropertyStart("defaultConfiguration");
      json.writeStringProperty("level", level(rule.severity()));
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
    return index;
  }

  private static void results(JsonGenerator json, Report report, Map<String, Integer> index) {
    boolean baselined = !report.known().isEmpty() || !report.absent().isEmpty();
    json.writeArrayPropertyStart("results");
    for (Finding f : report.findings()) {
      result(json, f, index, null, baselined ? "new" : null);
    }
    for (Finding f : report.known()) {
      result(json, f, index, null, "unchanged");
    }
    for (Baseline.Entry gone : report.absent()) {
      Finding f =
          new Finding(
              gone.severity(),
              gone.ruleId(),
              gone.message(),
              new Location(gone.file(), gone.line(), gone.line() > 0 ? 1 : 0, gone.pointer()),
              Optional.empty(),
              gone.fingerprint());
      result(json, f, index, null, "absent");
    }
    for (Report.Exempted exempted : report.exempted()) {
      result(json, exempted.finding(), index, exempted.reason(), null);
    }
    json.writeEndArray();
  }

  /**
   * One result; suppressed, with the exemption's reason, when {@code exemption} is not null; with
   * its {@code baselineState} when there is a baseline: a known finding is a note, one that is gone
   * a pass.
   */
  private static void result(
      JsonGenerator json,
      Finding f,
      Map<String, Integer> index,
      String exemption,
      String baselineState) {
    json.writeStartObject();
    json.writeStringProperty("ruleId", f.ruleId());
    json.writeNumberProperty("ruleIndex", index.getOrDefault(f.ruleId(), -1));
    if ("absent".equals(baselineState)) {
      json.writeStringProperty("kind", "pass");
      json.writeStringProperty("level", "none");
    } else {
      json.writeStringProperty(
          "level", "unchanged".equals(baselineState) ? "note" : level(f.severity()));
    }
    if (baselineState != null) {
      json.writeStringProperty("baselineState", baselineState);
    }
    text(json, "message", f.message());
    json.writeArrayPropertyStart("locations");
    json.writeStartObject();
    json.writeObjectPropertyStart("physicalLocation");
    json.writeObjectPropertyStart("artifactLocation");
    Path file = Path.of(f.location().file());
    if (file.isAbsolute()) { // outside the repository: the file itself, not one in the checkout
      json.writeStringProperty("uri", file.toUri().toString());
    } else {
      json.writeStringProperty("uri", uri(f.location().file()));
      json.writeStringProperty("uriBaseId", "%SRCROOT%");
    }
    json.writeEndObject();
    if (f.location().line() > 0) {
      json.writeObjectPropertyStart("region");
      json.writeNumberProperty("startLine", f.location().line());
      json.writeNumberProperty("startColumn", Math.max(1, f.location().column()));
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeObjectPropertyStart("partialFingerprints");
    json.writeStringProperty("tagkitFinding/v2", f.fingerprint());
    json.writeEndObject();
    if (f.fix().isPresent() && f.fix().get().replacement().isPresent()) {
      fixes(json, f, f.fix().get(), f.fix().get().replacement().get());
    }
    if (exemption != null) {
      json.writeArrayPropertyStart("suppressions");
      json.writeStartObject();
      json.writeStringProperty("kind", "external");
      json.writeStringProperty("justification", exemption);
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  /** The result's one fix, as a replacement in its file. */
  private static void fixes(JsonGenerator json, Finding f, Fix fix, Fix.Replacement replacement) {
    json.writeArrayPropertyStart("fixes");
    json.writeStartObject();
    text(json, "description", fix.description());
    json.writeArrayPropertyStart("artifactChanges");
    json.writeStartObject();
    json.writeObjectPropertyStart("artifactLocation");
    Path file = Path.of(f.location().file());
    if (file.isAbsolute()) {
      json.writeStringProperty("uri", file.toUri().toString());
    } else {
      json.writeStringProperty("uri", uri(f.location().file()));
      json.writeStringProperty("uriBaseId", "%SRCROOT%");
    }
    json.writeEndObject();
    json.writeArrayPropertyStart("replacements");
    json.writeStartObject();
    json.writeObjectPropertyStart("deletedRegion");
    json.writeNumberProperty("startLine", replacement.startLine());
    json.writeNumberProperty("startColumn", replacement.startColumn());
    json.writeNumberProperty("endLine", replacement.endLine());
    json.writeNumberProperty("endColumn", replacement.endColumn());
    json.writeEndObject();
    text(json, "insertedContent", replacement.insertedText());
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
  }

  private static void text(JsonGenerator json, String property, String text) {
    json.writeObjectPropertyStart(property);
    json.writeStringProperty("text", text);
    json.writeEndObject();
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
        for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
          uri.append('%').append(String.format("%02X", b & 0xff));
        }
      }
    }
    return uri.toString();
  }
}
