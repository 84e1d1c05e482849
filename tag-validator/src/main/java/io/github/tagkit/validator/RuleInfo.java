package io.github.tagkit.validator;

/**
 * What a rule is: its stable id ({@code require-toc-liaison}), the severity it reports with unless
 * configured otherwise, and one line on what it checks.
 */
public record RuleInfo(String id, Severity severity, String description) {}
