/** Pages and calendars rendered from TAG metadata, written safely, checked for drift. */
module io.github.tagkit.pages {
  requires transitive io.github.tagkit.model;
  requires transitive io.github.tagkit.validator;
  requires com.samskivert.jmustache;
  requires io.github.javadiffutils;
  requires org.commonmark;
  requires org.commonmark.ext.gfm.tables;
  requires org.commonmark.ext.gfm.strikethrough;
  requires java.xml;

  exports io.github.tagkit.pages;
}
