package org.newsgraph.ingest;

import java.time.LocalDate;

/**
 * One article to ingest, before NLP: where it came from, its ID, its raw text (already decoded) and
 * optional metadata from JSON Lines.
 *
 * @param origin file path (and line for JSON Lines), for messages
 * @param id document ID
 * @param text decoded, cleaned text
 * @param title title or null
 * @param date date or null
 * @param url URL or null
 */
public record Source(String origin, String id, String text, String title, LocalDate date, String url) {
}
