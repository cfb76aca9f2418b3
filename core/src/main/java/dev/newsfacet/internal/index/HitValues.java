package dev.newsfacet.internal.index;

import dev.newsfacet.Article;
import dev.newsfacet.Dimension;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BitUtil;
import org.apache.lucene.util.BytesRef;

/**
 * The fields a search hit shows, packed into one binary doc value per article ({@link Schema#HIT}).
 * A page of hits reads them from there instead of the stored fields, whose blocks also hold the
 * bodies: decompressing those was about two fifths of a small query's time. The stored fields stay
 * the source for whole articles.
 *
 * <p>Layout: a flags byte, the id, then the title, url, story id (when it differs from the id) and
 * publication day (zig-zag) as the flags say, then for each of {@link #DIMENSIONS} a count and the
 * values the stored fields hold (values longer than {@link Schema#MAX_VALUE_LENGTH} are left out
 * there and here). Strings are a length and UTF-8.
 */
final class HitValues {
  private static final int TITLE = 1;
  private static final int URL = 1 << 1;
  private static final int STORY = 1 << 2;
  private static final int DATE = 1 << 3;

  /** The dimensions a hit shows, in the order they are written. */
  private static final Dimension[] DIMENSIONS = {
    Dimension.SOURCE,
    Dimension.YEAR,
    Dimension.PARTY,
    Dimension.PERSON,
    Dimension.PLACE,
    Dimension.MENTIONED_YEAR
  };

  private HitValues() {}

  /** Packs what a hit shows of an article placed in the given story. */
  static BytesRef encode(Article a, String story) {
    List<List<String>> values = new ArrayList<>(Dimension.values().length);
    for (Dimension d : Dimension.values()) {
      values.add(a.values(d));
    }
    return encode(a, story, values);
  }

  /**
   * Packs what a hit shows, with the article's values already listed per dimension in {@link
   * Dimension#values()} order (the document build has them at hand). The bytes are those Lucene's
   * {@code DataOutput} writes for the layout (vInts, zig-zag vLongs, length-prefixed UTF-8),
   * written into one array without its blocks and per-string scratch copies.
   */
  static BytesRef encode(Article a, String story, List<List<String>> values) {
    Writer out = new Writer();
    int flags = 0;
    if (a.title() != null) {
      flags |= TITLE;
    }
    if (a.url() != null) {
      flags |= URL;
    }
    boolean ownStory = story.equals(a.id());
    if (!ownStory) {
      flags |= STORY;
    }
    if (a.date() != null) {
      flags |= DATE;
    }
    out.writeByte(flags);
    out.writeString(a.id());
    if (a.title() != null) {
      out.writeString(a.title());
    }
    if (a.url() != null) {
      out.writeString(a.url());
    }
    if (!ownStory) {
      out.writeString(story);
    }
    if (a.date() != null) {
      out.writeZLong(a.date().toEpochDay());
    }
    for (Dimension d : DIMENSIONS) {
      List<String> dimValues = values.get(d.ordinal());
      int kept = 0;
      for (String v : dimValues) {
        if (v.length() <= Schema.MAX_VALUE_LENGTH) {
          kept++;
        }
      }
      out.writeVInt(kept);
      for (String v : dimValues) {
        if (v.length() <= Schema.MAX_VALUE_LENGTH) {
          out.writeString(v);
        }
      }
    }
    return out.toBytesRef();
  }

  /** A growing byte array written as Lucene's {@code DataOutput} writes the same values. */
  private static final class Writer {
    private byte[] bytes = new byte[256];
    private int length;

    private void ensure(int more) {
      if (length + more > bytes.length) {
        bytes = ArrayUtil.grow(bytes, length + more);
      }
    }

    void writeByte(int b) {
      ensure(1);
      bytes[length++] = (byte) b;
    }

    void writeVInt(int i) {
      ensure(5);
      while ((i & ~0x7F) != 0) {
        bytes[length++] = (byte) ((i & 0x7F) | 0x80);
        i >>>= 7;
      }
      bytes[length++] = (byte) i;
    }

    void writeZLong(long l) {
      long z = BitUtil.zigZagEncode(l);
      ensure(10);
      while ((z & ~0x7FL) != 0L) {
        bytes[length++] = (byte) ((z & 0x7FL) | 0x80L);
        z >>>= 7;
      }
      bytes[length++] = (byte) z;
    }

    /** The UTF-8 length as a vInt, then the bytes; ASCII (nearly every value) without a copy. */
    void writeString(String s) {
      int n = s.length();
      ensure(5 + n);
      int start = length;
      writeVInt(n);
      int at = length;
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c >= 0x80) {
          length = start;
          BytesRef utf8 = new BytesRef(s);
          writeVInt(utf8.length);
          ensure(utf8.length);
          System.arraycopy(utf8.bytes, utf8.offset, bytes, length, utf8.length);
          length += utf8.length;
          return;
        }
        bytes[at++] = (byte) c;
      }
      length = at;
    }

    BytesRef toBytesRef() {
      return new BytesRef(bytes, 0, length);
    }
  }

  /**
   * Unpacks a hit's fields into an article without body, captions, author, dateline or provenance,
   * built as {@link Schema#toArticle} builds one from the stored fields.
   */
  static Article decode(BytesRef bytes) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    int flags = in.readByte();
    String id = in.readString();
    Article.Builder b = Article.builder(id);
    b.title((flags & TITLE) != 0 ? in.readString() : null);
    b.url((flags & URL) != 0 ? in.readString() : null);
    b.storyId((flags & STORY) != 0 ? in.readString() : id);
    LocalDate date = (flags & DATE) != 0 ? LocalDate.ofEpochDay(in.readZLong()) : null;
    String source = null;
    String year = null;
    for (Dimension d : DIMENSIONS) {
      int n = in.readVInt();
      List<String> values = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        values.add(in.readString());
      }
      switch (d) {
        case SOURCE -> source = values.isEmpty() ? null : values.get(0);
        case YEAR -> year = values.isEmpty() ? null : values.get(0);
        case PARTY -> b.parties(values);
        case PERSON -> b.persons(values);
        case PLACE -> b.places(values);
        case MENTIONED_YEAR -> {
          List<Integer> years = new ArrayList<>(n);
          for (String v : values) {
            years.add(Integer.valueOf(v));
          }
          b.mentionedYears(years);
        }
      }
    }
    b.source(source);
    if (date != null) {
      b.date(date);
    } else {
      b.year(year == null ? null : Integer.valueOf(year));
    }
    return b.build();
  }
}
