package org.isnad.ner.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.isnad.ner.Annotation;
import org.isnad.ner.AnnotationType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RuleAnnotatorTest {

  private static final RuleAnnotator RULES = RuleAnnotator.getDefault();

  private static List<Annotation> of(String text, AnnotationType type) {
    return RULES.annotate(text).stream().filter(a -> a.type() == type).collect(Collectors.toList());
  }

  private static void assertHas(String text, AnnotationType type, String expected) {
    List<Annotation> found = of(text, type);
    assertTrue(found.stream().anyMatch(a -> a.text().equals(expected)),
        () -> "expected " + type + " '" + expected + "' in '" + text + "' but found " + RULES.annotate(text));
    for (Annotation a : RULES.annotate(text)) {
      assertEquals(text.substring(a.start(), a.end()), a.text());
    }
  }

  private static void assertNone(String text, AnnotationType type) {
    assertEquals(List.of(), of(text, type), () -> "no " + type + " expected in '" + text + "'");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      أعلن الجيش اليوم الخميس سيطرته على البلدة | اليوم الخميس
      وقعت الاشتباكات أمس الأربعاء قرب الحدود | أمس الأربعاء
      وصل الوفد وأمس الخميس بدأت المحادثات | أمس الخميس
      عقد الاجتماع يوم الاثنين الماضي في عمان | يوم الاثنين الماضي
      انتهت المهلة منتصف ليل الجمعة (15 آذار 2019) دون اتفاق | منتصف ليل الجمعة (15 آذار 2019)
      نشر البيان بتاريخ 5/3/2020 على موقع الوزارة | 5/3/2020
      نشر البيان بتاريخ ٥/٣/٢٠٢٠ على موقع الوزارة | ٥/٣/٢٠٢٠
      وقع الانفجار في 12 تموز 2006 جنوب البلاد | 12 تموز 2006
      ولد في 3 من أكتوبر 1990 في القاهرة | 3 من أكتوبر 1990
      تنتهي الهدنة في تشرين الثاني المقبل كما قال | تشرين الثاني المقبل
      تراجعت الأسعار خلال الشهر الماضي بشكل حاد | الشهر الماضي
      ارتفعت الصادرات مطلع العام الجاري بنسبة كبيرة | مطلع العام الجاري
      قتل ثلاثة جنود قبل ثلاثة أيام في هجوم | قبل ثلاثة أيام
      بدأت الحملة عام 1998 واستمرت طويلا | عام 1998
      تعقد القمة الأسبوع المقبل في الرياض | الأسبوع المقبل
      وصل الرئيس الساعة الثالثة بعد الظهر | الساعة الثالثة
      دوت الانفجارات عند الساعة 11:30 مساء السبت | الساعة 11:30 مساء السبت
      شهدت المدينة هدوءا حذرا خلال اليومين الماضيين بعد المعارك | اليومين الماضيين
      اندلعت الاحتجاجات في أبريل 2011 في درعا | أبريل 2011
      أجلت الانتخابات إلى جانفي المقبل حسب الهيئة | جانفي المقبل
      سيعقد مجلس الوزراء جلسة طارئة صباح الغد | صباح الغد
      قالت إن الحفل سيقام في الثامن من تموز | الثامن من تموز
      بلغت نسبة التضخم 12.5% في شهر آذار الماضي | شهر آذار الماضي
      نزح منها 5 آلاف شخص خلال 48 ساعة | 48 ساعة
      بدأت المفاوضات في الساعة العاشرة صباحا بتوقيت دمشق | الساعة العاشرة صباحا
      """)
  void dates(String sentence, String expected) {
    assertHas(sentence, AnnotationType.DATE, expected.strip());
  }

  @Test
  void datesLeaveOutPrepositionsAndAmbiguousMonths() {
    assertHas("قال المصدر خلال اليوم الجمعة إن", AnnotationType.DATE, "اليوم الجمعة");
    assertNone("زار الأب ابنه في المستشفى", AnnotationType.DATE);
    assertHas("وقع الهجوم في 4 آب الماضي", AnnotationType.DATE, "4 آب الماضي");
    assertNone("قال إن العام لم يكن جيدا والرأي العام غاضب", AnnotationType.DATE);
    assertHas("يتوقع هذا العام نموا ضعيفا", AnnotationType.DATE, "هذا العام");
  }

  @Test
  void numericDateAndTimeTogether() {
    assertHas("آخر تحديث 28.10.2017 11:58", AnnotationType.DATE, "28.10.2017 11:58");
    assertNone("بلغ المؤشر 3.5 نقطة", AnnotationType.DATE);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      تقع المدينة على بعد 70 كيلومترا من العاصمة | 70 كيلومترا
      تشير التقديرات لوجود نحو 1500 من مقاتلي التنظيم | نحو 1500
      تم إجلاء أكثر من 20 ألفا من المدنيين | أكثر من 20 ألفا
      تراجعت البطالة بنسبة 1% فقط | 1%
      بلغت نسبة المشاركة 45 في المئة في الجولة الأولى | 45 في المئة
      خصصت الحكومة 3 ملايين دولار لإعادة الإعمار | 3 ملايين دولار
      يمتد الجدار مسافة ثلاثة كيلومترات على الحدود | ثلاثة كيلومترات
      قتل حوالي ٣٠٠ شخص في الزلزال | حوالي ٣٠٠
      فقدت البلاد ما يقارب 2.5 مليون برميل يوميا | ما يقارب 2.5 مليون برميل
      استقبل المخيم 500 لاجئ جديد | 500
      وصلت قافلة تحمل خمسين طنا من المساعدات | خمسين طنا
      بلغت الخسائر عشرات ملايين الدولارات ثم 4 مليارات الدولارات | 4 مليارات الدولارات
      """)
  void quantities(String sentence, String expected) {
    assertHas(sentence, AnnotationType.QUANTITY, expected.strip());
  }

  @Test
  void vagueCountWordsOnlyWhenAskedFor() {
    String s = "سقط عشرات القتلى وفر مئات المدنيين وآلاف اللاجئين";
    assertNone(s, AnnotationType.QUANTITY);
    List<Annotation> vague = RuleAnnotator.withVagueQuantities().annotate(s);
    assertTrue(vague.stream().anyMatch(a -> a.text().equals("عشرات")), vague::toString);
    assertTrue(vague.stream().anyMatch(a -> a.text().equals("مئات")), vague::toString);
  }

  @Test
  void bareNumbersNeedACountedNoun() {
    assertNone("قرار مجلس الأمن 2254 الصادر بالإجماع", AnnotationType.QUANTITY);
    assertNone("موقع مصر 365", AnnotationType.QUANTITY);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      وقال العقيد ريان ديلون إن المعركة مستمرة | العقيد
      قال رئيس الوزراء العراقي حيدر العبادي إن | رئيس الوزراء العراقي
      التقى وزير الخارجية الأمريكي مايك بومبيو نظيره | وزير الخارجية الأمريكي
      وأوضح المتحدث الرسمي باسم التحالف في بيان | المتحدث الرسمي باسم التحالف
      قال الناطق باسم وزارة الدفاع الروسية إن | الناطق باسم وزارة الدفاع الروسية
      كشف قائد العمليات المشتركة العراقية، العميد يحيى رسول، عن تنسيق | قائد العمليات المشتركة العراقية
      كشف قائد العمليات المشتركة العراقية، العميد يحيى رسول، عن تنسيق | العميد
      قال ريدور خليل، القيادي الكبير في قوات سوريا الديمقراطية إن القوات | القيادي الكبير في قوات سوريا الديمقراطية
      وأكد مسؤول عسكري رفيع أن الهجوم بدأ | مسؤول عسكري رفيع
      وقال مدير المركز الإعلامي لـ “قسد”، مصطفى بالي إن | مدير المركز الإعلامي لـ “قسد”
      قال مصطفى بالي، المسؤول الإعلامي بقوات سوريا الديمقراطية أن المعركة | المسؤول الإعلامي بقوات سوريا الديمقراطية
      استقبل الشيخ محمد بن زايد الوفد | الشيخ
      التقى الرئيس المصري عبد الفتاح السيسي الوفد | الرئيس المصري
      أعلن الأمين العام للأمم المتحدة أنطونيو غوتيريش | الأمين العام للأمم المتحدة
      أكد قائد فيلق القدس في الحرس الثوري الإيراني أن الرد قادم | قائد فيلق القدس في الحرس الثوري الإيراني
      وحضر المؤتمر سفير الاتحاد الأوروبي لدى سوريا وممثلون عن المنظمات | سفير الاتحاد الأوروبي لدى سوريا
      وأشار رئيس الحكومة المكلف نجيب ميقاتي إلى أن التشكيلة جاهزة | رئيس الحكومة المكلف
      وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو ترفض | المتحدثة باسم الخارجية الروسية
      قال رئيس هيئة الأركان العامة في الجيش الإسرائيلي | رئيس هيئة الأركان العامة
      قال الدكتور أحمد زويل في محاضرة | الدكتور
      والرئيس الفرنسي إيمانويل ماكرون قال | الرئيس الفرنسي
      استقبل سمو ولي العهد الأمير حسين الوفد | سمو ولي العهد
      وأعلن معالي عباس الفاسي أن | معالي
      وأكد جلالة الملك عبد الله الثاني أن | جلالة الملك
      التقى معالي وزير الخارجية الأردني نظيره | معالي وزير الخارجية الأردني
      قال الرئيس الراحل جمال عبد الناصر | الرئيس الراحل
      """)
  void titles(String sentence, String expected) {
    assertHas(sentence, AnnotationType.TITLE, expected.strip());
  }

  @Test
  void titlesStopAtCircumstancesAndSkipWeakHeadsAlone() {
    assertHas("قال المسؤول في تصريح صحفي إن", AnnotationType.TITLE, "المسؤول");
    assertHas("قال الرئيس في دمشق إن", AnnotationType.TITLE, "الرئيس");
    assertNone("فاز الفريق بالمباراة", AnnotationType.TITLE);
    assertNone("عقدت القمة في شرم الشيخ أمس", AnnotationType.TITLE);
    assertNone("تراجع بشكل كبير", AnnotationType.TITLE);
    assertNone("ونقلت الوكالة عن مصدر مسؤول قوله إن الاجتماع انتهى", AnnotationType.TITLE);
    assertNone("فاز الفريق الملكي بالمباراة", AnnotationType.TITLE);
    assertHas("اتصل بمدير الفريق ليخبره بموعد المباراة", AnnotationType.TITLE, "مدير الفريق");
    assertHas("قال رئيس الحكومة للصحفيين إن", AnnotationType.TITLE, "رئيس الحكومة");
    assertNone("انتخب رئيس للتشريعي أمس", AnnotationType.TITLE);
    assertNone("انتخب رئيساً مؤقتاً", AnnotationType.TITLE);
    assertHas("قال نائب وزير خارجيتها استعدادها للحوار", AnnotationType.TITLE, "نائب وزير خارجيتها");
    assertHas("قال الحاكم البريطاني المجلس التشريعي", AnnotationType.TITLE, "الحاكم البريطاني");
    assertHas("قال الفريق أول عبد الفتاح السيسي", AnnotationType.TITLE, "الفريق أول");
    assertHas("قال المسؤول للوكالة إن الهجوم فشل", AnnotationType.TITLE, "المسؤول");
    assertHas("قال المسؤول لوكالة رويترز إن الهجوم فشل", AnnotationType.TITLE, "المسؤول");
  }

  @Test
  void gluedConjunctionIsLeftOutWithExactOffsets() {
    String s = "وقال ووزير الدفاع وأمس الخميس وصل";
    List<Annotation> all = RULES.annotate(s);
    Annotation title = all.stream().filter(a -> a.type() == AnnotationType.TITLE).findFirst().orElseThrow();
    assertEquals("وزير الدفاع", title.text());
    assertEquals(s.indexOf("وزير"), title.start());
    Annotation date = all.stream().filter(a -> a.type() == AnnotationType.DATE).findFirst().orElseThrow();
    assertEquals("أمس الخميس", date.text());
    assertEquals(s.indexOf("أمس"), date.start());
    assertEquals(s.indexOf(" وصل"), date.end());
  }

  @Test
  void gluedConjunctionWithDiacriticsMapsExactly() {
    String s = "وَأمسِ الخميسَ";
    Annotation date = RULES.annotate(s).get(0);
    assertEquals(AnnotationType.DATE, date.type());
    assertEquals(s.indexOf('أ'), date.start());
    assertEquals(s.length(), date.end());
  }

  @Test
  void annotationsDoNotOverlapAndStayOnOneLine() {
    String s = "اليوم\nالخميس";
    List<Annotation> all = RULES.annotate(s);
    assertEquals(2, all.size(), all::toString);
    assertFalse(all.get(0).text().contains("\n"));
  }

  @Test
  void oddInputNeverThrows() {
    String[] odd = {"", " ", "\u0000\u0001", "\uD800", "\uDC00 الرئيس \uD800", "«««", "باسم", "الساعة",
        "نحو", "أكثر من", "المتحدث باسم “", "يوم", "(", "السبت (", "السبت (10", "قبل", "١٠/٢/",
        "99:99", "1.2.3.4", "منتصف منتصف منتصف", "لل", "ول", "و", "المسؤول ب"};
    for (String s : odd) {
      assertDoesNotThrow(() -> RULES.annotate(s), s);
    }
    String huge = "قال المتحدث باسم التحالف اليوم الخميس إن نحو 1500 مقاتل ".repeat(5000);
    List<Annotation> all = RULES.annotate(huge);
    assertEquals(15000, all.size());
  }

  @Test
  void misuseIsReported() {
    assertThrows(NullPointerException.class, () -> RULES.annotate((String) null));
    assertThrows(NullPointerException.class, () -> RULES.annotate("x", null));
  }
}
