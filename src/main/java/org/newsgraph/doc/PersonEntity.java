package org.newsgraph.doc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A person within one document: the mentions that in-document resolution grouped together.
 * Its {@link #key()} is stable for the document text and names the document-local node in RDF.
 */
public final class PersonEntity {
  private final String key;
  private String name;
  private final Set<String> forms = new LinkedHashSet<>();
  private final List<Mention> mentions = new ArrayList<>();
  private final Set<String> reasons = new LinkedHashSet<>();
  private final String description;

  /** A person first named {@code name}; {@code description} is a role ID for a title-only reference. */
  public PersonEntity(String key, String name, String description) {
    this.key = key;
    this.name = name;
    this.description = description;
    forms.add(name);
  }

  /** Document-local key, e.g. {@code condoleezza-rice}. */
  public String key() {
    return key;
  }

  /** The fullest name seen in the document. */
  public String name() {
    return name;
  }

  /** Every surface form. */
  public Set<String> forms() {
    return forms;
  }

  /** Mentions in text order. */
  public List<Mention> mentions() {
    return mentions;
  }

  /** Why mentions were grouped, one line each. */
  public Set<String> reasons() {
    return reasons;
  }

  /** The role ID when this entity is only a description ("the president-elect"), else null. */
  public String description() {
    return description;
  }

  /** Adds a mention, and its text as a form; keeps the fullest form as the name. */
  public void add(Mention m, String form) {
    mentions.add(m);
    forms.add(form);
    if (form.split(" ").length > name.split(" ").length) {
      name = form;
    }
  }
}
