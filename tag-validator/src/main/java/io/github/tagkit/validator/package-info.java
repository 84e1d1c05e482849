/**
 * Validation of TAG metadata: {@link io.github.tagkit.validator.TagValidator} checks files against
 * the JSON Schema and the CNCF governance rules and returns a {@link
 * io.github.tagkit.validator.Report} of located {@link io.github.tagkit.validator.Finding}s, which
 * {@link io.github.tagkit.validator.ReportFormat} writes as text, JSON, SARIF or GitHub
 * annotations.
 */
package io.github.tagkit.validator;
