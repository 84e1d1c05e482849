package io.github.tagkit.validator;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * tag-validator and its libraries in a class loader of their own, with the JDK's boot loader as
 * parent: nothing is loaded or initialized yet whatever ran before in the test JVM, and every class
 * it loads is recorded.
 */
public final class IsolatedTagkit extends URLClassLoader {
  /** One class from each jar (or folder) the validator needs. */
  private static final List<String> NEEDED =
      List.of(
          "io.github.tagkit.validator.TagValidator",
          "io.github.tagkit.model.TagRegistry",
          "com.networknt.schema.Schema",
          "com.ethlo.time.ITU",
          "tools.jackson.databind.JsonNode",
          "tools.jackson.core.JsonParser",
          "tools.jackson.dataformat.yaml.YAMLFactory",
          "org.snakeyaml.engine.v2.resolver.JsonScalarResolver",
          "org.commonmark.parser.Parser",
          "com.fasterxml.jackson.annotation.JsonInclude",
          "org.slf4j.LoggerFactory",
          "org.slf4j.nop.NOPServiceProvider");

  private final Set<String> loaded = ConcurrentHashMap.newKeySet();

  public IsolatedTagkit() throws ClassNotFoundException {
    super(locations(), null);
  }

  private static URL[] locations() throws ClassNotFoundException {
    return libraries().toArray(URL[]::new);
  }

  /** Where tag-validator and each library it needs are: a jar, or a folder of classes. */
  public static List<URL> libraries() throws ClassNotFoundException {
    List<URL> urls = new ArrayList<>();
    for (String name : NEEDED) {
      URL location =
          Class.forName(name, false, IsolatedTagkit.class.getClassLoader())
              .getProtectionDomain()
              .getCodeSource()
              .getLocation();
      if (!urls.contains(location)) {
        urls.add(location);
      }
    }
    return urls;
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    Class<?> found = super.findClass(name);
    loaded.add(name);
    return found;
  }

  /** Whether a class of this name has been loaded through this loader. */
  public boolean hasLoaded(String name) {
    return loaded.contains(name);
  }

  /** Calls a public static method by name, with arguments of exactly the parameter types given. */
  public Object call(String type, String method, Class<?>[] parameters, Object... arguments)
      throws ReflectiveOperationException {
    return loadClass(type).getMethod(method, parameters).invoke(null, arguments);
  }
}
