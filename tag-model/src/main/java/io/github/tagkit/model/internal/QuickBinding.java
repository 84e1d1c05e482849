package io.github.tagkit.model.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.time.DateTimeException;
import java.time.LocalDate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Two shortcuts for binding the model, each handing every case it does not take to Jackson's own
 * code so that values and errors stay Jackson's:
 *
 * <ul>
 *   <li>records are created through their constructor's {@link Constructor#newInstance}; on Java 17
 *       Jackson's {@code invokeWithArguments} builds a new spreader for every object, which was a
 *       third of binding one file (a spreading method handle made once per type is as quick once
 *       warm, but costs a cold process milliseconds per record type to make);
 *   <li>dates written {@code YYYY-MM-DD} are made with {@code LocalDate.of} instead of a {@code
 *       DateTimeFormatter}; others, and days that do not exist, go to Jackson's deserializer.
 * </ul>
 */
final class QuickBinding extends SimpleModule {
  private static final long serialVersionUID = 1L;

  QuickBinding() {
    super("tagkit-quick-binding");
    addDeserializer(LocalDate.class, new QuickLocalDate());
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addValueInstantiators(new RecordCreators());
  }

  /** Puts {@link ConstructorInstantiator} in place of Jackson's for the model's records. */
  private static final class RecordCreators implements ValueInstantiators {
    @Override
    public ValueInstantiator findValueInstantiator(
        DeserializationConfig config, BeanDescription.Supplier beanDescRef) {
      return null;
    }

    @Override
    public ValueInstantiator modifyValueInstantiator(
        DeserializationConfig config,
        BeanDescription.Supplier beanDescRef,
        ValueInstantiator defaultInstantiator) {
      Class<?> type = beanDescRef.getBeanClass();
      if (defaultInstantiator.getClass() == StdValueInstantiator.class
          && type.isRecord()
          && type.getPackageName().startsWith("io.github.tagkit.model")) {
        return ConstructorInstantiator.of((StdValueInstantiator) defaultInstantiator);
      }
      return defaultInstantiator;
    }
  }

  /** Jackson's instantiator, calling the record's constructor directly. */
  static final class ConstructorInstantiator extends StdValueInstantiator {
    private static final long serialVersionUID = 1L;

    private final transient Constructor<?> constructor;

    private ConstructorInstantiator(StdValueInstantiator jackson, Constructor<?> constructor) {
      super(jackson);
      this.constructor = constructor;
    }

    static ValueInstantiator of(StdValueInstantiator jackson) {
      if (jackson.getWithArgsCreator() == null
          || !(jackson.getWithArgsCreator().getAnnotated() instanceof Constructor<?> constructor)
          || !constructor.canAccess(null)) {
        return jackson;
      }
      // skips the caller check of every newInstance, a stack walk; the constructor is public
      constructor.setAccessible(true);
      return new ConstructorInstantiator(jackson, constructor);
    }

    @Override
    public Object createFromObjectWith(DeserializationContext ctxt, Object[] args)
        throws JacksonException {
      try {
        return constructor.newInstance(args);
      } catch (InvocationTargetException e) {
        // what the constructor threw, as Jackson's own call hands it on
        Throwable thrown = e.getCause();
        if (thrown instanceof Error error) {
          throw error;
        }
        return ctxt.handleInstantiationProblem(_valueClass, args, rewrapCtorProblem(ctxt, thrown));
      } catch (ReflectiveOperationException | IllegalArgumentException e) {
        return ctxt.handleInstantiationProblem(_valueClass, args, rewrapCtorProblem(ctxt, e));
      }
    }
  }

  /** Jackson's {@code LocalDate} deserializer, with {@code YYYY-MM-DD} read by hand. */
  static final class QuickLocalDate extends LocalDateDeserializer {
    private static final long serialVersionUID = 1L;

    QuickLocalDate() {}

    private QuickLocalDate(QuickLocalDate base, Boolean leniency) {
      super(base, leniency);
    }

    private QuickLocalDate(QuickLocalDate base, JsonFormat.Shape shape) {
      super(base, shape);
    }

    // Jackson makes a copy per property for its format settings; the copy stays quick. A copy with
    // another date pattern is Jackson's own, as it should be.
    @Override
    protected LocalDateDeserializer withLeniency(Boolean leniency) {
      return new QuickLocalDate(this, leniency);
    }

    @Override
    protected LocalDateDeserializer withShape(JsonFormat.Shape shape) {
      return new QuickLocalDate(this, shape);
    }

    @Override
    protected LocalDate _fromString(JsonParser p, DeserializationContext ctxt, String string) {
      try {
        LocalDate day = IsoDates.parse(string);
        if (day != null) {
          return day;
        }
      } catch (DateTimeException e) {
        // not a day: Jackson's deserializer reports it as it reports every other bad date
      }
      return super._fromString(p, ctxt, string);
    }
  }
}
