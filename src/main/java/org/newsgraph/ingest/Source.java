package org.newsgraph.ingest;

import java.time.LocalDate;

/**
 * One article to ingest, before NLP: where it came from, its ID, its raw text (already decoded) and
 * optional metadata from JSON Lines.
 *
 * @param origin file path (and line for JSON Lines), for messages
 * @param id document ID
 * @param text decoded, cleaned body of the article (without its title)
 * @param title title or null (cleaned like the text)
 * @param date date or null
 * @param url URL or null
 */
public record Source(String origin, String id, String text, String title, LocalDate date, String url) {
  /**
   * The text that is read: the title, a blank line, then the body; the body alone without a title. Made here
   * once, so that every path (CLI, server, remote ingest, bench) reads, hashes and names the same text.
   */
  public String documentText() {
    return title == null ? text : title + "\n\n" + text;
  }
}
