package io.github.tagkit.validator.internal;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordType;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.NodePath;
import tools.jackson.databind.JsonNode;

/**
 * networknt's {@code enum} keyword, each of its validators made when it first checks a value.
 * Making one writes every allowed value out as JSON, and the first JSON written loads Jackson's
 * whole serialization machinery, a large part of a cold start (benchmarks/README.md) spent on
 * {@code recurrence}, which few files have. The validator made is networknt's own, so errors stay
 * the same.
 */
final class DeferredEnum implements Keyword {
  @Override
  public String getValue() {
    return KeywordType.ENUM.getValue();
  }

  @Override
  public KeywordValidator newValidator(
      SchemaLocation location, JsonNode schemaNode, Schema parent, SchemaContext context) {
    return new Validator(location, schemaNode, parent, context);
  }

  private static KeywordValidator make(
      SchemaLocation location, JsonNode schemaNode, Schema parent, SchemaContext context) {
    try {
      return KeywordType.ENUM.newValidator(location, schemaNode, parent, context);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("cannot make the enum validator at " + location, e);
    }
  }

  private static final class Validator implements KeywordValidator {
    private final SchemaLocation location;
    private final JsonNode schemaNode;
    private final Schema parent;
    private final SchemaContext context;
    private volatile KeywordValidator made;

    Validator(SchemaLocation location, JsonNode schemaNode, Schema parent, SchemaContext context) {
      this.location = location;
      this.schemaNode = schemaNode;
      this.parent = parent;
      this.context = context;
    }

    /** networknt's validator, made by the first thread that needs it. */
    private KeywordValidator made() {
      KeywordValidator validator = made;
      if (validator == null) {
        synchronized (this) {
          validator = made;
          if (validator == null) {
            validator = made = make(location, schemaNode, parent, context);
          }
        }
      }
      return validator;
    }

    @Override
    public void validate(
        ExecutionContext context, JsonNode node, JsonNode root, NodePath instanceLocation) {
      made().validate(context, node, root, instanceLocation);
    }

    @Override
    public void walk(
        ExecutionContext context,
        JsonNode node,
        JsonNode root,
        NodePath instanceLocation,
        boolean shouldValidateSchema) {
      made().walk(context, node, root, instanceLocation, shouldValidateSchema);
    }

    @Override
    public SchemaLocation getSchemaLocation() {
      return location;
    }

    @Override
    public String getKeyword() {
      return KeywordType.ENUM.getValue();
    }
  }
}
