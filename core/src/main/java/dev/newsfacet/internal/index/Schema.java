package dev.newsfacet.internal.index;

import dev.newsfacet.Article;
import dev.newsfacet.DatePrecision;
import dev.newsfacet.DateSource;
import dev.newsfacet.Dimension;
import dev.newsfacet.Mention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;

/**
 * How an {@link Article} maps to a Lucene document and back.
 *
 * <ul>
 *   <li>{@code id}: exact term, stored; the update key.
 *   <li>{@code title}, {@code body}, {@code caption}: full text with positions (phrases), stored.
 *       No offsets: snippets re-analyse the stored text of the page's few hits, which costs far
 *       less than writing an offset for every word of every article at index time.
 *   <li>{@code date}: epoch day as a point (range filter), doc value (sort) and stored value.
 *   <li>each {@link Dimension}: a folded exact term per value (fielded queries), the original value
 *       stored, and a sorted-set facet value in the shared {@code $facets} field.
 *   <li>{@code story}: the story id, exact term, stored and a sorted doc value (grouping, counting
 *       stories); {@code texthash}, {@code lsh} and {@code minhash_dv} (older documents: the stored
 *       {@code minhash}) find duplicates.
 *   <li>{@code url}, {@code author}, {@code dateline}, precision, provenance: stored only.
 *   <li>{@code hit}: what a search hit shows, in one binary doc value ({@link HitValues}).
 * </ul>
 */
public final class Schema {
  public static final String ID = "id";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String CAPTION = "caption";
  public static final String DATE = "date";
  public static final String URL = "url";
  public static final String AUTHOR = "author";
  public static final String DATELINE = "dateline";
  public static final String STORY = "story";
  static final String PRECISION = "date_precision";
  static final String DATE_SOURCE = "date_source";
  static final String DECADE = "mentioned_decade";
  static final String MENTION = "mention";
  public static final String TEXT_HASH = "texthash";
  public static final String LSH = "lsh";

  /**
   * The MinHash signature (128 one-byte slots) as a binary doc value: random bytes, which the
   * stored fields' LZ4 would spend time on without compressing them.
   */
  public static final String SIGNATURE_VALUES = "minhash_dv";

  public static final String SOURCE_STAMP = "source_stamp";
  static final String SOURCE_COUNT = "source_count";

  /** Records of the file that could not be read, on one article per file or piece (doc value). */
  static final String SOURCE_UNREADABLE = "source_unreadable";

  /**
   * Which file owns which file id: two terms an article, {@code p} + path + NUL + id and {@code i}
   * + id + NUL + path, so that either is found from the other by a seek ({@link Searches#fileId},
   * {@link Searches#filePath}). NUL cannot occur in a path.
   */
  static final String SOURCE_FILE = "source_file";

  static final char FILE_SEP = '\0';

  /** What a search hit shows, packed into one binary doc value ({@link HitValues}). */
  static final String HIT = "hit";

  /** Facet values longer than this are dropped: they are not labels but misplaced text. */
  static final int MAX_VALUE_LENGTH = 300;

  private static final char SEP = '\u001f';

  /** Every stored field but the body, captions and duplicate detection, for hits. */
  public static final Set<String> HIT_FIELDS;

  private static final FieldType TEXT = new FieldType();

  /**
   * A dimension value's exact term, folded by {@link KeywordNormalizer#fold} before it is added:
   * the same term and postings as the value analysed by {@link KeywordNormalizer} (which fielded
   * queries still run), without a token stream per value.
   */
  private static final FieldType KEYWORD = new FieldType();

  /**
   * One 8-byte point dimension, as {@link LongPoint} declares it, but shared: {@code LongPoint}
   * makes a new field type for every value, 33 a document.
   */
  private static final FieldType LONG_POINT = new FieldType();

