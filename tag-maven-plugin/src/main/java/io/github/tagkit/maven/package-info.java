/** Maven goals over TAG metadata: thin adapters around tag-validator. */
package io.github.tagkit.maven;
