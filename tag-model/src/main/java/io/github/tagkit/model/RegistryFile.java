package io.github.tagkit.model;

import java.util.List;

/** The registry's root mapping as it is on disk. */
record RegistryFile(List<Tag> tags, List<TocSubproject> tocSubprojects) {}
