package org.newsgraph.doc;

import java.util.List;

/**
 * An organization named in one document: the mentions that in-document resolution grouped (full name, acronym,
 * short form, "the agency"), and the country the text gives it.
 *
 * @param key the corpus-wide key: the preferred name, folded, and the country code of a national body whose
 *     name alone says nothing of its country ("foreign-ministry-ir"); the same key in two documents is the same
 *     organization
 * @param name the fullest name seen (or the lexicon's preferred name)
 * @param acronym the acronym the text or the lexicon gives it, or null
 * @param forms every surface form
 * @param mentions the mentions, in text order
 * @param country the organization's country, or null
 * @param countrySentence the sentence that gives the country (-1 without one)
 * @param countryReason how the country was found ("'Iran's Foreign Ministry'", "lexicon")
 * @param generic whether the name is made only of common words ("Foreign Ministry") so that, without a
 *     country, it names different bodies in different documents
 */
public record OrganizationEntity(String key, String name, String acronym, List<String> forms, List<Mention> mentions,
    CountryCode country, int countrySentence, String countryReason, boolean generic) {

  /** Copies the lists. */
  public OrganizationEntity {
    forms = List.copyOf(forms);
    mentions = List.copyOf(mentions);
  }
}
