package io.github.tagkit.model.internal;

import io.github.tagkit.model.Contact;
import io.github.tagkit.model.Tag;
import io.github.tagkit.model.TocSubproject;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.PropertyNamingStrategy;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.AnnotatedField;
import tools.jackson.databind.introspect.AnnotatedMethod;
import tools.jackson.databind.introspect.AnnotatedParameter;

/**
 * The keys the model's records have on disk: the snake_case of each component's name, except for
 * the few keys cncf/toc's files name otherwise. Kept here rather than in annotations on the public
 * records, so that their signatures show no Jackson type; the mapper ({@link #NAMING}) and the tree
 * binding read the same table.
 */
final class Keys {

  /** Per record type, the components whose key is not their name in snake_case. */
  private static final Map<Class<?>, Map<String, String>> RENAMED =
      Map.of(
          Tag.class, Map.of("subprojects", "tag_subprojects", "initiativesUrl", "tag_initiatives"),
          TocSubproject.class, Map.of("initiativesUrl", "subproject_initiatives"),
          Contact.class, Map.of("tocLiaisons", "toc_liaison"));

  /** The naming rule of the model's mappers: {@link #key(Class, String)} for every property. */
  static final PropertyNamingStrategy NAMING = new Naming();

  /** Jackson's snake_case, but for the keys in {@link #RENAMED}. */
  private static final class Naming extends PropertyNamingStrategies.SnakeCaseStrategy {
    private static final long serialVersionUID = 1L;

    String key(Class<?> type, String name) {
      String renamed = RENAMED.getOrDefault(type, Map.of()).get(name);
      return renamed != null ? renamed : translate(name);
    }

    @Override
    public String nameForField(MapperConfig<?> config, AnnotatedField field, String name) {
      return key(field.getDeclaringClass(), name);
    }

    @Override
    public String nameForGetterMethod(MapperConfig<?> config, AnnotatedMethod method, String name) {
      return key(method.getDeclaringClass(), name);
    }

    @Override
    public String nameForSetterMethod(MapperConfig<?> config, AnnotatedMethod method, String name) {
      return key(method.getDeclaringClass(), name);
    }

    @Override
    public String nameForConstructorParameter(
        MapperConfig<?> config, AnnotatedParameter parameter, String name) {
      return key(parameter.getDeclaringClass(), name);
    }
  }

  private Keys() {}

  /** The keys of each record, worked out once: reading asks for them per file. */
  private static final ClassValue<List<String>> KEYS =
      new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
          return Arrays.stream(type.getRecordComponents()).map(Keys::key).toList();
        }
      };

  static List<String> of(Class<? extends Record> type) {
    return KEYS.get(type);
  }

  /** The key of one component. */
  static String key(RecordComponent component) {
    return key(component.getDeclaringRecord(), component.getName());
  }

  /** The key of the property {@code name} of {@code type}. */
  static String key(Class<?> type, String name) {
    return ((Naming) NAMING).key(type, name);
  }
}
