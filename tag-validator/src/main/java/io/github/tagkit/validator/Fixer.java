package io.github.tagkit.validator;

import io.github.tagkit.model.EditRefusedException;
import io.github.tagkit.model.TagFileEditor;
import io.github.tagkit.validator.spi.Fix;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Makes the fixes that the findings of a metadata file carry (each finding with exactly one), with
 * {@link TagFileEditor}, so each touches only its key, value or line; what {@code tag:fix} does.
 * The file itself is not written: {@link Result#after()} is.
 */
public final class Fixer {
  /** Rounds of fixing: a renamed key can let a rule see, and fix, the value under it. */
  private static final int ROUNDS = 5;

  private Fixer() {}

  /**
   * What fixing a file gave: its text before and after, the fixes made, and the ones the editor
   * refused, each with why.
   *
   * @param before the file as it was
   * @param after the file with the fixes made
   * @param made the fixes made
   * @param refused the fixes the editor refused, each with why
   * @param left the findings of the fixed text: what is left to do by hand
   */
  public record Result(
      TagFileEditor before,
      TagFileEditor after,
      List<Fix> made,
      List<String> refused,
      Report left) {

    /**
     * Checks the components and keeps them in the forms the accessors promise.
     *
     * @param before the file as it was
     * @param after the file with the fixes made
     * @param made the fixes made
     * @param refused the fixes the editor refused, each with why
     * @param left the findings of the fixed text: what is left to do by hand
     */
    public Result {
      made = List.copyOf(made);
      refused = List.copyOf(refused);
    }

    /** {@return whether any fix was made} */
    public boolean changed() {
      return after.changed();
    }
  }

  /**
   * {@return the fixes {@code validator}'s findings on {@code file} carry, made in order}
   *
   * @param validator the validator whose findings carry the fixes
   * @param file the metadata file
   * @throws IOException when the file cannot be read
   */
  public static Result fix(TagValidator validator, Path file) throws IOException {
    TagFileEditor original = TagFileEditor.open(file);
    TagFileEditor editor = original;
    List<Fix> made = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    Report left = null;
    for (int round = 0; round < ROUNDS; round++) {
      int before = made.size();
      left = validator.validate(file, editor.text());
      for (Fix fix : fixes(left)) {
        try {
          editor = fix.applyTo(editor);
          made.add(fix);
        } catch (EditRefusedException e) {
          refused.add(e.getMessage());
        }
      }
      if (made.size() == before) {
        break; // the last validation was of the text as it is now
      }
      left = null;
    }
    if (left == null) {
      left = validator.validate(file, editor.text());
    }
    return new Result(original, editor, made, refused.stream().distinct().toList(), left);
  }

  /**
   * One file other than the metadata with the edits its findings carry made: a hand-kept copy (the
   * README's liaison list) brought in line with the metadata.
   *
   * @param file the file
   * @param before its text as it was
   * @param after its text with the edits made
   * @param made the fixes made, in the order of their findings
   */
  public record TextEdit(Path file, String before, String after, List<Fix> made) {

    /**
     * Checks the components and keeps them in the forms the accessors promise.
     *
     * @param file the file
     * @param before its text as it was
     * @param after its text with the edits made
     * @param made the fixes made, in the order of their findings
     */
    public TextEdit {
      made = List.copyOf(made);
    }
  }

  /**
   * {@return the edits of other files than the metadata that {@code report}'s findings carry
   * ({@link Fix.Kind#EDIT_TEXT}), made to the files of them inside {@code root} (the repository,
   * which findings name files from); a file outside it, such as another repository's, is left
   * alone: tagkit writes only inside the repository} Nothing is written.
   *
   * @param report the findings
   * @param root the directory the findings name files from
   * @throws IOException when such a file cannot be read
   */
  public static List<TextEdit> otherFiles(Report report, Path root) throws IOException {
    java.util.Map<String, List<Finding>> byFile = new java.util.LinkedHashMap<>();
    for (Finding finding : report.findings()) {
      finding
          .fix()
          .filter(fix -> fix.kind() == Fix.Kind.EDIT_TEXT && fix.replacement().isPresent())
          .ifPresent(
              fix ->
                  byFile
                      .computeIfAbsent(finding.location().file(), f -> new ArrayList<>())
                      .add(finding));
    }
    List<TextEdit> edits = new ArrayList<>();
    for (java.util.Map.Entry<String, List<Finding>> entry : byFile.entrySet()) {
      java.util.Optional<Path> file =
          io.github.tagkit.model.RepositoryFiles.inside(root, Path.of(entry.getKey()));
      if (file.isEmpty() || !java.nio.file.Files.isRegularFile(file.get())) {
        continue;
      }
      String before = java.nio.file.Files.readString(file.get());
      List<Fix> fixes = new ArrayList<>();
      entry.getValue().forEach(f -> fixes.add(f.fix().get()));
      edits.add(new TextEdit(file.get(), before, replaced(before, fixes), fixes));
    }
    return edits;
  }

  /**
   * {@code text} with each fix's replacement made, the last in the text first, so that each is made
   * where its finding saw it; two at one place keep the order of their findings.
   */
  private static String replaced(String text, List<Fix> fixes) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < fixes.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparing((Integer i) -> fixes.get(i).replacement().get().startLine())
            .thenComparing(i -> fixes.get(i).replacement().get().startColumn())
            .thenComparing(i -> i)
            .reversed());
    StringBuilder out = new StringBuilder(text);
    for (int i : order) {
      Fix.Replacement r = fixes.get(i).replacement().get();
      out.replace(
          offset(out, r.startLine(), r.startColumn()),
          offset(out, r.endLine(), r.endColumn()),
          r.insertedText());
    }
    return out.toString();
  }

  private static int offset(CharSequence text, int line, int column) {
    int at = 0;
    for (int l = 1; l < line && at < text.length(); l++) {
      while (at < text.length() && text.charAt(at) != '\n') {
        at++;
      }
      at = Math.min(at + 1, text.length());
    }
    return Math.min(at + column - 1, text.length());
  }

  /**
   * The fixes of {@code report}: line ends first (they move nothing), then values, then keys,
   * deepest first, so that no fix moves the key another names.
   */
  private static List<Fix> fixes(Report report) {
    List<Fix> fixes = new ArrayList<>();
    for (Finding finding : report.findings()) {
      // Only fixes the editor can make in this text: their replacement is worked out now.
      finding
          .fix()
          .filter(fix -> fix.kind() != Fix.Kind.EDIT_TEXT) // another file's: reports show it
          .filter(fix -> fix.replacement().isPresent())
          .ifPresent(fixes::add);
    }
    fixes.sort(
        Comparator.comparing((Fix f) -> f.kind() != Fix.Kind.TRIM_TRAILING_WHITESPACE)
            .thenComparing(f -> f.kind() == Fix.Kind.RENAME_KEY)
            .thenComparing(f -> -f.pointer().split("/").length));
    return fixes;
  }
}
