package org.isnad.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cue lexicon, the search from cue to content and the boundaries between quotes, on news
 * sentences written for these tests (none is taken from the seeds or the development set).
 */
class CuePatternTest {

  private final QuoteExtractor extractor = QuoteExtractor.textOnly();

  private List<Quote> extract(String text) {
    List<Quote> quotes = extractor.extract(text);
    for (Quote q : quotes) {
      assertEquals(q.content().text(), text.substring(q.content().start(), q.content().end()));
    }
    return quotes;
  }

  private List<String> contents(String text) {
    return extract(text).stream().map(q -> q.content().text()).toList();
  }

  // ---------------------------------------------------------------- lexicon

  @Test
  void verbsOfExplainingProposingConcludingAndRulingOut() {
    assertEquals(List.of("الأسعار سترتفع في الصيف"), contents("وشرح الخبير الاقتصادي أن الأسعار سترتفع في الصيف."));
    assertEquals(List.of("تؤجل الانتخابات شهرا"), contents("واقترحت المعارضة أن تؤجل الانتخابات شهرا."));
    assertEquals(List.of("يعود اللاعب قبل نهاية الموسم"), contents("واستبعد مدرب الفريق أن يعود اللاعب قبل نهاية الموسم."));
    assertEquals(List.of("النوم المبكر يحسن الذاكرة"), contents("فاستنتج الفريق البحثي أن النوم المبكر يحسن الذاكرة."));
    assertEquals(List.of("الحرارة ارتفعت بسرعة"), contents("ولاحظ السكان أن الحرارة ارتفعت بسرعة."));
    assertEquals(List.of("الخطة لم تحقق أهدافها"), contents("وخلص التقرير إلى أن الخطة لم تحقق أهدافها."));
    assertEquals(List.of("تنسحب القوات أولا"), contents("واشترطت الحكومة أن تنسحب القوات أولا."));
    assertEquals(List.of("المرضى تحسنوا بعد العلاج"), contents("ووجد الأطباء أن المرضى تحسنوا بعد العلاج."));
    assertEquals(List.of("مطالبها مشروعة"), contents("وتصر النقابة على أن مطالبها مشروعة."));
    assertEquals(List.of("الاتفاق يخالف الدستور"), contents("يعتبر الحزب المعارض أن الاتفاق يخالف الدستور."));
  }

  @Test
  void newVerbsStillNeedAComplementOrColon() {
    assertTrue(extract("وزاد عدد الزوار في الصيف الماضي.").isEmpty());
    assertTrue(extract("وشرح المعلم الدرس للطلاب.").isEmpty());
    assertTrue(extract("يعتبر أن المشروع من أكبر المشاريع.").isEmpty(), "impersonal يعتبر أن");
    assertEquals(List.of("لن نتراجع عن موقفنا"), contents("وزاد الوزير: لن نتراجع عن موقفنا."));
  }

  @Test
  void aFirstNameIsNoVerbForm() {
    List<Quote> qs = extract("وأكد نصر الله أن الحوار مستمر.");
    assertEquals(1, qs.size());
    assertEquals("نصر الله", qs.get(0).speakerEntity().canonical());
  }

  @Test
  void verbWhoseFoldedFormIsAVerbalNoun() {
    assertEquals(List.of("يكون الجيش قد قصف القرية"), contents("ونفى أن يكون الجيش قد قصف القرية."));
    assertEquals(List.of("تكون الشركة قد أفلست"), contents("ونفى المدير العام أن تكون الشركة قد أفلست."));
    // the verbal noun keeps its own frame
    assertEquals(1, extract("وجاء نفي الوزارة بأنها أغلقت الحدود بعد ساعات.").size());
  }

  // ---------------------------------------------------------------- from cue to content

  @Test
  void contentThatBeginsWithANumber() {
    assertEquals(List.of("40 في المئة من السكان فقدوا عملهم"),
        contents("وقالت النقابة: إن 40 في المئة من السكان فقدوا عملهم."));
    assertEquals(List.of("300 عائلة نزحت خلال يومين"), contents("وقال المحافظ: 300 عائلة نزحت خلال يومين."));
  }

  @Test
  void subjectsWithDashes() {
    assertEquals(List.of("البحث سيستمر عامين"), contents("وقالت سارة هيل - جونز : \" البحث سيستمر عامين \"."));
    List<Quote> qs = extract("وأوضح كريم بوزيد - مدرب الفريق الأول - أن اللاعبين جاهزون للمباراة.");
    assertEquals(1, qs.size());
    assertEquals("اللاعبين جاهزون للمباراة", qs.get(0).content().text());
    assertEquals(List.of("المرحلة المقبلة صعبة"),
        contents("وأكد وزير المالية لقناة العربية - 2 أن المرحلة المقبلة صعبة."));
  }

  @Test
  void parentheticalAboutTheSpeaker() {
    assertEquals(List.of("الدواء آمن"),
        contents("وأشار أحمد سليم، وهو أحد الباحثين في المشروع، إلى أن الدواء آمن."));
    assertEquals(List.of("موكلته بريئة"), contents("وأكد محامي المتهمة، الذي تولى القضية منذ بدايتها قبل ثلاث سنوات"
        + " في محكمة الاستئناف بالعاصمة وسط اهتمام واسع من الصحافة المحلية، أن موكلته بريئة."));
  }

  @Test
  void groupSubjectsAndAdverbials() {
    assertEquals(List.of("يتوقعون موسما جافا"), contents("أفاد عدد من المزارعين أنهم يتوقعون موسما جافا."));
    assertEquals(List.of("الطريق الجديد خفف الزحام"),
        contents("واستنتج المهندسون من القياسات الأخيرة أن الطريق الجديد خفف الزحام."));
    assertEquals(List.of("المشروع تأخر كثيرا"), contents("وشدد في هذا السياق رئيس البلدية أن المشروع تأخر كثيرا."));
    assertEquals(List.of("يعلن الفائز غدا"), contents("واشترط الحكم بعد انتهاء السباق، أن يعلن الفائز غدا."));
    assertTrue(extract("وأكد الوزير على ضرورة أن يتم الحوار.").isEmpty(), "أن governed by a noun");
  }

  // ---------------------------------------------------------------- boundaries

  @Test
  void anInnerCueEndsOneQuoteAndStartsTheNext() {
    List<String> a = contents("وقال الوزير إن الحكومة ستدعم المزارعين، حيث أعلن رئيس الوزراء أن الدعم سيبدأ الشهر المقبل.");
    assertEquals(List.of("الحكومة ستدعم المزارعين", "الدعم سيبدأ الشهر المقبل"), a);
    List<String> b = contents("وذكرت الوكالة أن الأمطار غزيرة هذا العام ومؤخرا أعلنت الأرصاد أن الفيضانات محتملة.");
    assertEquals(List.of("الأمطار غزيرة هذا العام", "الفيضانات محتملة"), b);
    List<String> c = contents("وأكد المدير أن الشركة رابحة، مع أنه صرح أن المبيعات تراجعت.");
    assertEquals(List.of("الشركة رابحة", "المبيعات تراجعت"), c);
    // a cue inside the content that reports what someone else said stays inside
    List<String> d = contents("وقال الناطق إن الوزير أعلن أن المعبر سيفتح غدا.");
    assertEquals(List.of("الوزير أعلن أن المعبر سيفتح غدا"), d);
  }
}
