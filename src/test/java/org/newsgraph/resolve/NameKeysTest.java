package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class NameKeysTest {
  @Test
  void keysIgnoreTheDefaultLocale() {
    Locale old = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertEquals("ilham aliyev", NameKeys.key("ILHAM ALIYEV"));
      assertEquals("ilham-aliyev", NameKeys.slug("İlham Aliyev"));
    } finally {
      Locale.setDefault(old);
    }
  }

  @Test
  void possessivesPunctuationAndAccentsGo() {
    assertEquals("jose manuel barroso", NameKeys.key("José Manuel Barroso's"));
    assertEquals("george w bush", NameKeys.key("George W. Bush"));
  }

  @Test
  void compatibleNames() {
    assertTrue(NameKeys.compatible("george w bush", "george bush"));
    assertTrue(NameKeys.compatible("condoleezza rice", "rice"));
    assertTrue(NameKeys.compatible("g bush", "george bush"));
    assertFalse(NameKeys.compatible("laura bush", "george bush"));
    assertFalse(NameKeys.compatible("bush", "rice"));
    assertFalse(NameKeys.compatible("george w bush", "george herbert walker bush"));
    assertTrue(NameKeys.compatible("george h w bush", "george herbert walker bush"));
    assertTrue(NameKeys.compatible("mahmoud abbas", "mahmud abbas"));
    assertTrue(NameKeys.compatible("yousuf ahmadi", "yousef ahmadi"));
    assertFalse(NameKeys.compatible("ali khan", "eli khan"));
    assertFalse(NameKeys.compatible("ahmad wali karzai", "hamid karzai"));
    assertFalse(NameKeys.compatible("benigno aquino", "corazon aquino"));
  }
}
