package org.newsgraph.doc;

/**
 * A country of the gazetteer by its code: ISO 3166-1 alpha-2 ("RU"), or the code the gazetteer gives a state that
 * ISO does not list or no longer lists ("XK" Kosovo, "CS" Serbia and Montenegro).
 *
 * <pre>
 * CountryCode ru = CountryCode.of("RU");
 * </pre>
 *
 * @param value two capital letters
 */
public record CountryCode(String value) implements Comparable<CountryCode> {
  public CountryCode {
    if (value == null || !value.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("a country code is two capital letters: '" + value + "'");
    }
  }

  /** The country with this code. */
  public static CountryCode of(String value) {
    return new CountryCode(value);
  }

  /** The code, or null for null: a title may name no country. */
  public static CountryCode ofNullable(String value) {
    return value == null ? null : new CountryCode(value);
  }

  @Override
  public int compareTo(CountryCode o) {
    return value.compareTo(o.value);
  }

  /** The code itself, as it appears in IRIs and messages. */
  @Override
  public String toString() {
    return value;
  }
}
