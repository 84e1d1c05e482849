package io.github.tagkit.model;

import java.util.Optional;

/**
 * A person in a leadership role. Every field may be empty in real data (the registry keeps empty
 * {@code lfx_id:} and {@code email:} keys as placeholders); an empty or blank value reads as {@link
 * Optional#empty()}.
 *
 * @param github {@code github}: the GitHub handle
 * @param lfxId {@code lfx_id}: the Linux Foundation ID
 * @param name {@code name}: the person's name
 * @param company {@code company}: the person's employer
 * @param email {@code email}: the person's e-mail address
 * @param term {@code term}: the term the person holds the role for
 */
public record Person(
    Optional<String> github,
    Optional<String> lfxId,
    Optional<String> name,
    Optional<String> company,
    Optional<String> email,
    Optional<Term> term) {

  /**
   * Checks the components and keeps them in the forms the accessors promise.
   *
   * @param github {@code github}: the GitHub handle
   * @param lfxId {@code lfx_id}: the Linux Foundation ID
   * @param name {@code name}: the person's name
   * @param company {@code company}: the person's employer
   * @param email {@code email}: the person's e-mail address
   * @param term {@code term}: the term the person holds the role for
   */
  public Person {
    github = RecordChecks.text(github);
    lfxId = RecordChecks.text(lfxId);
    name = RecordChecks.text(name);
    company = RecordChecks.text(company);
    email = RecordChecks.text(email);
    term = RecordChecks.orEmpty(term);
  }

  /**
   * {@return a person known by GitHub handle and name only, as TOC liaisons are listed}
   *
   * @param github the person's GitHub handle
   * @param name the person's name
   */
  public static Person of(String github, String name) {
    return new Person(
        Optional.of(github),
        Optional.empty(),
        Optional.of(name),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * {@return the same person with the given term}
   *
   * @param term the term
   */
  public Person withTerm(Term term) {
    return new Person(github, lfxId, name, company, email, Optional.of(term));
  }
}
