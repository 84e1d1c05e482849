/** Validation of TAG metadata: JSON Schema plus the CNCF governance rules. */
package io.github.tagkit.validator;
