package dev.newsfacet.internal.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON reader for article files, with limits that keep hostile input bounded. */
final class Json {
  static final int MAX_DEPTH = 64;

  static final ObjectMapper MAPPER =
      new ObjectMapper(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_DEPTH)
                          .maxStringLength(64 * 1024 * 1024)
                          .maxNumberLength(100)
                          .build())
                  .build())
          // "{...} junk" is a broken record, not a record.
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Json() {}
}
