package org.isnad.ner.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isnad.ner.Annotation;
import org.isnad.ner.AnnotationType;
import org.isnad.ner.DocumentEntities;
import org.isnad.ner.EntityExtractor;
import org.isnad.ner.EntityType;
import org.isnad.ner.Mention;
import org.isnad.ner.SeedGold;
import org.isnad.ner.rules.RuleAnnotator;
import org.junit.jupiter.api.Test;

class RoleResolverTest {

  private static Annotation role(DocumentEntities d, String text) {
    return d.annotations(AnnotationType.TITLE).stream().filter(a -> a.text().equals(text))
        .reduce((x, y) -> y).orElseThrow(() -> new AssertionError("no title " + text + " in " + d.annotations()));
  }

  private static DocumentEntities extract(String text, String... persons) {
    return new EntityExtractor(t -> EntityLinkerTest.mentions(t, EntityType.PERSON, persons)).extract(text);
  }

  @Test
  void rolesResolveToTheTitledPersonNamedBefore() {
    String text = "قال العقيد سامر حداد إن الهجوم بدأ. وقال مدير المركز الإعلامي لقسد فراس عيسى إن القوات تتقدم. "
        + "وأضاف المسؤول الإعلامي في قسد أن المعارك مستمرة. ونفى المتحدث اتهامات.";
    DocumentEntities d = extract(text, "سامر حداد", "فراس عيسى");
    assertEquals("فراس عيسى", d.roleEntity(role(d, "المسؤول الإعلامي في قسد")).canonicalName());
    Entity spokesman = d.roleEntity(role(d, "المتحدث"));
    assertEquals("فراس عيسى", spokesman.canonicalName(), "a generic role goes to the latest titled person");
  }

  @Test
  void exactTitleWinsAndRolesBeforeAnyNameStayUnresolved() {
    String text = "قال المتحدث باسم الجيش إن. ثم قال العقيد أحمد علي إن. وقال المتحدث باسم الجيش سامي نور إن. "
        + "وأكد العقيد أن الوضع هادئ. وأكد المتحدث باسم الجيش أن";
    DocumentEntities d = extract(text, "أحمد علي", "سامي نور");
    List<Annotation> titles = d.annotations(AnnotationType.TITLE);
    assertNull(d.roleEntity(titles.get(0)), "nobody is named before the first role");
    assertEquals("أحمد علي", d.roleEntity(role(d, "العقيد")).canonicalName());
    assertEquals("سامي نور", d.roleEntity(role(d, "المتحدث باسم الجيش")).canonicalName());
    assertEquals(2, d.roles().size(), d.roles()::toString);
  }

  @Test
  void aRoleSetBeforeATitledNameIsThatPersons() {
    String text = "قال العقيد أحمد علي إن. وكشف قائد العمليات المشتركة، العميد سامي نور، عن خطة. وأكد المتحدث باسم التحالف، الكولونيل شون راين، أن";
    DocumentEntities d = extract(text, "أحمد علي", "سامي نور", "شون راين");
    assertEquals("سامي نور", d.roleEntity(role(d, "قائد العمليات المشتركة")).canonicalName());
    assertEquals("شون راين", d.roleEntity(role(d, "المتحدث باسم التحالف")).canonicalName());
  }

  @Test
  void seedRolesResolveLikeTheGold() {
    Map<String, String[]> expected = Map.of(
        "001_bfc2d2c5c594cf5b.txt", new String[] {"المتحدث", "ريان ديلون"},
        "003_74d30d161b38eafe.txt", new String[] {"المسؤول الإعلامي في “قسد”", "مصطفى بالي"},
        "004_16254fd8aac5699a.txt", new String[] {"المسؤول العسكري", "يحيى رسول"});
    int checked = 0;
    for (SeedGold.Article a : SeedGold.articles()) {
      String[] want = expected.get(a.name());
      if (want == null) {
        continue;
      }
      List<Mention> gold = new ArrayList<>();
      for (SeedGold.Span s : a.mentions()) {
        gold.add(new Mention(EntityType.valueOf(s.type()), s.start(), s.end(), s.text(), 1));
      }
      DocumentEntities d = new EntityExtractor(t -> gold, null, RuleAnnotator.getDefault(),
          EntityLinker.getDefault()).extract(a.text());
      Entity e = d.roleEntity(role(d, want[0]));
      assertEquals(want[1], e == null ? null : e.canonicalName(), a.name());
      checked++;
    }
    assertEquals(3, checked);
  }

  /** {@code count} distinct two-word names that share no word. */
  private static String[] names(int count) {
    String[] out = new String[count];
    for (int i = 0; i < count; i++) {
      out[i] = ManyNamesScaleTest.surname(i) + " " + ManyNamesScaleTest.surname(count + i);
    }
    return out;
  }

  @Test
  void candidatesAreTheMostRecentlyMentionedPersons() {
    for (int between : new int[] {10, RoleResolver.MAX_CANDIDATES}) {
      String[] others = names(between);
      StringBuilder text = new StringBuilder("قال العقيد أحمد علي إن الوضع هادئ. ");
      for (String n : others) {
        text.append("وحضر ").append(n).append(" الاجتماع. ");
      }
      text.append("وأكد العقيد أن القوات تتقدم.");
      String[] persons = new String[between + 1];
      persons[0] = "أحمد علي";
      System.arraycopy(others, 0, persons, 1, between);
      DocumentEntities d = extract(text.toString(), persons);
      assertEquals(between + 1, d.entities().stream().filter(e -> e.type() == EntityType.PERSON).count());
      Entity e = d.roleEntity(role(d, "العقيد"));
      if (between < RoleResolver.MAX_CANDIDATES) {
        assertEquals("أحمد علي", e == null ? null : e.canonicalName());
      } else {
        assertNull(e, "the titled person is not among the " + RoleResolver.MAX_CANDIDATES + " most recent");
      }
    }
  }
}
