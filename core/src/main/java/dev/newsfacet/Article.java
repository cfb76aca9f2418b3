package dev.newsfacet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A news article: its text, its metadata and its facet values.
 *
 * <p>Lists are copied, deduplicated (first occurrence wins) and never null. When {@code date} is
 * set, {@code year} is its year and the precision is {@link DatePrecision#DAY}; an article can
 * carry a {@code year} without a day-precise date. Build one with {@link #builder(String)}.
 *
 * @param id unique id; adding an article with an existing id replaces the old one
 * @param title headline, or {@code null} when the source has none
 * @param body the article text without captions, never {@code null} (may be empty)
 * @param captions photo captions, without their credits; searchable, never the title
 * @param source the outlet or agency, or {@code null}
 * @param dateline the place line that opens the story ("MOSCOW"), or {@code null}
 * @param url where it was published, or {@code null}
 * @param author byline, or {@code null}
 * @param date publication date, or {@code null} when the day is unknown
 * @param year publication year, or {@code null} when unknown
 * @param datePrecision how precisely the publication date is known, or {@code null} when undated
 * @param dateSource where the publication date came from, or {@code null} when undated
 * @param parties states, organisations and armed groups (the {@code party} dimension)
 * @param persons people, by full name
 * @param places cities, towns, villages and regions
 * @param mentionedYears years the text refers to, in order of first mention
 * @param mentionedDecades decades the text refers to ("the 1990s" is 1990), in order
 * @param mentions where each extracted value was found and how often (empty for values given in
 *     metadata)
 * @param storyId the story this article belongs to: the id of the story's first article (the first
 *     in path order when files are ingested, the first added otherwise), else its own id; {@code
 *     null} before indexing
 */
public record Article(
    String id,
    String title,
    String body,
    List<String> captions,
    String source,
    String dateline,
    String url,
    String author,
    LocalDate date,
    Integer year,
    DatePrecision datePrecision,
    DateSource dateSource,
    List<String> parties,
    List<String> persons,
    List<String> places,
    List<Integer> mentionedYears,
    List<Integer> mentionedDecades,
    List<Mention> mentions,
    String storyId) {

  /** Validates and normalises the fields; see the class documentation. */
  public Article {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank, got '" + id + "'");
    }
    if (id.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          "id must be at most " + MAX_ID_LENGTH + " characters, got " + id.length());
    }
    body = body == null ? "" : body;
    title = blankToNull(title);
    captions = cleanStrings(captions);
    source = blankToNull(source);
    dateline = blankToNull(dateline);
    url = blankToNull(url);
    author = blankToNull(author);
    storyId = blankToNull(storyId);
    if (date != null) {
      if (year != null && year != date.getYear()) {
        throw new IllegalArgumentException(
            "year " + year + " contradicts date " + date + " of article '" + id + "'");
      }
      year = date.getYear();
      datePrecision = DatePrecision.DAY;
    } else if (year == null) {
      datePrecision = null;
    } else if (datePrecision == null || datePrecision == DatePrecision.DAY) {
      datePrecision = DatePrecision.YEAR;
    }
    if (year == null) {
      dateSource = null;
    } else if (dateSource == null) {
      dateSource = DateSource.METADATA;
    }
    parties = cleanStrings(parties);
    persons = cleanStrings(persons);
    places = cleanStrings(places);
    mentionedYears = mentionedYears == null ? List.of() : distinct(mentionedYears);
    mentionedDecades = mentionedDecades == null ? List.of() : distinct(mentionedDecades);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }

  /** The longest id accepted: ids are keys, not text. */
  public static final int MAX_ID_LENGTH = 1024;

  /** Starts an article with the given id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A builder pre-filled with this article's fields, to derive a changed copy. */
  public Builder toBuilder() {
    return new Builder(id)
        .title(title)
        .body(body)
        .captions(captions)
        .source(source)
        .dateline(dateline)
        .url(url)
        .author(author)
        .date(date)
        .year(date == null ? year : null)
        .datePrecision(datePrecision)
        .dateSource(dateSource)
        .parties(parties)
        .persons(persons)
        .places(places)
        .mentionedYears(mentionedYears)
        .mentionedDecades(mentionedDecades)
        .mentions(mentions)
        .storyId(storyId);
  }

  /** The values of one dimension, as strings (years in decimal). */
  public List<String> values(Dimension dimension) {
    return switch (dimension) {
      case PARTY -> parties;
      case PERSON -> persons;
      case PLACE -> places;
      case YEAR -> year == null ? List.of() : List.of(Integer.toString(year));
      case MENTIONED_YEAR -> mentionedYears.stream().map(String::valueOf).toList();
      case SOURCE -> source == null ? List.of() : List.of(source);
    };
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static List<String> cleanStrings(Collection<String> values) {
    if (values == null) {
      return List.of();
    }
    if (values.size() <= 16 && clean(values)) {
      // A plain copy (none at all for a list that is already unmodifiable): every extracted
      // article passes through here twice, and a set per list cost more than this check.
      return List.copyOf(values);
    }
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        out.add(v.strip());
      }
    }
    return List.copyOf(out);
  }

  /** Whether the values are all non-blank, stripped and distinct: what cleaning would keep. */
  private static boolean clean(Collection<String> values) {
    String[] seen = new String[values.size()];
    int count = 0;
    for (String v : values) {
      if (v == null
          || v.isEmpty()
          || Character.isWhitespace(v.charAt(0))
          || Character.isWhitespace(v.charAt(v.length() - 1))) {
        return false;
      }
      for (int k = 0; k < count; k++) {
        if (seen[k].equals(v)) {
          return false;
        }
      }
      seen[count++] = v;
    }
    return true;
  }

  /**
   * The values without nulls and repeats, in first-seen order. An article has a handful of years,
   * so a search among those kept beats a set (and a stream, which cost more than the rest of
   * building an extracted article).
   */
  private static <T> List<T> distinct(Collection<T> values) {
    int n = values.size();
    if (n == 0) {
      return List.of();
    }
    if (n > 16) {
      LinkedHashSet<T> kept = new LinkedHashSet<>();
      for (T v : values) {
        if (v != null) {
          kept.add(v);
        }
      }
      return List.copyOf(kept);
    }
    Object[] kept = new Object[n];
    int count = 0;
    next:
    for (T v : values) {
      if (v == null) {
        continue;
      }
      for (int k = 0; k < count; k++) {
        if (kept[k].equals(v)) {
          continue next;
        }
      }
      kept[count++] = v;
    }
    @SuppressWarnings("unchecked")
    List<T> out = (List<T>) List.of(Arrays.copyOf(kept, count));
    return out;
  }

  /** Builds an {@link Article}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private String title;
    private String body = "";
    private List<String> captions = new ArrayList<>();
    private String source;
    private String dateline;
    private String url;
    private String author;
    private LocalDate date;
    private Integer year;
    private DatePrecision datePrecision;
    private DateSource dateSource;
    private List<String> parties = new ArrayList<>();
    private List<String> persons = new ArrayList<>();
    private List<String> places = new ArrayList<>();
    private List<Integer> mentionedYears = new ArrayList<>();
    private List<Integer> mentionedDecades = new ArrayList<>();
    private List<Mention> mentions = new ArrayList<>();
    private String storyId;

    private Builder(String id) {
      this.id = id;
    }

    /** Sets the headline. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Sets the article text. */
    public Builder body(String body) {
      this.body = body;
      return this;
    }

    /** Replaces the photo captions. */
    public Builder captions(Collection<String> captions) {
      this.captions = new ArrayList<>(captions);
      return this;
    }

    /** Sets the dateline ("MOSCOW"). */
    public Builder dateline(String dateline) {
      this.dateline = dateline;
      return this;
    }

    /** Sets how precisely the date is known; defaults follow from date and year. */
    public Builder datePrecision(DatePrecision precision) {
      this.datePrecision = precision;
      return this;
    }

    /** Sets where the date came from; defaults to {@link DateSource#METADATA}. */
    public Builder dateSource(DateSource source) {
      this.dateSource = source;
      return this;
    }

    /** Replaces the decades mentioned (1990 for "the 1990s"). */
    public Builder mentionedDecades(Collection<Integer> decades) {
      this.mentionedDecades = new ArrayList<>(decades);
      return this;
    }

    /** Replaces the provenance of extracted values. */
    public Builder mentions(Collection<Mention> mentions) {
      this.mentions = new ArrayList<>(mentions);
      return this;
    }

    /** Sets the story id; {@link NewsIndex#add} assigns it, so callers rarely do. */
    public Builder storyId(String storyId) {
      this.storyId = storyId;
      return this;
    }

    /** Sets the outlet or agency. */
    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /** Sets the URL. */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /** Sets the byline. */
    public Builder author(String author) {
      this.author = author;
      return this;
    }

    /** Sets the publication date; its year becomes the article's year. */
    public Builder date(LocalDate date) {
      this.date = date;
      return this;
    }

    /** Sets the publication year, for articles known only to the year. */
    public Builder year(Integer year) {
      this.year = year;
      return this;
    }

    /** Replaces the parties. */
    public Builder parties(Collection<String> parties) {
      this.parties = new ArrayList<>(parties);
      return this;
    }

    /** Replaces the persons. */
    public Builder persons(Collection<String> persons) {
      this.persons = new ArrayList<>(persons);
      return this;
    }

    /** Replaces the places. */
    public Builder places(Collection<String> places) {
      this.places = new ArrayList<>(places);
      return this;
    }

    /** Replaces the years mentioned. */
    public Builder mentionedYears(Collection<Integer> years) {
      this.mentionedYears = new ArrayList<>(years);
      return this;
    }

    /** Builds the article, validating it. */
    public Article build() {
      return new Article(
          id,
          title,
          body,
          captions,
          source,
          dateline,
          url,
          author,
          date,
          year,
          datePrecision,
          dateSource,
          parties,
          persons,
          places,
          mentionedYears,
          mentionedDecades,
          mentions,
          storyId);
    }
  }
}