  static {
    TEXT.setTokenized(true);
    TEXT.setStored(true);
    TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    TEXT.freeze();
    KEYWORD.setTokenized(false);
    KEYWORD.setStored(false);
    KEYWORD.setOmitNorms(true);
    KEYWORD.setIndexOptions(IndexOptions.DOCS);
    KEYWORD.freeze();
    LONG_POINT.setDimensions(1, Long.BYTES);
    LONG_POINT.freeze();
    List<String> hitFields =
        new ArrayList<>(
            List.of(ID, TITLE, DATE, URL, AUTHOR, DATELINE, STORY, PRECISION, DATE_SOURCE, DECADE));
    for (Dimension d : Dimension.values()) {
      hitFields.add(d.fieldName());
    }
    HIT_FIELDS = Set.copyOf(hitFields);
  }

  private static final Dimension[] DIMENSIONS = Dimension.values();

  /** The escape {@code FacetsConfig.pathToString} puts before a separator inside a component. */
  private static final char FACET_ESCAPE = '\u001E';

  /**
   * Each dimension's own drill-down term, as {@code FacetsConfig} indexes it beside every value;
   * shared by all documents (the indexer only reads a field's bytes).
   */
  private static final BytesRef[] DIMENSION_TERMS = new BytesRef[DIMENSIONS.length];

  static {
    for (int i = 0; i < DIMENSIONS.length; i++) {
      DIMENSION_TERMS[i] = new BytesRef(DIMENSIONS[i].fieldName());
    }
  }

  private final FacetsConfig facetsConfig = new FacetsConfig();

  /** Per dimension: whether each value is indexed with the dimension's own doc value too. */
  private final boolean[] dimensionValue = new boolean[DIMENSIONS.length];

  public Schema() {
    for (Dimension d : Dimension.values()) {
      facetsConfig.setMultiValued(d.fieldName(), d.multiValued());
      // Without it a dimension's total is reported as -1.
      facetsConfig.setRequireDimCount(d.fieldName(), true);
    }
    for (int i = 0; i < DIMENSIONS.length; i++) {
      FacetsConfig.DimConfig c = facetsConfig.getDimConfig(DIMENSIONS[i].fieldName());
      dimensionValue[i] = c.multiValued && (c.hierarchical || c.requireDimCount);
    }
  }

  /** The facet configuration shared by indexing and search. */
  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /** The index- or query-time analyzer: full text for title and body, exact values elsewhere. */
  public static Analyzer analyzer(boolean forIndexing) {
    Map<String, Analyzer> perField = new HashMap<>();
    KeywordNormalizer keyword = new KeywordNormalizer();
    for (Dimension d : Dimension.values()) {
      perField.put(d.fieldName(), keyword);
    }
    perField.put(ID, keyword);
    return new PerFieldAnalyzerWrapper(new NewsAnalyzer(forIndexing), perField);
  }

  /** The term that identifies an article, for updates and deletes. */
  public static Term idTerm(String id) {
    return new Term(ID, id);
  }

  /**
   * Maps an article to a document ready for {@code IndexWriter.updateDocument}.
   *
   * @param fingerprint the article's duplicate-detection fingerprint, or null for none
   */
  public Document toDocument(Article a, Fingerprint fingerprint) throws java.io.IOException {
    return toDocument(a, fingerprint, null);
  }

  /**
   * Maps an article to a document, with the file it came from.
   *
   * @param source the file, or null
   */
  public Document toDocument(Article a, Fingerprint fingerprint, SourceFile source)
      throws java.io.IOException {
    return toDocument(a, a.storyId(), fingerprint, source);
  }

