package org.isnad.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Speaker patterns of issue 13 (item 6), each on news sentences written for the test, through
 * {@link Isnad#analyze(String)} so that the recognizer's entities take part as in real use.
 */
class SpeakerPatternTest {
  private static Isnad isnad;

  @BeforeAll
  static void load() {
    isnad = Isnad.create();
  }

  private static List<Quote> quotes(String text) {
    return isnad.analyze(text).quotes();
  }

  /** The quote whose content starts with {@code contentStart}. */
  private static Quote quote(List<Quote> qs, String contentStart) {
    for (Quote q : qs) {
      if (q.content().text().startsWith(contentStart)) {
        return q;
      }
    }
    throw new AssertionError("no quote starting with " + contentStart + " in " + qs);
  }

  private static String speaker(List<Quote> qs, String contentStart) {
    Quote q = quote(qs, contentStart);
    return q.speakerEntity() == null ? null : q.speakerEntity().canonical();
  }

  @Test
  void kinshipNounsKeepTheirOwnGender() {
    List<Quote> qs = quotes("أعلنت الوزيرة هدى سالم أن الخطة جاهزة للتنفيذ. وقال والده كريم إن العائلة ستقاضي الشركة."
        + " وقالت إن التمويل متوفر منذ أشهر.");
    assertEquals("كريم", speaker(qs, "العائلة ستقاضي"));
    assertEquals("هدى سالم", speaker(qs, "التمويل متوفر"), "قالت never resolves to a man");
    List<Quote> sister = quotes("وصرحت أخته نادين بأن الشرطة لم تتصل بالأسرة. وأضافت أن المحامي سيطعن في الحكم.");
    assertEquals("نادين", speaker(sister, "المحامي سيطعن"));
  }

  @Test
  void wordsThatAreNoSpeakers() {
    List<Quote> qs = quotes("كان المدرب سعيد الحربي صريحا مع لاعبيه، فقد رأى مرة أن الفريق يحتاج إلى مهاجم جديد.");
    assertEquals(1, qs.size(), qs.toString());
    assertNotNull(qs.get(0).speakerEntity());
    assertTrue(qs.get(0).speakerEntity().canonical().startsWith("سعيد الحربي"), qs.toString());
    List<Quote> name = quotes("قال مسؤول في البلدية فضل عدم ذكر اسمه إن المشروع سيتأخر عاما كاملا.");
    for (Quote q : name) {
      assertTrue(q.speakerEntity() == null || !q.speakerEntity().canonical().equals("اسمه"), q.toString());
    }
  }

  @Test
  void aSpeakerInsideReportedContentIsNoAntecedent() {
    List<Quote> qs = quotes("وقال المحامي رامي يوسف إن النيابة العامة أكدت أن الملف أغلق نهائيا، وأضاف أن موكله بريء من كل التهم.");
    assertEquals("رامي يوسف", speaker(qs, "موكله بريء"));
    List<Quote> chain = quotes("أوضحت الطبيبة سلمى عادل أن المستشفى أبلغ الوزارة بأن الأدوية نفدت. وأشارت إلى أن عدد المرضى تضاعف."
        + " وأضافت أن الأطباء يعملون دون توقف.");
    assertEquals("سلمى عادل", speaker(chain, "عدد المرضى"));
    assertEquals("سلمى عادل", speaker(chain, "الأطباء يعملون"));
  }

  @Test
  void droppedSubjectTakesTheSubjectOfTheClosestClauseEvenWithoutSpeech() {
    List<Quote> qs = quotes("قال الدفاع المدني إن الحريق أخمد بالكامل. وعبرت الوزيرة هالة حداد عن قلقها من ارتفاع الأسعار،"
        + " وقالت إن الحكومة ستتدخل.");
    assertEquals("هالة حداد", speaker(qs, "الحكومة ستتدخل"));
    List<Quote> praise = quotes("قال الدفاع المدني إن الحريق أخمد بالكامل. وأشاد النائب فهد العتيبي بجهود فرق الإنقاذ،"
        + " وقال إن عدد الضحايا قد يرتفع.");
    assertEquals("فهد العتيبي", speaker(praise, "عدد الضحايا"));
    List<Quote> gender = quotes("أعلنت المديرة منى فارس أن المعرض سيفتتح غدا. واستقبل المحافظ سامر نادر الوفد الزائر،"
        + " وقالت إن الزوار سيتجاوزون الألف.");
    assertEquals("منى فارس", speaker(gender, "الزوار سيتجاوزون"), "a feminine cue skips a man's clause");
  }

  @Test
  void subjectWrittenBeforeTheCue() {
    List<Quote> qs = quotes("أعلنت الشركة أنها ستغلق المصنع. إلا أن سارة خليل، المتحدثة باسم البلدية، نفت أن يكون المشروع قد ألغي.");
    Quote q = quote(qs, "يكون المشروع");
    assertEquals("سارة خليل", q.speakerEntity().canonical());
    assertNotNull(q.speaker());
    assertTrue(q.speaker().text().startsWith("سارة خليل"), q.speaker().text());
    List<Quote> org = quotes("أعلنت الوزارة أن المدارس ستفتح غدا. كما أن نقابة المعلمين أكدت أن الإضراب مستمر.");
    assertEquals("نقابة المعلمين", speaker(org, "الإضراب مستمر"));
  }

  @Test
  void titleAndOrganisationBeforeANameResolveToThePerson() {
    Quote q = quotes("وقال عالم الآثار محمود حسين إن الموقع يعود إلى العصر الروماني.").get(0);
    assertEquals("محمود حسين", q.speakerEntity().canonical());
    assertEquals(SourceType.PERSON, q.speakerEntity().type());
    assertEquals("عالم الآثار", q.speakerEntity().title());
    Quote envoy = quotes("وقالت ممثلة الأمم المتحدة في اليمن سارة جونز إن الوضع كارثي.").get(0);
    assertEquals("سارة جونز", envoy.speakerEntity().canonical());
    Quote library = quotes("قالت مشرفة المكتبة هدى ناصر إن الكتب الجديدة وصلت.").get(0);
    assertEquals("هدى ناصر", library.speakerEntity().canonical());
    Quote office = quotes("وقال مكتب الرئيس كمال يوسف إن الزيارة تأجلت.").get(0);
    assertEquals(SourceType.ORGANIZATION, office.speakerEntity().type(), "an office in construct with a name stays the office");
  }

  @Test
  void aFeminineVerbMakesItsNamedSubjectAWoman() {
    List<Quote> qs = quotes("وقالت الباحثة كارين هولمغرين إن العينات وصلت إلى المختبر.\nوأضافت أن النتائج ستنشر الشهر المقبل.");
    assertEquals("كارين هولمغرين", speaker(qs, "النتائج ستنشر"));
    List<Quote> plain = quotes("وقالت جوليا نيوتون إن الفرق بين الجنسين يعود جزئيا إلى العادات.\nوأضافت أن هناك أسبابا بيولوجية.");
    assertEquals("جوليا نيوتون", speaker(plain, "هناك أسبابا"));
  }

  @Test
  void roleWithoutNameIsThePersonTheRecognizerGaveItTo() {
    List<Quote> qs = quotes("قال الناطق باسم وزارة الصحة حسن الخطيب إن اللقاح متوفر. وأكد الناطق باسم الوزارة أن الحملة ستبدأ الأحد.");
    assertEquals(speaker(qs, "اللقاح متوفر"), speaker(qs, "الحملة ستبدأ"));
  }

  @Test
  void aDocumentSpeaksForItsIssuer() {
    Quote issued = quotes("ورد في بيان صادر عن وزارة الزراعة أن المحصول تضرر.").get(0);
    assertEquals("وزارة الزراعة", issued.speakerEntity().canonical());
    Quote released = quotes("وأصدرت وزارة الصحة بيانا جاء فيه أن الوباء انحسر.").get(0);
    assertEquals("وزارة الصحة", released.speakerEntity().canonical());
  }

  @Test
  void verbWithAnObjectPronounStillHasItsSubject() {
    List<Quote> qs = quotes("وقال المتحدث باسم الشرطة إن المشتبه به فر. وهذا ما أكده مدير الأمن العام اللواء سمير العلي،"
        + " حيث قال إن التحقيق مستمر.");
    assertEquals("سمير العلي", speaker(qs, "التحقيق مستمر"));
  }
}
