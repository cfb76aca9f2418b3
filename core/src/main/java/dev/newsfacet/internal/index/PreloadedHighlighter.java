package dev.newsfacet.internal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A {@link UnifiedHighlighter} that takes the bodies of the page from the stored documents the
 * search already loaded for its hits, instead of reading (and decompressing) them a second time.
 */
final class PreloadedHighlighter extends UnifiedHighlighter {
  private final Map<Integer, String> bodies;
  private final int maxLength;
  private final FieldInfo body;

  /**
   * @param bodies the body of every document that will be highlighted, by document id
   * @param maxLength the characters of a body looked at, as {@code Builder.withMaxLength}
   * @param body the body field's info in the searcher's reader, or null to look it up
   */
  PreloadedHighlighter(
      Builder builder, Map<Integer, String> bodies, int maxLength, FieldInfo body) {
    super(builder.withMaxLength(maxLength));
    this.bodies = bodies;
    this.maxLength = maxLength;
    this.body = body;
  }

  @Override
  protected FieldInfo getFieldInfo(String field) {
    // The searcher merged the field infos once; the default merges them for every highlighter.
    return body != null && field.equals(Schema.BODY) ? body : super.getFieldInfo(field);
  }

  @Override
  protected List<CharSequence[]> loadFieldValues(
      String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
    if (fields.length != 1 || !fields[0].equals(Schema.BODY)) {
      return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
    }
    List<CharSequence[]> values = new ArrayList<>();
    for (int doc = docIter.nextDoc();
        doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = docIter.nextDoc()) {
      String body = bodies.get(doc);
      if (body == null) {
        body = "";
      } else if (body.length() > maxLength) {
        body = body.substring(0, maxLength);
      }
      values.add(new CharSequence[] {body});
    }
    return values;
  }
}
