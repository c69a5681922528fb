package org.newsgraph.pipeline;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns untrusted bytes into text that is safe for the NLP models and for RDF literals.
 * Decodes strict UTF-8 (or lenient, replacing bad bytes), drops a BOM, turns CRLF and CR into LF, removes
 * control characters and lone surrogates, and breaks whitespace-free runs longer than
 * {@link Limits#maxTokenChars()} (OpenNLP's tokenizer is quadratic on those).
 *
 * <pre>
 * TextGuard.Result r = new TextGuard(Limits.DEFAULT).decode(bytes, "a.txt", false);
 * </pre>
 */
public final class TextGuard {
  private final Limits limits;

  /** A guard with these limits. */
  public TextGuard(Limits limits) {
    this.limits = limits;
  }

  /** The largest document accepted, in bytes. */
  public int maxBytes() {
    return limits.maxDocBytes();
  }

  /** Cleaned text plus what was changed. */
  public record Result(String text, int replacedBytes, int removedChars, int brokenRuns) {
  }

  /** Bad input: the message names the source and the reason. */
  public static final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A bad-input error. */
    public BadInputException(String message) {
      super(message);
    }
  }

  /** Decodes and cleans bytes read from {@code source}. */
  public Result decode(byte[] bytes, String source, boolean lenient) {
    if (bytes.length > limits.maxDocBytes()) {
      throw new BadInputException(source + ": document is " + bytes.length + " bytes, over the limit of "
          + limits.maxDocBytes());
    }
    checkText(bytes, source);
    Raw raw = decodeRaw(bytes, source, lenient);
    return clean(raw.text(), raw.replacedBytes());
  }

  /** Text decoded but not cleaned, and how many invalid bytes were replaced. */
  public record Raw(String text, int replacedBytes) {
  }

  /** Rejects binary content: a NUL byte in the first 8 KB. */
  public static void checkText(byte[] bytes, String source) {
    int probe = Math.min(bytes.length, 8192);
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) {
        throw new BadInputException(source + ": binary content (NUL byte at offset " + i + ")");
      }
    }
  }

  /**
   * Decodes UTF-8 without cleaning, for structured input (JSON Lines) whose fields are cleaned one by one after
   * parsing: breaking long runs before parsing would split IDs, URLs and escapes.
   */
  public Raw decodeRaw(byte[] bytes, String source, boolean lenient) {
    String raw;
    int replaced = 0;
    if (lenient) {
      CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
      try {
        raw = dec.decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        throw new BadInputException(source + ": " + e.getMessage());
      }
      for (int i = 0; i < raw.length(); i++) {
        if (raw.charAt(i) == '\uFFFD') {
          replaced++;
        }
      }
    } else {
      raw = strictDecode(bytes, source);
    }
    return new Raw(raw, replaced);
  }

  /** Cleans text that is already decoded. */
  public Result clean(String raw, int replacedBytes) {
    StringBuilder sb = new StringBuilder(raw.length());
    int removed = 0;
    int start = 0;
    if (!raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
      start = 1;
    }
    for (int i = start; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\r') {
        sb.append('\n');
        if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
          sb.append(c).append(raw.charAt(++i));
        } else {
          removed++;
        }
      } else if (Character.isLowSurrogate(c)) {
        removed++;
      } else if (c == '\n' || c == '\t') {
        sb.append(c);
      } else if (Character.isISOControl(c) || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF') {
        removed++;
      } else {
        sb.append(c);
      }
    }
    int broken = 0;
    String text = sb.toString();
    if (hasLongRun(text)) {
      StringBuilder out = new StringBuilder(text.length() + 16);
      int run = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c)) {
          run = 0;
        } else if (++run > limits.maxTokenChars()) {
          out.append(' ');
          run = 1;
          broken++;
        }
        out.append(c);
      }
      text = out.toString();
    }
    return new Result(text, replacedBytes, removed, broken);
  }

  private boolean hasLongRun(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        run = 0;
      } else if (++run > limits.maxTokenChars()) {
        return true;
      }
    }
    return false;
  }

  private static String strictDecode(byte[] bytes, String source) {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = dec.decode(in, out, true);
    if (r.isError()) {
      throw new BadInputException(source + ": invalid UTF-8 at byte offset " + in.position()
          + " (use --lenient to replace bad bytes)");
    }
    r = dec.flush(out);
    if (r.isError()) {
      throw new BadInputException(source + ": invalid UTF-8 at end of input (use --lenient)");
    }
    out.flip();
    return out.toString();
  }
}
