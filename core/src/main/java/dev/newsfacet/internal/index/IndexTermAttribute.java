package dev.newsfacet.internal.index;

import org.apache.lucene.analysis.tokenattributes.PackedTokenAttributeImpl;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.BytesRef;

/**
 * {@link IndexTokenizer}'s token: the usual packed attributes, plus the term's UTF-8 bytes written
 * by the tokenizer in the same pass as its chars for an ASCII term, so that the indexer's {@link
 * #getBytesRef} does not encode the chars again for nearly every word. Other terms are encoded from
 * the chars as usual. Only the tokenizer writes a term (no filter follows it in the chain); it
 * marks each term's bytes as written or not.
 */
final class IndexTermAttribute extends PackedTokenAttributeImpl {
  /** Gives this implementation for every attribute it implements, Lucene's default for others. */
  static final AttributeFactory FACTORY =
      new AttributeFactory() {
        @Override
        public AttributeImpl createAttributeInstance(
            Class<? extends org.apache.lucene.util.Attribute> attClass) {
          return attClass.isAssignableFrom(IndexTermAttribute.class)
              ? new IndexTermAttribute()
              : DEFAULT_ATTRIBUTE_FACTORY.createAttributeInstance(attClass);
        }
      };

  private BytesRef bytes = new BytesRef(new byte[64]);

  /** Whether {@link #bytes} hold the current term. */
  private boolean bytesWritten;

  /** A buffer of at least {@code length} bytes for the tokenizer to write the next term into. */
  byte[] bytesBuffer(int length) {
    if (bytes.bytes.length < length) {
      bytes.bytes = new byte[org.apache.lucene.util.ArrayUtil.oversize(length, 1)];
    }
    return bytes.bytes;
  }

  /** The current term's chars are set and its bytes written: the first {@code length} bytes. */
  void bytesWritten(int length) {
    bytes.length = length;
    bytesWritten = true;
  }

  /** The current term's chars are set, its bytes not written: they are encoded on demand. */
  void charsOnly() {
    bytesWritten = false;
  }

  @Override
  public BytesRef getBytesRef() {
    // The length check guards against a char write the tokenizer did not mark.
    if (bytesWritten && bytes.length == length()) {
      return bytes;
    }
    return super.getBytesRef();
  }

  @Override
  public void clear() {
    super.clear();
    bytesWritten = false;
  }

  @Override
  public IndexTermAttribute clone() {
    IndexTermAttribute t = (IndexTermAttribute) super.clone();
    // A captured state must not share the live byte buffer: it is encoded from its own chars.
    t.bytes = new BytesRef(new byte[0]);
    t.bytesWritten = false;
    return t;
  }

  @Override
  public void copyTo(AttributeImpl target) {
    super.copyTo(target);
    if (target instanceof IndexTermAttribute t) {
      t.bytesWritten = false;
    }
  }
}
