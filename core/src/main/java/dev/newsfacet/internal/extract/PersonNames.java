package dev.newsfacet.internal.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The known people by their names, for resolving what a text writes to a canonical name: exact
 * names and aliases with particles and hyphens ignored ("Abdel-Fattah Burhan" is "Abdel Fattah
 * al-Burhan"), a missing middle name ("Recep Erdogan"), and near spellings of a known name
 * ("Pashiyan", "Sergey Lavrov", "Zelenskyy") with a guard against false merges: the first names
 * must agree (or differ by one letter), the surnames must be within one or two edits and start
 * alike, the whole names must be similar (Jaro-Winkler) and exactly one known person may fit.
 * Immutable after building.
 */
final class PersonNames {
  private static final LevenshteinDistance EDITS = new LevenshteinDistance(2);
  private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

  /** One written form of a known person: name or alias, as folded parts without particles. */
  private static final class Form {
    private final GazetteerEntry entry;
    private final String[] parts;

    Form(GazetteerEntry entry, String[] parts) {
      this.entry = entry;
      this.parts = parts;
    }

    GazetteerEntry entry() {
      return entry;
    }

    String[] parts() {
      return parts;
    }
  }

  /**
   * States whose people English-language news names surname first ("Xi Jinping", "Moon Jae-in"), so
   * that "Xi" and "Moon" are their surnames. Not Japan (news writes "Shinzo Abe") nor Vietnam or
   * Thailand, whose people news calls by the last or the first name ("Trong", "Prayuth").
   */
  private static final Set<String> SURNAME_FIRST_STATES =
      Set.of("China", "Taiwan", "North Korea", "South Korea", "Singapore");

  private final Map<String, Set<GazetteerEntry>> byKey = new HashMap<>();

  /** The canonical names of the known people whose canonical form is written surname first. */
  private final Set<String> surnameFirst = new HashSet<>();

  private final Map<String, String[]> partsByName = new HashMap<>();
  private final Map<String, Set<GazetteerEntry>> bySurname = new HashMap<>();
  private final Map<Character, List<Form>> byInitial = new HashMap<>();

  /**
   * The forms by the initials of their surname and first name: a near spelling of a full name
   * ({@link #resolve}) needs both to agree, and walking every form of the surname's initial alone
   * was about 2% of extraction on real news, where most capitalised pairs are names nobody knows.
   */
  private final Map<Integer, List<Form>> byInitials = new HashMap<>();

  /** The forms by their surname, for {@link #nearSurnames}. */
  private final NearSpellingIndex.Builder<Form> surnameForms = new NearSpellingIndex.Builder<>();

  /**
   * The forms by their surname and its one-letter-off spellings, built on the first look-up after
   * the last {@link #add}: a near surname is found with a few hash probes.
   */
  private volatile NearSpellingIndex<Form> nearSurnames;

  void add(GazetteerEntry e) {
    partsByName.put(e.name(), parts(e.name()));
    if (surnameFirst(e.name(), e.affiliation())) {
      surnameFirst.add(e.name());
    }
    List<String> names = new ArrayList<>(e.aliases());
    names.add(0, e.name());
    for (String n : names) {
      String[] parts = parts(n);
      if (parts.length == 0) {
        continue;
      }
      byKey.computeIfAbsent(String.join(" ", parts), k -> new LinkedHashSet<>()).add(e);
      if (parts.length >= 2) {
        String last = parts[parts.length - 1];
        // A name written surname first has no surname to look up across the gazetteer: "Wang" or
        // "Li" alone would name one known person among millions. It resolves to a person the
        // article names in full ("Kim" after "Kim Jong Un"); its given name is no surname ("Moon"
        // is not Ban Ki-moon).
        if (!surnameFirst(n, e.affiliation())) {
          bySurname.computeIfAbsent(last, k -> new LinkedHashSet<>()).add(e);
        }
        byInitial.computeIfAbsent(last.charAt(0), k -> new ArrayList<>()).add(new Form(e, parts));
        byInitials
            .computeIfAbsent(initials(parts[0], last), k -> new ArrayList<>())
            .add(new Form(e, parts));
        surnameForms.add(last, new Form(e, parts));
        nearSurnames = null;
      }
    }
  }

  /**
   * Whether a written name puts the surname first: a first word of six letters or fewer and a
   * person of a {@linkplain #SURNAME_FIRST_STATES state that writes names so}, or, whoever the
   * person is, two words of which the second is a Korean given name ("Ban Ki-moon", "Kang
   * Kyung-wha": capitalised, one hyphen, lower case after it).
   */
  static boolean surnameFirst(String name, String affiliation) {
    int space = name.indexOf(' ');
    if (space < 2 || space > 6 || !Character.isUpperCase(name.charAt(0))) {
      return false;
    }
    if (affiliation != null && SURNAME_FIRST_STATES.contains(affiliation)) {
      // Initials mark the West's order ("C. Y. Leung"), as a long first word does ("William Lai",
      // left out above).
      return name.indexOf('.') < 0;
    }
    return space <= 5 && koreanGivenName(name, space + 1);
  }

  private static boolean koreanGivenName(String name, int from) {
    int n = name.length();
    if (from >= n || !Character.isUpperCase(name.charAt(from))) {
      return false;
    }
    int hyphen = -1;
    for (int i = from + 1; i < n; i++) {
      char c = name.charAt(i);
      if (c == '-' && hyphen < 0 && i > from + 1) {
        hyphen = i;
      } else if (!Character.isLowerCase(c)) {
        return false;
      }
    }
    return hyphen > 0 && n - hyphen > 2;
  }

  private NearSpellingIndex<Form> nearSurnames() {
    NearSpellingIndex<Form> index = nearSurnames;
    if (index == null) {
      // near() lets a surname differ from another only if both have six letters or more.
      index = surnameForms.build(6);
      nearSurnames = index;
    }
    return index;
  }

  /**
   * The parts of names no gazetteer knows, per thread: each bare surname of an article is compared
   * with every person named before it, and tokenising those names again for every comparison was
   * about 2% of extraction on real news (a tokeniser's arrays per call).
   */
  private static final ThreadLocal<PartsCache> UNKNOWN_PARTS =
      ThreadLocal.withInitial(PartsCache::new);

  /** Bounded: dropped whole when full, since an article names a few dozen people at most. */
  private static final class PartsCache {
    private static final int LIMIT = 1024;
    private final Map<String, String[]> parts = new HashMap<>();

    String[] parts(String name) {
      String[] p = parts.get(name);
      if (p == null) {
        if (parts.size() >= LIMIT) {
          parts.clear();
        }
        p = PersonNames.parts(name);
        parts.put(name, p);
      }
      return p;
    }
  }

  /** The folded words of a name without particles: "Bashar al-Assad" is [bashar, assad]. */
  static String[] parts(String name) {
    TextTokens t = TextTokens.of(name);
    List<String> out = new ArrayList<>(t.size);
    for (int i = 0; i < t.size; i++) {
      if (!isParticle(t.folded(i), i, t.size)) {
        out.add(t.folded(i));
      }
    }
    return out.toArray(new String[0]);
  }

  static String[] parts(TextTokens t, int from, int to) {
    List<String> out = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      if (!isParticle(t.folded(i), i - from, to - from) && !isSuffix(t.folded(i))) {
        out.add(t.folded(i));
      }
    }
    return out.toArray(new String[0]);
  }

  private static boolean isParticle(String w, int index, int size) {
    return PersonFinder.PARTICLES.contains(w) && index < size - 1;
  }

  private static boolean isSuffix(String w) {
    return w.equals("jr") || w.equals("sr");
  }

  /**
   * The one known person with this full name (or a near spelling of it), or null.
   *
   * @param era the article's year, or null: of several known people with the name ("George Bush"),
   *     the one whose years hold it
   */
  GazetteerEntry resolve(String[] parts, Integer era) {
    if (parts.length < 2) {
      return null;
    }
    String first = parts[0];
    String last = parts[parts.length - 1];
    // Every form an exact name, a missing middle name or a near spelling may resolve to shares the
    // initials of its first name and surname: one short list, walked once, where three look-ups
    // by strings made for each capitalised pair cost more than the walk (most pairs are names
    // nobody knows).
    List<Form> forms = byInitials.get(initials(first, last));
    if (forms == null) {
      return null;
    }
    Set<GazetteerEntry> exactly = null;
    Set<GazetteerEntry> sameEnds = null;
    Set<GazetteerEntry> near = null;
    String whole = null;
    for (int k = 0, n = forms.size(); k < n; k++) {
      Form f = forms.get(k);
      String[] known = f.parts();
      if (Arrays.equals(parts, known)) {
        exactly = add(exactly, f.entry());
        continue;
      }
      if (exactly != null) {
        continue;
      }
      String knownFirst = known[0];
      String knownLast = known[known.length - 1];
      if (first.equals(knownFirst) && last.equals(knownLast)) {
        // A missing or extra middle name: "Recep Erdogan", "Dwight David Eisenhower".
        if (!otherMiddles(parts, known)) {
          sameEnds = add(sameEnds, f.entry());
        }
        continue;
      }
      if (sameEnds != null || !similarFirstName(first, knownFirst) || otherMiddles(parts, known)) {
        continue;
      }
      int allowed = Math.min(last.length(), knownLast.length()) <= 6 ? 1 : 2;
      int d = EDITS.apply(last, knownLast);
      if (d < 0 || d > allowed) {
        continue;
      }
      if (whole == null) {
        whole = String.join(" ", parts);
      }
      if (SIMILARITY.apply(whole, String.join(" ", known)) < 0.9) {
        continue;
      }
      near = add(near, f.entry());
    }
    return one(exactly != null ? exactly : sameEnds != null ? sameEnds : near, era);
  }

  private static Set<GazetteerEntry> add(Set<GazetteerEntry> set, GazetteerEntry e) {
    Set<GazetteerEntry> s = set == null ? new LinkedHashSet<>() : set;
    s.add(e);
    return s;
  }

  /**
   * Whether two names of the same first and last word have middle names and share none, an initial
   * matching its name: "Mohammed bin Hamad al-Thani" is not "Mohammed bin Abdulrahman Al Thani",
   * where "Recep Erdogan" is "Recep Tayyip Erdogan" and "George W. Bush" is not "George H. W. Bush"
   * only by its exact key.
   */
  static boolean otherMiddles(String[] a, String[] b) {
    if (a.length < 3 || b.length < 3) {
      return false;
    }
    boolean middles = false;
    for (int i = 1; i < a.length - 1; i++) {
      for (int j = 1; j < b.length - 1; j++) {
        String x = a[i];
        String y = b[j];
        if (PersonFinder.PARTICLES.contains(x) || PersonFinder.PARTICLES.contains(y)) {
          continue; // "bin", "al": shared by names that differ
        }
        middles = true;
        if (x.equals(y)
            || (x.length() == 1 && y.charAt(0) == x.charAt(0))
            || (y.length() == 1 && x.charAt(0) == y.charAt(0))) {
          return false;
        }
      }
    }
    return middles;
  }

  private static int initials(String first, String last) {
    return last.charAt(0) << 16 | first.charAt(0);
  }

  private static boolean similarFirstName(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    return Math.min(a.length(), b.length()) >= 4
        && a.charAt(0) == b.charAt(0)
        && withinOneEdit(a, b);
  }

  /**
   * The people an article has named so far, by canonical name in order of first mention, each with
   * its parts and name order worked out once: every surname of the article is compared with every
   * person named before it, and looking each of them up again for each comparison was about 3% of
   * extraction on real news.
   */
  final class Named {
    private final Set<String> seen = new HashSet<>();
    private String[] names = new String[8];
    private String[][] parts = new String[8][];
    private boolean[] surnameFirst = new boolean[8];
    private int size;

    private Named() {}

    /** Adds a person by canonical name, unless already named. */
    void add(String name) {
      if (!seen.add(name)) {
        return;
      }
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
        parts = Arrays.copyOf(parts, size * 2);
        surnameFirst = Arrays.copyOf(surnameFirst, size * 2);
      }
      // A known person's parts and name order from the index, another's from the thread's
      // cache of names met lately, worked out by their canonical name.
      String[] p = partsByName.get(name);
      names[size] = name;
      parts[size] = p != null ? p : UNKNOWN_PARTS.get().parts(name);
      surnameFirst[size] =
          p != null ? PersonNames.this.surnameFirst.contains(name) : surnameFirst(name, null);
      size++;
    }

    /** The canonical name of the {@code k}-th person named. */
    String name(int k) {
      return names[k];
    }

    int size() {
      return size;
    }
  }

  /** An empty list of the people an article names, for {@link #resolveSurname} and its kin. */
  Named named() {
    return new Named();
  }

  /**
   * The person a bare surname refers to: the one person of that surname already named in the
   * article, else the one known person of that surname, else null.
   *
   * @param surname the folded words of the surname without particles ("ter petrosyan" is
   *     [petrosyan])
   * @param named the people named in the article so far
   * @param era the article's year, or null: of several known people of the surname, the one whose
   *     years hold it ("Assad" in 1995 is Hafez al-Assad)
   */
  String resolveSurname(String[] surname, Named named, Integer era) {
    if (surname.length == 0) {
      return null;
    }
    String inArticle = null;
    for (int k = 0; k < named.size; k++) {
      String[] n = named.parts[k];
      boolean same =
          named.surnameFirst[k]
              ? surname.length == 1 && n.length > 1 && n[0].equals(surname[0])
              : endsWith(n, n.length, surname) || endsWith(n, withoutSuffix(n), surname);
      if (same) {
        String p = named.names[k];
        if (inArticle != null && !inArticle.equals(p)) {
          return null;
        }
        inArticle = p;
      }
    }
    if (inArticle != null) {
      return inArticle;
    }
    if (surname.length != 1) {
      return null;
    }
    GazetteerEntry known = one(bySurname.get(surname[0]), era);
    return known == null ? null : known.name();
  }

  /**
   * The person a bare surname written a little differently refers to ("Zelenskiy" for Zelensky):
   * the one person named in the article, else the one known person, whose surname is one edit away;
   * surnames of five letters or more (six for a near spelling) only.
   *
   * @param named the people named in the article
   * @param parties the article's parties: a known person not named in the article must belong to
   *     one of them
   */
  GazetteerEntry resolveNearSurname(String surname, Named named, Set<String> parties) {
    if (surname.length() < 5) {
      return null;
    }
    int inArticle = -1;
    for (int k = 0; k < named.size; k++) {
      String[] n = named.parts[k];
      if (n.length >= 2 && near(surname, named.surnameFirst[k] ? n[0] : n[withoutSuffix(n) - 1])) {
        if (inArticle >= 0 && !named.names[inArticle].equals(named.names[k])) {
          return null;
        }
        inArticle = k;
      }
    }
    if (inArticle >= 0) {
      Set<GazetteerEntry> e = byKey.get(String.join(" ", named.parts[inArticle]));
      GazetteerEntry one = one(e);
      return one != null
          ? one
          : new GazetteerEntry(
              dev.newsfacet.Dimension.PERSON, named.names[inArticle], "person", List.of(), null);
    }
    if (parties.isEmpty()) {
      return null; // no known person can belong to one of the article's parties
    }
    for (int k = 0; k < named.size; k++) {
      String[] n = named.parts[k];
      if (n.length >= 2 && !named.surnameFirst[k] && n[0].equals(surname)) {
        // "spoke with Faisal" after "Faisal bin Farhan": the given name of someone the article
        // names, not the known Saud al-Faisal
        return null;
      }
    }
    // near() holds only for an equal surname or for one of six letters or more one edit away: the
    // index gives every known surname that may be one, of whatever initial, which fits() tests.
    NearSpellingIndex<Form> index = nearSurnames();
    Object one = fits(index.whole(surname, -1), surname, null);
    if (surname.length() >= 6) {
      one = fits(index.deleted(surname, -1), surname, one);
      // Not the first character: a surname of another initial never fits, and one that drops a
      // doubled initial is the one that drops the second. Nor, past the second, a character equal
      // to the one before, whose deletion gives the string already probed.
      for (int i = 1; i < surname.length() && one != SEVERAL; i++) {
        if (i >= 2 && surname.charAt(i) == surname.charAt(i - 1)) {
          continue;
        }
        one = fits(index.whole(surname, i), surname, one);
        one = fits(index.deleted(surname, i), surname, one);
      }
    }
    if (one == null || one == SEVERAL) {
      return null;
    }
    GazetteerEntry entry = (GazetteerEntry) one;
    return entry.affiliation() != null && parties.contains(entry.affiliation()) ? entry : null;
  }

  /** What {@link #fits} gives once two different known people fit. */
  private static final Object SEVERAL = new Object();

  /**
   * The one known person so far whose surname is near {@code surname} with the same initial: {@code
   * one} (null if none yet) with those among {@code forms} added, or {@link #SEVERAL}.
   */
  private static Object fits(Object[] forms, String surname, Object one) {
    if (one == SEVERAL) {
      return one;
    }
    char initial = surname.charAt(0);
    for (Object o : forms) {
      Form f = (Form) o;
      String last = f.parts()[f.parts().length - 1];
      if (last.charAt(0) == initial && near(surname, last)) {
        if (one == null) {
          one = f.entry();
        } else if (!one.equals(f.entry())) {
          return SEVERAL;
        }
      }
    }
    return one;
  }

  /**
   * {@link #resolveNearSurname}'s search among the known people as it was first written, over every
   * form of the initial: the reference its indexed search is tested against.
   */
  GazetteerEntry nearSurnameByInitial(String surname, Set<String> parties) {
    Set<GazetteerEntry> fits = new LinkedHashSet<>();
    for (Form f : byInitial.getOrDefault(surname.charAt(0), List.of())) {
      if (near(surname, f.parts()[f.parts().length - 1])) {
        fits.add(f.entry());
      }
    }
    GazetteerEntry one = one(fits);
    return one != null && one.affiliation() != null && parties.contains(one.affiliation())
        ? one
        : null;
  }

  private static boolean near(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (b.length() < 6 || a.length() < 6 || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    return withinOneEdit(a, b);
  }

  /**
   * Whether a Levenshtein distance of at most one separates two strings: one substitution,
   * insertion or deletion. Runs for every surname candidate against every known surname with the
   * same initial, so it compares in one pass instead of filling a distance table.
   */
  static boolean withinOneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (la > lb) {
      return withinOneEdit(b, a);
    }
    if (lb - la > 1) {
      return false;
    }
    int p = 0;
    while (p < la && a.charAt(p) == b.charAt(p)) {
      p++;
    }
    if (p == la) {
      return true; // equal, or b is a with one character added at the end
    }
    // Skip the one differing character: of both when the lengths are equal, else of b.
    int i = la == lb ? p + 1 : p;
    int j = p + 1;
    while (i < la) {
      if (a.charAt(i) != b.charAt(j)) {
        return false;
      }
      i++;
      j++;
    }
    return true;
  }

  /**
   * Whether the first {@code length} parts of a name, more than the tail, end with it: "Aquino" of
   * "Benigno Aquino III" read without its suffix.
   */
  private static boolean endsWith(String[] name, int length, String[] tail) {
    if (length <= tail.length) {
      return false;
    }
    for (int i = 1; i <= tail.length; i++) {
      if (!name[length - i].equals(tail[tail.length - i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The number of parts of a name before a generational suffix ("Jr", "III"), if it ends in one.
   */
  private static int withoutSuffix(String[] name) {
    int n = name.length;
    if (n <= 2) {
      return n;
    }
    String last = name[n - 1];
    return isSuffix(last) || last.equals("ii") || last.equals("iii") || last.equals("iv")
        ? n - 1
        : n;
  }

  private static GazetteerEntry one(Set<GazetteerEntry> entries) {
    return entries != null && entries.size() == 1 ? entries.iterator().next() : null;
  }

  /**
   * The one entry, else of several the one whose {@code from}/{@code until} years hold the era:
   * years only choose between people who share a name, and never drop the only one.
   */
  private static GazetteerEntry one(Set<GazetteerEntry> entries, Integer era) {
    if (entries == null || entries.isEmpty()) {
      return null;
    }
    if (entries.size() == 1) {
      return entries.iterator().next();
    }
    if (era == null) {
      return null;
    }
    GazetteerEntry in = null;
    for (GazetteerEntry e : entries) {
      if (e.existedIn(era)) { // an entry without years may be meant in any
        if (in != null) {
          return null;
        }
        in = e;
      }
    }
    return in;
  }
}
