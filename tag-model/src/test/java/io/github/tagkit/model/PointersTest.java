package io.github.tagkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PointersTest {

  @Test
  void segmentsAreTheKeysAndIndexesUnescaped() {
    String pointer = Pointers.child(Pointers.child(Pointers.child("", "tags"), 0), "a/b~c");
    assertThat(pointer).isEqualTo("/tags/0/a~1b~0c");
    assertThat(Pointers.segments(pointer)).containsExactly("tags", "0", "a/b~c");
    assertThat(Pointers.segments("")).isEmpty();
    assertThat(Pointers.segments("/")).containsExactly("");
  }
}
