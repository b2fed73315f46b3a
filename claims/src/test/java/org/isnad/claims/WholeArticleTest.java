package org.isnad.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A whole news article written for this test (not a seed): every quote it holds, with its speaker
 * after resolution, in text order.
 */
class WholeArticleTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = WholeArticleTest.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyQuoteWithItsSource() throws IOException {
    String text = resource("article-sudan.txt");
    List<Quote> qs = new QuoteExtractor().extract(text);
    String[][] expected = {
        {"حذرت", "الأمم المتحدة", "الوضع الإنساني في السودان"},
        {"وقالت", "إيري كانيكو", "نحن نتلقى تقارير مروعة"},
        {"وأضافت", "إيري كانيكو", "أكثر من عشرة ملايين شخص"},
        {"مشيرة", "إيري كانيكو", "التمويل المتاح لا يغطي"},
        {"قال", "علي الصادق", "الحكومة \"منفتحة"},
        {"شدد", "علي الصادق", "السيادة الوطنية خط أحمر"},
        {"وبحسب", "منظمة أطباء بلا حدود", "المستشفيات في الفاشر"},
        {"قالت", "فاطمة آدم", "لم نأكل منذ يومين"},
        {"أعلن", "توم بيرييلو", "واشنطن تعمل على استئناف"},
        {"وأكد", "توم بيرييلو", "الوقت ينفد"},
        {"داعيا", "توم بيرييلو", "وضع مصلحة الشعب السوداني"},
        {"وفقا", "مصادر طبية محلية", "ارتفع عدد القتلى"},
    };
    assertEquals(expected.length, qs.size(), qs.toString());
    assertQuotes(qs, expected);
    assertEquals("لفرانس برس عبر الهاتف", qs.get(7).medium().text());
    assertEquals(QuoteKind.DIRECT, qs.get(1).kind());
    assertEquals(QuoteKind.MIXED, qs.get(4).kind());
  }

  @Test
  void economicNewsWithQuotedNamesAndTrailingAttribution() throws IOException {
    String text = resource("article-central-bank.txt");
    List<Quote> qs = new QuoteExtractor().extract(text);
    String[][] expected = {
        {"وأوضح", "البنك المركزي", "القرار \"يتسق"},
        {"لافتا", "البنك المركزي", "معدل التضخم السنوي"},
        {"وقال", "محمد أبو باشا", "القرار كان متوقعا"},
        {"وأضاف", "محمد أبو باشا", "نتوقع أن يبدأ المركزي"},
        {"ترى", "رضوى السويفي", "الضغوط على الجنيه"},
        {"مؤكدة", "رضوى السويفي", "البنك \"يفضل الحذر\""},
        {"وتتوقع", "وكالة فيتش", "يتراجع التضخم"},
        {"أشار", "صندوق النقد الدولي", "الإصلاحات تسير"},
    };
    assertEquals(expected.length, qs.size(), qs.toString());
    assertQuotes(qs, expected);
    assertTrue(qs.get(6).content().text().endsWith("2025"), "the trailing بحسب phrase ends the clause");
  }

  @Test
  void alternatingSpeakersSurnamesAndRoles() throws IOException {
    String text = resource("article-parliament.txt");
    List<Quote> qs = new QuoteExtractor().extract(text);
    String[][] expected = {
        {"وقالت", "سلمى الخطيب", "القانون"},
        {"وأضافت", "سلمى الخطيب", "ستصوت ضده"},
        {"مؤكدا", "عمر الحسن", "يضمن تمثيلا عادلا"},
        {"وتابع", "عمر الحسن", "من يرفض القانون"},
        {"وردت", "سلمى الخطيب", "البديل موجود"},
        {"وصرح", "الناطق الرسمي باسم الحكومة", "الحكومة"},
        {"وتم التأكيد", "الهيئة المستقلة للانتخابات", "الموعد النهائي"},
        {"ونقلت", "مصادر برلمانية", "التصويت قد يؤجل"},
        {"وأشار", "عمر الحسن", "اللجنة ستعقد"},
        {"قالت", "سلمى الخطيب", "الوقت لم يعد"},
    };
    assertEquals(expected.length, qs.size(), qs.toString());
    assertQuotes(qs, expected);
    assertEquals("لـ\"الخليج\"", qs.get(5).medium().text());
    assertEquals("صحيفة \"الرأي\"", qs.get(7).medium().text());
  }

  @Test
  void topicOnlyVerbsAppositionsAndClauseBoundaries() throws IOException {
    String text = resource("article-idlib.txt");
    List<Quote> qs = new QuoteExtractor().extract(text);
    String[][] expected = {
        {"وأوضح", "المرصد السوري لحقوق الإنسان", "الطائرات الحربية نفذت"},
        {"وقال", "مصدر في الدفاع المدني", "فرق الإنقاذ"},
        {"ذكرت", "وكالة الأنباء السورية الرسمية (سانا)", "وحدات الجيش"},
        {"أعلنت", "هيئة تحرير الشام", "ردت على مصادر النيران"},
        {"وبحسب", "ناشطين محليين", "نزحت عشرات العائلات"},
        {"وقالت", "أم أحمد", "\"فقدت كل شيء\""},
        {"قال", "المتحدث باسم الخارجية الروسية", "موسكو"},
    };
    assertEquals(expected.length, qs.size(), qs.toString());
    assertQuotes(qs, expected);
    assertTrue(qs.get(6).content().text().endsWith("\"تدعم جهود مكافحة الإرهاب\""), "the next clause is not content");
  }

  @Test
  void guillemetsSingleMarksAndAnUnclosedLastQuote() throws IOException {
    String text = resource("article-marks.txt");
    List<Quote> qs = new QuoteExtractor().extract(text);
    String[][] expected = {
        {"وقال", "رئيس الحكومة", "لن نسمح لأحد"},
        {"مضيفاً", "رئيس الحكومة", "الأجهزة الأمنية ستضرب"},
        {"وأكدت", "ليلى بن علي", "التحقيقات جارية"},
        {"صرّح", "الناطق باسم الرئاسة", "الرئيس يتابع الوضع"},
        {"وأفادت", "مصادر طبية", "عدد الجرحى"},
        {"وقال", "المرصد", "الانتهاكات تراجعت"},
        {"وتقول", "الحكومة", "ملتزمة بالحوار"},
    };
    assertEquals(expected.length, qs.size(), qs.toString());
    assertQuotes(qs, expected);
    assertEquals(QuoteKind.DIRECT, qs.get(0).kind());
    assertEquals("في كلمة متلفزة", qs.get(0).medium().text());
    assertEquals(QuoteKind.DIRECT, qs.get(3).kind(), "single quotation marks");
    assertEquals("ملتزمة بالحوار", qs.get(6).content().text().strip(), "an unclosed mark ends at the paragraph");
  }

  @Test
  void sportsNewsWithTeamsAndRoles() throws IOException {
    String text = resource("article-sports.txt");
    List<Quote> qs = new QuoteExtractor().extract(text);
    String[][] expected = {
        {"وقال", "مارسيل كولر", "اللاعبون قدموا"},
        {"وأضاف", "مارسيل كولر", "الفريق"},
        {"مشيرا", "مارسيل كولر", "الإصابات أثرت"},
        {"قالت", "نور الشربيني", "سعيدة بتأهل الفريق"},
        {"وأكدت", "نور الشربيني", "ستحضر المباراة"},
        {"اعتبر", "محمود الخطيب", "الجماهير كانت"},
        {"صرح", "صن داونز", "فريقه"},
    };
    assertEquals(expected.length, qs.size(), qs.toString());
    assertQuotes(qs, expected);
    assertEquals("في المؤتمر الصحفي", qs.get(0).medium().text());
  }

  /** Each quote's cue, speaker canonical name and the start of its content, in order. */
  private static void assertQuotes(List<Quote> qs, String[][] expected) {
    for (int i = 0; i < expected.length; i++) {
      Quote q = qs.get(i);
      assertEquals(expected[i][0], q.cue().text());
      assertNotNull(q.speakerEntity(), q.toString());
      assertEquals(expected[i][1], q.speakerEntity().canonical(), q.toString());
      assertTrue(q.content().text().startsWith(expected[i][2]), q.toString());
    }
  }
}
