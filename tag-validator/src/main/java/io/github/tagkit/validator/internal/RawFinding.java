package io.github.tagkit.validator.internal;

import io.github.tagkit.validator.RuleInfo;
import io.github.tagkit.validator.spi.Fix;
import java.util.Optional;

/**
 * A finding on its way out, before severity overrides and exemptions: the check that made it (its
 * constant, never its id as text), the file as findings name it, the JSON pointer of the value, its
 * position, the message, and the directory of the group that holds the value ({@code ""} when none
 * does), which exemptions match on, the one change that fixes it, when there is one, and what
 * identifies it from one run to the next ({@link Fingerprints}; empty until the file's checks are
 * done).
 */
record RawFinding(
    RuleInfo check,
    String file,
    String pointer,
    Position position,
    String message,
    String group,
    Optional<Fix> fix,
    String fingerprint) {

  RawFinding(RuleInfo check, String file, String pointer, Position position, String message) {
    this(check, file, pointer, position, message, "", Optional.empty(), "");
  }

  /** The finding with {@code fix}. */
  RawFinding withFix(Fix fix) {
    return new RawFinding(
        check, file, pointer, position, message, group, Optional.of(fix), fingerprint);
  }

  /** A finding about {@code file} as a whole. */
  static RawFinding ofFile(RuleInfo check, String file, String message) {
    return new RawFinding(check, file, "", Position.NONE, message);
  }

  RawFinding inGroup(String dir) {
    return new RawFinding(check, file, pointer, position, message, dir, fix, fingerprint);
  }

  /** The finding with what identifies it from one run to the next. */
  RawFinding withFingerprint(String fingerprint) {
    return new RawFinding(check, file, pointer, position, message, group, fix, fingerprint);
  }
}
