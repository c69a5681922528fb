package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class TextGuardTest {
  private final TextGuard guard = new TextGuard(Limits.DEFAULT);

  @Test
  void bomAndCrlfGiveTheSameTextAsThePlainFile() {
    String plain = "Putin met Rice.\nGates said so.\n";
    byte[] bom = ("\uFEFF" + plain.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
    assertEquals(plain, guard.decode(bom, "a.txt", false).text());
  }

  @Test
  void invalidUtf8NamesTheFileAndTheByteOffset() {
    byte[] latin1 = "Caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1);
    TextGuard.BadInputException e = assertThrows(TextGuard.BadInputException.class,
        () -> guard.decode(latin1, "news/latin1.txt", false));
    assertEquals("news/latin1.txt: invalid UTF-8 at byte offset 3 (use --lenient to replace bad bytes)",
        e.getMessage());
  }

  @Test
  void lenientReplacesAndCounts() {
    byte[] latin1 = "Caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1);
    TextGuard.Result r = guard.decode(latin1, "x", true);
    assertEquals("Caf\uFFFD society", r.text());
    assertEquals(1, r.replacedBytes());
  }

  @Test
  void nulBytesMeanBinary() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
    TextGuard.BadInputException e = assertThrows(TextGuard.BadInputException.class,
        () -> guard.decode(png, "img.png", false));
    assertTrue(e.getMessage().startsWith("img.png: binary content"), e.getMessage());
  }

  @Test
  void controlCharactersAndLoneSurrogatesAreRemoved() {
    TextGuard.Result r = guard.clean("bad\uD800end \u0007bell\u0000 ok \uD83D\uDE00", 0);
    assertEquals("badend bell ok \uD83D\uDE00", r.text());
    assertEquals(3, r.removedChars());
  }

  @Test
  void overLongTokensAreBroken() {
    String blob = "x".repeat(100_000);
    TextGuard.Result r = guard.clean("start " + blob + " end", 0);
    assertTrue(r.brokenRuns() >= 499, "runs: " + r.brokenRuns());
    for (String tok : r.text().split(" ")) {
      assertTrue(tok.length() <= Limits.DEFAULT.maxTokenChars());
    }
  }

  @Test
  void hugeDocumentsAreRejected() {
    byte[] big = new byte[Limits.DEFAULT.maxDocBytes() + 1];
    Arrays.fill(big, (byte) 'a');
    TextGuard.BadInputException e = assertThrows(TextGuard.BadInputException.class,
        () -> guard.decode(big, "big.txt", false));
    assertTrue(e.getMessage().contains("over the limit"), e.getMessage());
  }
}
