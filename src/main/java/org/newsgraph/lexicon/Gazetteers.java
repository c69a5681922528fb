package org.newsgraph.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rule lexicons, loaded once from the jar and shared: countries (names, abbreviations, demonyms),
 * roles (titles), institutions and honorifics. The issue vocabulary is {@link TopicScheme}.
 *
 * <pre>
 * Gazetteers g = Gazetteers.shipped();
 * String code = g.countries().lookup("Russian");   // "RU"
 * </pre>
 */
public final class Gazetteers {
  private static volatile Gazetteers shipped;

  private final PhraseMatcher countries = new PhraseMatcher(false);
  private final Map<String, String> countryNames = new LinkedHashMap<>();
  private final Map<String, Boolean> demonyms = new HashMap<>();
  private final PhraseMatcher roles = new PhraseMatcher(true);
  private final Map<String, Role> roleById = new LinkedHashMap<>();
  private final PhraseMatcher institutions = new PhraseMatcher(false);
  private final Map<String, Leader> leaders = new HashMap<>();
  private final PhraseMatcher organizations = new PhraseMatcher(false);
  private final Map<String, Organization> organizationByName = new LinkedHashMap<>();
  private final Set<String> organizationHeads = new TreeSet<>(WordList.words("organization-heads.txt"));

  /** A well-known organization of the lexicon: preferred name, other names, and the country of a national body. */
  public record Organization(String name, List<String> otherNames, String country) {
  }

  /**
   * A head of state or government of the CIA World Factbook (2015–2026): the countries of the gazetteer that list
   * the name, and a title and year for the evidence.
   */
  public record Leader(String name, Set<String> countries, String title, String year) {
  }

  /** A role from the role lexicon. */
  public record Role(String id, String label, String defaultCountry) {
  }

  private Gazetteers() {
    for (String[] row : rows("/org/newsgraph/lexicon/countries.tsv")) {
      String code = row[0];
      countryNames.put(code, row[1]);
      countries.add(row[1], code);
      for (String alt : cells(row, 2)) {
        countries.add(alt, code);
      }
      for (String dem : cells(row, 3)) {
        countries.add(dem, code);
        demonyms.put(dem, Boolean.TRUE);
      }
    }
    for (String[] row : rows("/org/newsgraph/lexicon/roles.tsv")) {
      Role r = new Role(row[0], row[1], row.length > 3 && !row[3].isBlank() ? row[3] : null);
      roleById.put(r.id(), r);
      roles.add(row[1], r.id());
      for (String alt : cells(row, 2)) {
        roles.add(alt, r.id());
      }
    }
    for (String[] row : rows("/org/newsgraph/lexicon/institutions.tsv")) {
      institutions.add(row[0], row[1]);
    }
    for (String[] row : rows("/org/newsgraph/lexicon/organizations.tsv")) {
      Organization o = new Organization(row[0], List.of(cells(row, 1)), row.length > 2 && !row[2].isBlank()
          ? row[2] : null);
      organizationByName.put(o.name(), o);
      organizations.add(o.name(), o.name());
      for (String alt : o.otherNames()) {
        organizations.add(alt, o.name());
      }
    }
    for (String[] row : rows("/org/newsgraph/lexicon/leaders.tsv")) {
      String code = countries.lookup(row[0]);
      // a co-prince of Andorra is the head of another state (France's president)
      if (code == null || row[1].contains("Co-prince")) {
        continue;
      }
      String title = row[1].contains(": ") ? row[1].substring(row[1].indexOf(": ") + 2) : row[1];
      leaders.merge(leaderKey(row[2]), new Leader(row[2], new TreeSet<>(Set.of(code)), title, row[3]), (a, b) -> {
        Set<String> both = new TreeSet<>(a.countries());
        both.addAll(b.countries());
        return a.year().compareTo(b.year()) >= 0 ? new Leader(a.name(), both, a.title(), a.year())
            : new Leader(b.name(), both, b.title(), b.year());
      });
    }
  }

  /** The shipped lexicons, loaded on first use. */
  public static Gazetteers shipped() {
    Gazetteers g = shipped;
    if (g == null) {
      synchronized (Gazetteers.class) {
        if (shipped == null) {
          shipped = new Gazetteers();
        }
        g = shipped;
      }
    }
    return g;
  }

  /** Country names, abbreviations and demonyms to ISO codes (case-sensitive). */
  public PhraseMatcher countries() {
    return countries;
  }

  /** Whether the word is a demonym or adjective of a country ("Russian"). */
  public boolean isDemonym(String word) {
    return demonyms.containsKey(word);
  }

  /** Preferred country name for an ISO code. */
  public String countryName(String code) {
    return countryNames.get(code);
  }

  /** All country codes with their names. */
  public Map<String, String> countryNames() {
    return countryNames;
  }

  /**
   * The Factbook leader of this full name, or null: the first and the last word must match, accents and case
   * aside, and initials are ignored ("Barack Obama" is "Barack H. Obama"). A one-word name matches nothing.
   */
  public Leader leader(String fullName) {
    String k = leaderKey(fullName);
    return k.indexOf(' ') < 0 ? null : leaders.get(k);
  }

  private static String leaderKey(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (String w : n.split("[^\\p{L}\\p{N}']+")) {
      if (w.length() > 1) {
        words.add(w);
      }
    }
    return words.isEmpty() ? "" : words.size() == 1 ? words.get(0) : words.get(0) + " " + words.get(words.size() - 1);
  }

  /** Title phrases to role IDs (case-insensitive). */
  public PhraseMatcher roles() {
    return roles;
  }

  /** A role by ID. */
  public Role role(String id) {
    return roleById.get(id);
  }

  /** All roles. */
  public Map<String, Role> roleById() {
    return roleById;
  }

  /** Institutions that stand for a country in titles ("Pentagon spokesman"). */
  public PhraseMatcher institutions() {
    return institutions;
  }

  /** Names and short forms of well-known organizations to their preferred names (case-sensitive). */
  public PhraseMatcher organizations() {
    return organizations;
  }

  /**
   * An organization's key: its name without accents, apostrophes and dots, in lower case, without a leading "the",
   * words joined by '-' ("Kurdistan Workers' Party" gives {@code kurdistan-workers-party}).
   */
  public static String organizationKey(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
        .replaceAll("['’.]", "").replaceAll("^the\\s+", "");
    return n.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
  }

  /** The well-known organizations of the lexicon. */
  public Collection<Organization> organizationList() {
    return organizationByName.values();
  }

  /** A well-known organization by its preferred name, or null. */
  public Organization organization(String name) {
    return organizationByName.get(name);
  }

  /** Whether a word, capitalized, ends organizations' names ("Ministry", "Party", "Press"). */
  public boolean isOrganizationHead(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
        && organizationHeads.contains(word.toLowerCase(Locale.ROOT));
  }

  private static String[] cells(String[] row, int i) {
    if (row.length <= i || row[i].isBlank()) {
      return new String[0];
    }
    return row[i].split("\\|");
  }

  private static List<String[]> rows(String resource) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(Gazetteers.class.getResourceAsStream(resource), resource);
         BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        out.add(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