  /**
   * Maps an article to a document under a story id decided at placement, which overrides the
   * article's own (no copy of the article just to change that field).
   *
   * @param storyId the story id, or null for the article's own id
   */
  public Document toDocument(Article a, String storyId, Fingerprint fingerprint, SourceFile source)
      throws java.io.IOException {
    Document doc = new Document();
    List<List<String>> values = new ArrayList<>(DIMENSIONS.length);
    for (Dimension d : DIMENSIONS) {
      values.add(a.values(d));
    }
    addFacetFields(doc, values);
    doc.add(new StringField(ID, a.id(), Field.Store.YES));
    if (a.title() != null) {
      doc.add(new Field(TITLE, a.title(), TEXT));
    }
    doc.add(new Field(BODY, a.body(), TEXT));
    for (String caption : a.captions()) {
      doc.add(new Field(CAPTION, caption, TEXT));
    }
    stored(doc, URL, a.url());
    stored(doc, AUTHOR, a.author());
    stored(doc, DATELINE, a.dateline());
    if (a.date() != null) {
      long day = a.date().toEpochDay();
      doc.add(longPoint(DATE, day, new byte[Long.BYTES], 0));
      doc.add(new NumericDocValuesField(DATE, day));
      doc.add(new StoredField(DATE, day));
    }
    if (a.datePrecision() != null) {
      doc.add(new StoredField(PRECISION, a.datePrecision().name()));
    }
    if (a.dateSource() != null) {
      doc.add(new StoredField(DATE_SOURCE, a.dateSource().name()));
    }
    for (int decade : a.mentionedDecades()) {
      doc.add(new StoredField(DECADE, decade));
    }
    for (Mention m : a.mentions()) {
      doc.add(
          new StoredField(
              MENTION,
              m.dimension().fieldName()
                  + SEP
                  + m.value()
                  + SEP
                  + m.where().name()
                  + SEP
                  + m.count()));
    }
    if (source != null) {
      doc.add(new StringField(SOURCE_STAMP, source.stamp(), Field.Store.NO));
      doc.add(new StoredField(SOURCE_COUNT, source.articles()));
      if (source.unreadable() > 0) {
        doc.add(new NumericDocValuesField(SOURCE_UNREADABLE, source.unreadable()));
      }
      if (source.path() != null) {
        doc.add(
            new StringField(
                SOURCE_FILE, "p" + source.path() + FILE_SEP + source.id(), Field.Store.NO));
        doc.add(
            new StringField(
                SOURCE_FILE, "i" + source.id() + FILE_SEP + source.path(), Field.Store.NO));
      }
    }
    // As Article.storyId would hold it: stripped, blank meaning none.
    String story = storyId == null || storyId.isBlank() ? a.id() : storyId.strip();
    // Stored and sorted, not a term: nothing looks a story up by term, and a unique term per
    // document weighs on every flush and merge.
    doc.add(new StoredField(STORY, story));
    doc.add(new SortedDocValuesField(STORY, new BytesRef(story)));
    doc.add(new BinaryDocValuesField(HIT, HitValues.encode(a, story, values)));
    if (fingerprint != null) {
      doc.add(new StringField(TEXT_HASH, fingerprint.textHash(), Field.Store.NO));
      // Points, not terms: 24 near-unique values a document would bloat the term dictionary.
      long[] bands = fingerprint.bands();
      byte[] packed = new byte[bands.length * Long.BYTES];
      for (int b = 0; b < bands.length; b++) {
        doc.add(longPoint(LSH, bands[b], packed, b * Long.BYTES));
      }
      doc.add(
          new BinaryDocValuesField(SIGNATURE_VALUES, new BytesRef(fingerprint.signatureBytes())));
    }
    for (int i = 0; i < DIMENSIONS.length; i++) {
      String field = DIMENSIONS[i].fieldName();
      for (String value : values.get(i)) {
        if (value.length() <= MAX_VALUE_LENGTH) {
          doc.add(new Field(field, KeywordNormalizer.fold(value), KEYWORD));
          doc.add(new StoredField(field, value));
        }
      }
    }
    return doc;
  }

