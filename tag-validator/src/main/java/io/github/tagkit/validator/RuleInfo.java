package io.github.tagkit.validator;

import io.github.tagkit.validator.spi.Severity;

/**
 * What a rule is: its stable id ({@code require-toc-liaison}), the severity it reports with unless
 * configured otherwise, and one line on what it checks.
 */
public record RuleInfo(String id, Severity severity, String description) {}
