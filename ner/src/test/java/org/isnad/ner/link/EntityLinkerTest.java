package org.isnad.ner.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.isnad.ner.Annotation;
import org.isnad.ner.EntityType;
import org.isnad.ner.Mention;
import org.isnad.ner.rules.RuleAnnotator;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {

  private static final EntityLinker LINKER = EntityLinker.getDefault();

  /** Mentions of the given names (each occurrence, left to right) with one type. */
  static List<Mention> mentions(String text, EntityType type, String... names) {
    List<Mention> out = new ArrayList<>();
    for (String name : names) {
      int from = 0;
      for (int at; (at = text.indexOf(name, from)) >= 0; from = at + name.length()) {
        boolean inside = false;
        for (Mention m : out) {
          inside |= at >= m.start() && at < m.end();
        }
        if (!inside) {
          out.add(new Mention(type, at, at + name.length(), name, 0.9));
        }
      }
    }
    return out;
  }

  private static List<Entity> link(String text, List<Mention> mentions) {
    List<Annotation> annotations = RuleAnnotator.getDefault().annotate(text);
    return LINKER.link(text, mentions, annotations);
  }

  @Test
  void surnameLinksToFullNameAndTitleStaysApart() {
    String text = "وقال العقيد ريان ديلون لوكالة رويترز إن المعركة مستمرة. وأضاف ديلون أن التحالف مستعد.";
    List<Entity> es = link(text, mentions(text, EntityType.PERSON, "ريان ديلون", "ديلون"));
    assertEquals(1, es.size(), es::toString);
    Entity e = es.get(0);
    assertEquals("E1", e.id());
    assertEquals("ريان ديلون", e.canonicalName());
    assertEquals("pers:ريان ديلون", e.key());
    assertEquals("العقيد", e.title());
    assertEquals(2, e.mentions().size());
    EntityMention first = e.mentions().get(0);
    assertEquals("العقيد ريان ديلون", first.text());
    assertEquals("ريان ديلون", first.name());
    assertEquals(text.indexOf("العقيد"), first.start());
    assertEquals(text.indexOf("ريان"), first.nameStart());
    assertEquals("العقيد", first.titleText());
    EntityMention second = e.mentions().get(1);
    assertEquals("ديلون", second.text());
    assertNull(second.title());
  }

  @Test
  void titleInsideTheMentionIsCutOff() {
    String text = "التقى وزير الخارجية الأمريكي مايك بومبيو نظيره";
    int s = text.indexOf("وزير");
    int e = text.indexOf(" نظيره");
    Mention m = new Mention(EntityType.PERSON, s, e, text.substring(s, e), 0.8);
    Entity entity = link(text, List.of(m)).get(0);
    assertEquals("مايك بومبيو", entity.canonicalName());
    assertEquals("وزير الخارجية الأمريكي", entity.title());
    assertEquals(text.indexOf("مايك"), entity.firstMention().nameStart());
    assertEquals(s, entity.firstMention().start());
  }

  @Test
  void aTitledNameIsAPersonAndGluedProcliticsTheModelKeptAreCut() {
    String text = "وأوضح المتحدث الرسمي باسم التحالف ريان ديلون أن القوات تتقدم بدير الزور. وقال ديلون إن دير الزور";
    List<Mention> ms = new ArrayList<>(mentions(text, EntityType.ORGANIZATION, "ريان ديلون"));
    ms.addAll(mentions(text, EntityType.PERSON, "ديلون"));
    ms.addAll(mentions(text, EntityType.LOCATION, "بدير الزور", "دير الزور"));
    List<Entity> es = link(text, ms);
    assertEquals(2, es.size(), es::toString);
    assertEquals(EntityType.PERSON, es.get(0).type());
    assertEquals("المتحدث الرسمي باسم التحالف", es.get(0).title());
    assertEquals(2, es.get(0).mentions().size());
    Entity deir = es.get(1);
    assertEquals("دير الزور", deir.canonicalName());
    assertEquals(text.indexOf("دير الزور"), deir.firstMention().nameStart());
    assertEquals(text.indexOf("بدير"), deir.firstMention().mention().start());

    String t2 = "سيطر الجيش على والميادين ثم دخل الميادين";
    List<Entity> e2 = link(t2, mentions(t2, EntityType.LOCATION, "والميادين", "الميادين"));
    assertEquals(1, e2.size(), e2::toString);
    assertEquals("loc:الميادين", e2.get(0).key());
    assertEquals("الميادين", e2.get(0).firstMention().name());
  }

  @Test
  void appositiveTitleIsKeptBesideTheName() {
    String text = "قال ريدور خليل، القيادي الكبير في قوات سوريا الديمقراطية إن القوات تتقدم. وأضاف خليل أن";
    Entity e = link(text, mentions(text, EntityType.PERSON, "ريدور خليل", "خليل")).get(0);
    assertEquals("القيادي الكبير في قوات سوريا الديمقراطية", e.title());
    EntityMention first = e.firstMention();
    assertEquals("ريدور خليل", first.text());
    assertNull(first.title());
    assertEquals(text.indexOf("القيادي"), first.apposition().start());
    assertEquals("القيادي الكبير في قوات سوريا الديمقراطية", first.appositionText());
    assertEquals(2, e.mentions().size());
  }

  @Test
  void titleAcrossACommaIsAdjacent() {
    String text = "وقال الرئيس الأمريكي، دونالد ترامب، إن القوات ستنسحب. وأضاف ترامب أن";
    Entity e = link(text, mentions(text, EntityType.PERSON, "دونالد ترامب", "ترامب")).get(0);
    assertEquals("الرئيس الأمريكي", e.title());
    assertEquals("الرئيس الأمريكي، دونالد ترامب", e.firstMention().text());
    assertEquals(2, e.mentions().size());
  }

  @Test
  void spellingVariantsUnify() {
    String text = "قال مصطفى بالي إن المعركة بدأت. ونقلت رويترز عن مصطفي بالي أن الهجوم مستمر، وقال بالي لاحقا";
    List<Entity> es = link(text, mentions(text, EntityType.PERSON, "مصطفى بالي", "مصطفي بالي", "بالي"));
    assertEquals(1, es.size(), es::toString);
    assertEquals(3, es.get(0).mentions().size());
    assertEquals("pers:مصطفي بالي", es.get(0).key());
  }

  @Test
  void nearMissSpellingOfOneWordUnifies() {
    String text = "أعلنت قوات الدفاع الوطنية أمس. وقالت قوات الدفاع الوطنيه";
    List<Entity> es = link(text, mentions(text, EntityType.ORGANIZATION, "قوات الدفاع الوطنية", "قوات الدفاع الوطنيه"));
    assertEquals(1, es.size(), es::toString);
    assertTrue(EntityLinker.nearMiss("الديمقراطيه", "الديموقراطيه"));
    assertTrue(!EntityLinker.nearMiss("بغداد", "بيروت"));
  }

  @Test
  void sameSurnameGoesToTheNearestPrecedingPerson() {
    String text = "قال محمد رسول إن الوضع هادئ. ثم قال يحيى رسول إن القوات جاهزة. وأضاف رسول أن";
    List<Entity> es = link(text, mentions(text, EntityType.PERSON, "محمد رسول", "يحيى رسول", "رسول"));
    assertEquals(2, es.size(), es::toString);
    assertEquals("يحيى رسول", es.get(1).canonicalName());
    assertEquals(2, es.get(1).mentions().size());
    assertEquals(1, es.get(0).mentions().size());
  }

  @Test
  void aliasesJoinOneEntityAndCitiesStayApart() {
    String text = "هاجم تنظيم الدولة الإسلامية البلدة. وقال إن داعش خسر. وتراجع تنظيم الدولة. "
        + "وقالت الولايات المتحدة إن أمريكا لن تنسحب، وفي واشنطن قال مسؤول";
    List<Mention> ms = new ArrayList<>();
    ms.addAll(mentions(text, EntityType.ORGANIZATION, "تنظيم الدولة الإسلامية", "داعش", "تنظيم الدولة"));
    ms.addAll(mentions(text, EntityType.LOCATION, "الولايات المتحدة", "أمريكا", "واشنطن"));
    List<Entity> es = link(text, ms);
    assertEquals(3, es.size(), es::toString);
    assertEquals("org:isis", es.get(0).key());
    assertEquals("تنظيم الدولة الإسلامية", es.get(0).canonicalName());
    assertEquals(3, es.get(0).mentions().size());
    assertEquals("loc:usa", es.get(1).key());
    assertEquals(2, es.get(1).mentions().size());
    assertEquals("loc:washington", es.get(2).key());
  }

  @Test
  void organisationHeadLinksButPlacesDoNotLinkPartially() {
    String text = "أعلن التحالف الدولي بدء الهجوم. وقال التحالف إن. وفي دير الزور و الزور";
    List<Mention> ms = new ArrayList<>(mentions(text, EntityType.ORGANIZATION, "التحالف الدولي", "التحالف"));
    ms.addAll(mentions(text, EntityType.LOCATION, "دير الزور"));
    int z = text.lastIndexOf("الزور");
    ms.add(new Mention(EntityType.LOCATION, z, z + 5, "الزور", 0.5));
    List<Entity> es = link(text, ms);
    assertEquals(3, es.size(), es::toString);
    assertEquals(2, es.get(0).mentions().size());
  }

  @Test
  void contractedLamAlefIsRestored() {
    String text = "هاجم التحالف المواقع، وكانت الضربات للتحالف ناجحة";
    int t = text.indexOf("للتحالف") + 1;
    List<Mention> ms = new ArrayList<>(mentions(text, EntityType.ORGANIZATION, "التحالف"));
    ms.removeIf(m -> m.start() >= t - 1);
    ms.add(new Mention(EntityType.ORGANIZATION, t, t + 6, text.substring(t, t + 6), 0.7));
    List<Entity> es = link(text, ms);
    assertEquals(1, es.size(), es::toString);
    assertEquals("التحالف", es.get(0).canonicalName());
  }

  @Test
  void idsFollowFirstMentionsAndResultsAreImmutable() {
    String text = "زار ماكرون بيروت ثم عاد ماكرون إلى باريس";
    List<Mention> ms = new ArrayList<>(mentions(text, EntityType.PERSON, "ماكرون"));
    ms.addAll(mentions(text, EntityType.LOCATION, "بيروت", "باريس"));
    List<Entity> es = link(text, ms);
    assertEquals(List.of("E1", "E2", "E3"), es.stream().map(Entity::id).toList());
    assertEquals("ماكرون", es.get(0).canonicalName());
    assertEquals("loc:beirut", es.get(1).key());
    assertEquals("loc:باريس", es.get(2).key());
    assertThrows(UnsupportedOperationException.class, () -> es.add(es.get(0)));
    assertThrows(UnsupportedOperationException.class, () -> es.get(0).mentions().clear());
  }

  @Test
  void manyMentionsLinkWithoutBlowingUp() {
    StringBuilder sb = new StringBuilder();
    List<Mention> ms = new ArrayList<>();
    for (int k = 0; k < 5000; k++) {
      String name = (k % 2 == 0 ? "أحمد " : "محمود ") + "الاسم" + (k % 500);
      int s = sb.length();
      sb.append(name).append(" قال. ");
      ms.add(new Mention(EntityType.PERSON, s, s + name.length(), name, 0.9));
    }
    List<Entity> es = LINKER.link(sb.toString(), ms, List.of());
    assertEquals(500, es.size());
    assertEquals(10, es.get(0).mentions().size());
  }

  @Test
  void misuseIsReported() {
    String text = "قال ديلون";
    Mention wrong = new Mention(EntityType.PERSON, 0, 3, "ديل", 0.5);
    assertThrows(IllegalArgumentException.class, () -> LINKER.link(text, List.of(wrong), List.of()));
    Mention outside = new Mention(EntityType.PERSON, 5, 20, "x".repeat(15), 0.5);
    assertThrows(IllegalArgumentException.class, () -> LINKER.link(text, List.of(outside), List.of()));
    assertThrows(NullPointerException.class, () -> LINKER.link(null, List.of(), List.of()));
    assertEquals(List.of(), LINKER.link(text, List.of(), List.of()));
  }

  @Test
  void keysAreStableAcrossDocuments() {
    String a = "قال مصطفى بالي المسؤول في قسد إن داعش انهزم";
    String b = "أكد مصطفي بالي أن قوات سوريا الديموقراطية هزمت تنظيم الدولة";
    List<Mention> ma = new ArrayList<>(mentions(a, EntityType.PERSON, "مصطفى بالي"));
    ma.addAll(mentions(a, EntityType.ORGANIZATION, "قسد", "داعش"));
    List<Mention> mb = new ArrayList<>(mentions(b, EntityType.PERSON, "مصطفي بالي"));
    mb.addAll(mentions(b, EntityType.ORGANIZATION, "قوات سوريا الديموقراطية", "تنظيم الدولة"));
    List<String> ka = link(a, ma).stream().map(Entity::key).toList();
    List<String> kb = link(b, mb).stream().map(Entity::key).toList();
    assertEquals(ka, kb);
    assertEquals(List.of("pers:مصطفي بالي", "org:sdf", "org:isis"), ka);
    assertNotEquals(link(a, ma).get(1).canonicalName(), link(b, mb).get(1).canonicalName());
  }
}
