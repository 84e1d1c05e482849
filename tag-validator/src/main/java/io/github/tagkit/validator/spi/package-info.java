/**
 * The rule API: what a governance rule is ({@link io.github.tagkit.validator.spi.Rule}), what it
 * sees of a metadata file ({@link io.github.tagkit.validator.spi.RuleContext}) and where it reports
 * ({@link io.github.tagkit.validator.spi.FindingSink}). Its signatures show only JDK and tag-model
 * types. Every built-in rule is written against it; add one of your own with {@code
 * TagValidator.builder().rule(rule)}.
 *
 * <pre>{@code
 * final class RequireMailingList implements Rule {
 *   public String id() { return "require-mailing-list"; }
 *   public Severity severity() { return Severity.WARNING; }
 *   public String description() { return "A TAG names no mailing list."; }
 *
 *   public void check(RuleContext context, FindingSink findings) {
 *     for (LocatedGroup group : context.groups()) {
 *       if (group.group().contact().mailingList().isEmpty()) {
 *         findings.report(group.pointer(), group.group().name() + " names no mailing list");
 *       }
 *     }
 *   }
 * }
 * }</pre>
 */
package io.github.tagkit.validator.spi;
