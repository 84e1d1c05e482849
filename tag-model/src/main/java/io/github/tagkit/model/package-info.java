/**
 * The TAG metadata model: {@link io.github.tagkit.model.TagRegistry} and the records it holds.
 * Start at {@link io.github.tagkit.model.TagRegistry#read(java.nio.file.Path)}.
 */
package io.github.tagkit.model;
