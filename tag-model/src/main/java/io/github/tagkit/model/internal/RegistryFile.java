package io.github.tagkit.model.internal;

import io.github.tagkit.model.Tag;
import io.github.tagkit.model.TocSubproject;
import java.util.List;

/** The registry's root mapping as it is on disk. */
public record RegistryFile(List<Tag> tags, List<TocSubproject> tocSubprojects) {}
