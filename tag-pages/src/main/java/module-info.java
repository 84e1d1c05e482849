/** Pages and calendars rendered from TAG metadata, written safely, checked for drift. */
module io.github.tagkit.pages {
  requires transitive io.github.tagkit.model;
  requires transitive io.github.tagkit.validator;
  requires com.samskivert.jmustache;
  requires io.github.javadiffutils;

  exports io.github.tagkit.pages;
}