  /**
   * The fields {@code FacetsConfig.build} makes of a {@link SortedSetDocValuesFacetField} per value
   * (they lead the document): per value the encoded path as a sorted-set doc value and as a
   * drill-down term, and per dimension with a value its own drill-down term and, if it is
   * multi-valued and counted (its total), its own sorted-set doc value. {@code build} adds those
   * last two once per value; a document's sorted-set values are a set and a {@code DOCS} term
   * records no frequency, so once per dimension indexes the same. Made here directly, without
   * building the document twice, grouping the facet fields in a map and encoding each path twice;
   * {@code SchemaTest} compares the index they make with what {@code build} makes.
   */
  private void addFacetFields(Document doc, List<List<String>> values) {
    String indexField = facetsConfig.getDimConfig(DIMENSIONS[0].fieldName()).indexFieldName;
    for (int i = 0; i < DIMENSIONS.length; i++) {
      Dimension d = DIMENSIONS[i];
      int added = 0;
      for (String value : values.get(i)) {
        if (value.length() > MAX_VALUE_LENGTH) {
          continue;
        }
        if (added++ > 0 && !d.multiValued()) {
          throw new IllegalArgumentException(
              "dimension \""
                  + d.fieldName()
                  + "\" is not multiValued, but it appears more than once");
        }
        BytesRef path = new BytesRef(facetPath(d.fieldName(), value));
        doc.add(new SortedSetDocValuesField(indexField, path));
        doc.add(new StringField(indexField, path, Field.Store.NO));
      }
      if (added > 0) {
        if (dimensionValue[i]) {
          doc.add(new SortedSetDocValuesField(indexField, DIMENSION_TERMS[i]));
        }
        doc.add(new StringField(indexField, DIMENSION_TERMS[i], Field.Store.NO));
      }
    }
  }

  /** {@code FacetsConfig.pathToString(dim, value)}: the two joined, separator chars escaped. */
  static String facetPath(String dim, String value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException("each path component must have length > 0 (got: \"\")");
    }
    if (value.indexOf(FacetsConfig.DELIM_CHAR) < 0 && value.indexOf(FACET_ESCAPE) < 0) {
      return dim + FacetsConfig.DELIM_CHAR + value;
    }
    return FacetsConfig.pathToString(dim, new String[] {value});
  }

  /** A point equal to {@code new LongPoint(field, value)}, its bytes at {@code offset}. */
  static Field longPoint(String field, long value, byte[] packed, int offset) {
    NumericUtils.longToSortableBytes(value, packed, offset);
    return new Field(field, new BytesRef(packed, offset, Long.BYTES), LONG_POINT);
  }

  private static void stored(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StoredField(field, value));
    }
  }

  /** Maps a stored document back to an article; body and captions are empty if not loaded. */
  public static Article toArticle(Document doc) {
    Article.Builder b =
        Article.builder(doc.get(ID))
            .title(doc.get(TITLE))
            .body(doc.get(BODY))
            .captions(List.of(doc.getValues(CAPTION)))
            .url(doc.get(URL))
            .author(doc.get(AUTHOR))
            .dateline(doc.get(DATELINE))
            .storyId(doc.get(STORY))
            .source(doc.get(Dimension.SOURCE.fieldName()))
            .parties(List.of(doc.getValues(Dimension.PARTY.fieldName())))
            .persons(List.of(doc.getValues(Dimension.PERSON.fieldName())))
            .places(List.of(doc.getValues(Dimension.PLACE.fieldName())))
            .mentionedYears(years(doc.getValues(Dimension.MENTIONED_YEAR.fieldName())));
    List<Integer> decades = new ArrayList<>();
    for (IndexableField f : doc.getFields(DECADE)) {
      decades.add(f.numericValue().intValue());
    }
    b.mentionedDecades(decades);
    List<Mention> mentions = new ArrayList<>();
    for (String m : doc.getValues(MENTION)) {
      String[] p = m.split(String.valueOf(SEP), -1);
      if (p.length == 4) {
        mentions.add(
            new Mention(
                Dimension.of(p[0]), p[1], Mention.Where.valueOf(p[2]), Integer.parseInt(p[3])));
      }
    }
    b.mentions(mentions);
    String precision = doc.get(PRECISION);
    String source = doc.get(DATE_SOURCE);
    b.datePrecision(precision == null ? null : DatePrecision.valueOf(precision));
    b.dateSource(source == null ? null : DateSource.valueOf(source));
    IndexableField date = doc.getField(DATE);
    if (date != null) {
      b.date(LocalDate.ofEpochDay(date.numericValue().longValue()));
    } else {
      String year = doc.get(Dimension.YEAR.fieldName());
      b.year(year == null ? null : Integer.valueOf(year));
    }
    return b.build();
  }

  private static List<Integer> years(String[] values) {
    List<Integer> out = new ArrayList<>(values.length);
    for (String v : values) {
      out.add(Integer.valueOf(v));
    }
    return out;
  }
}
