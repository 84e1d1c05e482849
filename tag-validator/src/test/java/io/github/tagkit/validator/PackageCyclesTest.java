package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The packages of tag-validator depend on each other as docs/architecture.md draws them, as jdeps
 * sees the compiled classes: the rule API on the model alone, the built-in rules on the rule API
 * alone, and no cycle but the API facade's with its internals.
 */
class PackageCyclesTest {
  private static final String BASE = "io.github.tagkit.validator";
  private static final Pattern EDGE =
      Pattern.compile(
          "^\\s+(io\\.github\\.tagkit\\S*)\\s+->\\s+(io\\.github\\.tagkit\\S*)", Pattern.MULTILINE);

  @Test
  void packagesDependAsTheArchitectureSays() throws Exception {
    Map<String, Set<String>> edges = edges();
    assertThat(edges.get(BASE + ".spi")).containsExactly("io.github.tagkit.model");
    assertThat(edges.get(BASE + ".rules"))
        .containsExactlyInAnyOrder("io.github.tagkit.model", BASE + ".spi");
    assertThat(cycles(edges)).containsExactly(Set.of(BASE, BASE + ".internal"));
  }

  /** Which tagkit packages each package of the validator's classes uses, by jdeps. */
  private static Map<String, Set<String>> edges() throws URISyntaxException {
    Path classes = location(TagValidator.class);
    List<String> modulePath = new ArrayList<>();
    try {
      for (URL library : IsolatedTagkit.libraries()) {
        Path path = Path.of(library.toURI());
        if (!path.equals(classes)) {
          modulePath.add(path.toString());
        }
      }
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    StringWriter out = new StringWriter();
    int status =
        ToolProvider.findFirst("jdeps")
            .orElseThrow()
            .run(
                new PrintWriter(out),
                new PrintWriter(out),
                "--multi-release",
                "17",
                "-verbose:package",
                "--module-path",
                String.join(java.io.File.pathSeparator, modulePath),
                classes.toString());
    assertThat(status).as(out.toString()).isZero();
    Map<String, Set<String>> edges = new TreeMap<>();
    Matcher matcher = EDGE.matcher(out.toString());
    while (matcher.find()) {
      if (matcher.group(1).startsWith(BASE) && !matcher.group(1).equals(matcher.group(2))) {
        edges.computeIfAbsent(matcher.group(1), p -> new TreeSet<>()).add(matcher.group(2));
      }
    }
    assertThat(edges).containsKeys(BASE, BASE + ".internal", BASE + ".rules", BASE + ".spi");
    return edges;
  }

  private static Path location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** The strongly connected groups of more than one package (Tarjan's algorithm). */
  private static List<Set<String>> cycles(Map<String, Set<String>> edges) {
    List<Set<String>> cycles = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    List<String> stack = new ArrayList<>();
    for (String node : edges.keySet()) {
      if (!index.containsKey(node)) {
        connect(node, edges, index, low, stack, cycles);
      }
    }
    return cycles;
  }

  private static void connect(
      String node,
      Map<String, Set<String>> edges,
      Map<String, Integer> index,
      Map<String, Integer> low,
      List<String> stack,
      List<Set<String>> cycles) {
    index.put(node, index.size());
    low.put(node, index.get(node));
    stack.add(node);
    for (String next : edges.getOrDefault(node, Set.of())) {
      if (!index.containsKey(next)) {
        connect(next, edges, index, low, stack, cycles);
        low.put(node, Math.min(low.get(node), low.get(next)));
      } else if (stack.contains(next)) {
        low.put(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node).equals(index.get(node))) {
      Set<String> component = new TreeSet<>();
      String member;
      do {
        member = stack.remove(stack.size() - 1);
        component.add(member);
      } while (!member.equals(node));
      if (component.size() > 1) {
        cycles.add(component);
      }
    }
  }
}
