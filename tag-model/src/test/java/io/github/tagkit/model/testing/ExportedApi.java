package io.github.tagkit.model.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a module's exported API shows of other libraries: every type in the signatures (supertypes,
 * fields, constructors, methods, thrown exceptions, record components, type bounds) and every
 * annotation of every public type in the packages its {@code module-info} exports must be the JDK's
 * or tagkit's own, so that a tool author needs no Jackson, networknt or Mustache to use it.
 */
public final class ExportedApi {
  private ExportedApi() {}

  /**
   * The public types of the packages exported by the module (jar or folder) {@code member} is in.
   */
  public static List<Class<?>> types(Class<?> member) {
    ModuleReference module = module(member);
    Set<String> exported =
        module.descriptor().exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    List<Class<?>> types = new ArrayList<>();
    try (ModuleReader reader = module.open()) {
      for (String entry : reader.list().sorted().toList()) {
        if (!entry.endsWith(".class") || entry.equals("module-info.class")) {
          continue;
        }
        String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
        String pkg = name.substring(0, name.lastIndexOf('.'));
        if (exported.contains(pkg)) {
          Class<?> type = Class.forName(name, false, member.getClassLoader());
          if (Modifier.isPublic(type.getModifiers()) && isVisible(type)) {
            types.add(type);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return types;
  }

  /** Every place an exported type of {@code member}'s module shows a foreign type. */
  public static Set<String> foreignTypes(Class<?> member) {
    Set<String> problems = new TreeSet<>();
    for (Class<?> type : types(member)) {
      problems.addAll(foreignTypesOf(type));
    }
    return problems;
  }

  /** Every place {@code type}'s public signature or annotations show a foreign type. */
  public static Set<String> foreignTypesOf(Class<?> type) {
    Set<String> problems = new TreeSet<>();
    String at = type.getName();
    annotations(type, at, problems);
    signature(type.getGenericSuperclass(), at + " extends", problems);
    for (Type implemented : type.getGenericInterfaces()) {
      signature(implemented, at + " implements", problems);
    }
    for (TypeVariable<?> variable : type.getTypeParameters()) {
      for (Type bound : variable.getBounds()) {
        signature(bound, at + "<" + variable.getName() + ">", problems);
      }
    }
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        String here = at + "." + component.getName();
        annotations(component, here, problems);
        signature(component.getGenericType(), here, problems);
      }
    }
    for (Field field : type.getDeclaredFields()) {
      if (visible(field)) {
        annotations(field, at + "." + field.getName(), problems);
        signature(field.getGenericType(), at + "." + field.getName(), problems);
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (visible(constructor)) {
        executable(constructor, at + ".<init>", problems);
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (visible(method) && !method.isSynthetic() && !method.isBridge()) {
        signature(method.getGenericReturnType(), at + "." + method.getName() + "()", problems);
        executable(method, at + "." + method.getName() + "()", problems);
      }
    }
    return problems;
  }

  private static void executable(Executable executable, String at, Set<String> problems) {
    annotations(executable, at, problems);
    for (Parameter parameter : executable.getParameters()) {
      annotations(parameter, at + " " + parameter.getName(), problems);
      signature(parameter.getParameterizedType(), at + " " + parameter.getName(), problems);
    }
    for (Type thrown : executable.getGenericExceptionTypes()) {
      signature(thrown, at + " throws", problems);
    }
  }

  private static void annotations(AnnotatedElement element, String at, Set<String> problems) {
    for (Annotation annotation : element.getDeclaredAnnotations()) {
      Class<? extends Annotation> kind = annotation.annotationType();
      if (!ours(kind)) {
        problems.add(at + " is annotated @" + kind.getName());
      }
    }
  }

  private static void signature(Type type, String at, Set<String> problems) {
    if (type == null) {
      return;
    }
    if (type instanceof Class<?> plain) {
      Class<?> element = plain;
      while (element.isArray()) {
        element = element.getComponentType();
      }
      if (!element.isPrimitive() && !ours(element)) {
        problems.add(at + " shows " + element.getName());
      }
    } else if (type instanceof ParameterizedType parameterized) {
      signature(parameterized.getRawType(), at, problems);
      for (Type argument : parameterized.getActualTypeArguments()) {
        signature(argument, at, problems);
      }
    } else if (type instanceof WildcardType wildcard) {
      for (Type bound : wildcard.getUpperBounds()) {
        signature(bound, at, problems);
      }
      for (Type bound : wildcard.getLowerBounds()) {
        signature(bound, at, problems);
      }
    } else if (type instanceof GenericArrayType array) {
      signature(array.getGenericComponentType(), at, problems);
    }
    // a type variable is declared by the type or method, whose bounds are checked there
  }

  /** The JDK's types and tagkit's own. */
  private static boolean ours(Class<?> type) {
    String name = type.getName();
    return name.startsWith("java.") || name.startsWith("io.github.tagkit.");
  }

  private static boolean visible(Member member) {
    int modifiers = member.getModifiers();
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static boolean isVisible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static ModuleReference module(Class<?> member) {
    Path location;
    try {
      location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return ModuleFinder.of(location).findAll().stream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no module at " + location));
  }
}
