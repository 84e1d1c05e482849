package io.github.tagkit.examples.rules;

import io.github.tagkit.validator.testing.RuleHarness;
import org.junit.jupiter.api.Test;

/** The rule's cases, one line each, through the harness tagkit's own rules are tested with. */
class RequireMeetingNotesTest {
  private static final String TAG =
      """
      dir: tag-x
      name: TAG X
      meetings:
        - description: Regular Meetings
          meeting_notes_url: https://notes.cncf.io/tag-x
      """;

  @Test
  void aMeetingWithoutNotes() {
    RuleHarness.forRule(new RequireMeetingNotes())
        .test(TAG)
        .test(
            TAG.replace("    meeting_notes_url: https://notes.cncf.io/tag-x\n", ""),
            "4:5 TAG X's meeting 'Regular Meetings' links no notes; add meeting_notes_url")
        .test(
            TAG + "  - format: Virtual meetings via Zoom\n",
            "6:5 TAG X's meeting 'meeting 2' links no notes; add meeting_notes_url")
        .test("dir: tag-x\nname: TAG X\n");
  }
}
