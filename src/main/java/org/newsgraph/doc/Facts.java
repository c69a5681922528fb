package org.newsgraph.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The facts extracted from one document. Each fact names its sentence, its extractor and a confidence,
 * so that it can be traced to the text that supports it.
 */
public final class Facts {

  /**
   * A person holds a role. {@code role} is a role ID: a lexicon role, or one composed from the title as written
   * ("information minister", built on {@code minister}); {@code kind} is the lexicon role it is a kind of (null for
   * a deputy, vice or acting form, which is no kind of the main title); {@code roleLabel} its label; {@code label}
   * the title as written; {@code country} may be null.
   */
  public record Role(PersonKey person, RoleId role, RoleId kind, String roleLabel, String label, CountryCode country,
      int sentence, String extractor, double confidence) {
  }

  /** A person is an official, leader or citizen of a country. */
  public record Represents(PersonKey person, CountryCode country, int sentence, String extractor,
      double confidence, String reason) {
  }

  /** A meeting or contact between two sides of people; {@code medium} is in-person, telephone, letter or message. */
  public record Interaction(EventKind kind, Set<PersonKey> sideA, Set<PersonKey> sideB, String trigger, Medium medium,
      Modality modality, Cameo cameo, int sentence, String place, String time, Set<String> issues,
      String extractor, double confidence) {
  }

  /**
   * A person's post in, or membership of, an organization ({@code organization} is its {@link
   * OrganizationEntity#key()}); {@code role} and {@code label} are the post's role ID and title as written, or null
   * for a membership that names no post.
   */
  public record Membership(PersonKey person, String organization, RoleId role, String label, int sentence,
      String extractor, double confidence) {
  }

  /** A direct quote attributed to a speaker. {@code start}/{@code end} are character offsets. */
  public record Quote(PersonKey speaker, String text, int sentence, int start, int end, String extractor,
      double confidence) {
  }

  public final List<Role> roles = new ArrayList<>();
  public final List<Represents> represents = new ArrayList<>();
  public final List<Interaction> interactions = new ArrayList<>();
  public final List<Quote> quotes = new ArrayList<>();
  public final List<Membership> memberships = new ArrayList<>();
}
