package dev.newsfacet.opensearch;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tells forbidden-apis that a test uses a JDK API it flags on purpose: the JDK's built-in HTTP
 * server ({@code jdk.httpserver}, a supported module) stands in for OpenSearch in unit tests.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD})
@interface SuppressForbidden {
  /** Why the use is fine. */
  String reason();
}
