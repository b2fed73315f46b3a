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

  @Test
  void contrastAfterACommaEndsTheClause() {
    assertEquals(List.of("المصنع سيغلق"), contents("وقال العمال إن المصنع سيغلق، في حين نفت الإدارة ذلك."));
    assertEquals(List.of("الطريق آمن"), contents("وأكدت الشرطة أن الطريق آمن، إلا أن السكان ما زالوا خائفين."));
    assertEquals(List.of("الاكتشاف يعود إلى العصر البرونزي", "ذلك مبكر"),
        contents("واعتبر الباحثون أن الاكتشاف يعود إلى العصر البرونزي، على أن آخرين رأوا أن ذلك مبكر."));
  }

  @Test
  void quotationThatOpensCoordinatedClauses() {
    Quote q = extract("وأكد الرئيس أنه \" لن يتراجع عن الإصلاح \"، وأن الحكومة ستواصل عملها.").get(0);
    assertEquals(QuoteKind.MIXED, q.kind());
    assertEquals("\" لن يتراجع عن الإصلاح \"، وأن الحكومة ستواصل عملها", q.content().text());
  }

  @Test
  void quotedFragmentKeepsItsWholeClause() {
    Quote q = extract("ودعا \" جميع الأطراف المعنية \" إلى ضبط النفس في المرحلة المقبلة.").get(0);
    assertEquals(QuoteKind.MIXED, q.kind());
    assertEquals("\" جميع الأطراف المعنية \" إلى ضبط النفس في المرحلة المقبلة", q.content().text());
    // a quotation the sentence ends with stays direct
    Quote d = extract("وشدد على ضرورة \" حوار وطني شامل لا يستثني أحدا \".").get(0);
    assertEquals(QuoteKind.DIRECT, d.kind());
    assertEquals("حوار وطني شامل لا يستثني أحدا", d.content().text());
  }

  // ---------------------------------------------------------------- source phrases

  @Test
  void sourcePhraseAfterACommaWithConjunctionTakesTheNextClause() {
    List<Quote> qs = extract("وغادر الوفد العاصمة مساء أمس، وحسب التلفزيون الرسمي صباح اليوم، كانت المحادثات مثمرة.");
    assertEquals(1, qs.size());
    assertEquals("كانت المحادثات مثمرة", qs.get(0).content().text());
  }

  @Test
  void trailingSourcePhrasesWithVerbsAndRelays() {
    assertEquals(List.of("وارتفعت أسعار القمح بنسبة كبيرة"),
        contents("وارتفعت أسعار القمح بنسبة كبيرة، بحسب ما ذكر أحد التجار لوكالة الأنباء المحلية."));
    List<Quote> relayed = extract("وكان البرلمان قد طالب بإغلاق المعبر فورا حسبما نقلت وكالة الأنباء الرسمية عن بيان للبرلمان.");
    assertEquals(1, relayed.size());
    assertEquals("بيان للبرلمان", relayed.get(0).speaker().text());
    assertTrue(relayed.get(0).medium().text().contains("وكالة الأنباء الرسمية"));
    assertEquals(List.of("وستدفع الشركة مليار دولار نقدا"),
        contents("وستدفع الشركة مليار دولار نقدا، وذلك حسب ما جاء في التقرير السنوي."));
    assertEquals(1, extract("وكانت الحكومة قد رفعت الأسعار، حسب ما أفادت به الإذاعة الرسمية.").size());
  }

  @Test
  void sourcePhraseInsideItsClauseTakesTheSentence() {
    String t = "وستقوم اللجنة بحسب ما أعلن رئيسها بتكريم الفائزين في حفل كبير.";
    assertEquals(List.of("وستقوم اللجنة بحسب ما أعلن رئيسها بتكريم الفائزين في حفل كبير"), contents(t));
  }

  @Test
  void viewNounsAndPossessedSayings() {
    List<Quote> a = extract("وحسب رأي المحلل الاقتصادي، الأزمة ستطول.");
    assertEquals(List.of("الأزمة ستطول"), a.stream().map(q -> q.content().text()).toList());
    assertEquals("المحلل الاقتصادي", a.get(0).speaker().text());
    List<Quote> b = extract("وقالت الوزيرة إن الإصلاح ضروري. وحسب قولها فإن \" الميزانية لا تكفي \".");
    assertEquals(2, b.size());
    assertEquals("الميزانية لا تكفي", b.get(1).content().text());
    assertEquals(QuoteKind.DIRECT, b.get(1).kind());
  }

  @Test
  void normsAndDefinitionsAreNoSources() {
    assertTrue(extract("ويحق للمواطن التصويت في الانتخابات، وفقا للقانون الجديد.").isEmpty());
    assertTrue(extract("وتعد هذه المنطقة حدود الغلاف الجوي حسب بعض التعاريف العلمية.").isEmpty());
    assertTrue(extract("وصنفت الأنواع المختارة ثم حسب التصنيفات الواسعة للنباتات.").isEmpty());
    assertTrue(extract("وتم اختيار المرشحين، واستنادا إلى معايير الكفاءة والخبرة.").isEmpty());
  }

  // ---------------------------------------------------------------- document cues

  @Test
  void documentCues() {
    List<Quote> a = extract("وأصدرت الوزارة بيانا جاء فيه أن : \" الامتحانات ستجرى في موعدها \".");
    assertEquals(1, a.size());
    assertEquals("الامتحانات ستجرى في موعدها", a.get(0).content().text());
    List<Quote> b = extract("وورد في تقرير صادر عن اللجنة الدولية: \" المياه ملوثة في ثلاث مناطق \".");
    assertEquals(1, b.size());
    assertEquals("المياه ملوثة في ثلاث مناطق", b.get(0).content().text());
    List<Quote> c = extract("وجاء أيضا في تسجيل صوتي نشر على الإنترنت : نحن مستعدون للتفاوض.");
    assertEquals(List.of("نحن مستعدون للتفاوض"), c.stream().map(q -> q.content().text()).toList());
    assertEquals(List.of("المدرب سيرحل"), contents("ونشرت الصحيفة خبرا مفاده أن المدرب سيرحل."));
    assertTrue(extract("وجاء في المرتبة الثانية فريق المدينة.").isEmpty());
    assertTrue(extract("جاء ذلك في بيان للوزارة.").isEmpty());
  }

  // ---------------------------------------------------------------- object and predicate

  @Test
  void objectAndPredicateFrames() {
    assertEquals(List.of("الانتخابات خطوة أولى نحو الاستقرار"),
        contents("واعتبر الانتخابات خطوة أولى نحو الاستقرار."));
    assertEquals(List.of("التعاون مع الجيران أمرا ضروريا"), contents("واعتبر التعاون مع الجيران أمرا ضروريا."));
    assertEquals(List.of("الحريق بالكارثة"), contents("وتحدثت السلطات عن الأضرار واصفة الحريق بالكارثة."));
    Quote q = extract("واتهم الحزب \" بالتحريض على العنف \" خلال الأسابيع الماضية.").get(0);
    assertEquals(QuoteKind.MIXED, q.kind());
    assertEquals("الحزب \" بالتحريض على العنف \" خلال الأسابيع الماضية", q.content().text());
    List<Quote> named = extract("ووصف وزير الخارجية سامي العلي الاتفاق بأنه تاريخي.");
    assertEquals(1, named.size());
    assertEquals("الاتفاق بأنه تاريخي", named.get(0).content().text());
    assertEquals("وزير الخارجية سامي العلي", named.get(0).speaker().text());
  }

  @Test
  void objectPronounForms() {
    assertEquals(List.of("أفضل موسم في تاريخ النادي"),
        contents("وتحدث المدرب عن الموسم الذي وصفه بأنه \" أفضل موسم في تاريخ النادي \"."));
    List<Quote> a = extract("وقدم الرئيس خطته ولخصها بكلمتين : \" العمل والأمل \".");
    assertEquals(List.of("العمل والأمل"), a.stream().map(q -> q.content().text()).toList());
    List<Quote> b = extract("وتحدث عن القرار الذي اعتبره الخبراء خطأ كبيرا.");
    assertEquals(List.of("خطأ كبيرا"), b.stream().map(q -> q.content().text()).toList());
    assertEquals("الخبراء", b.get(0).speaker().text());
    assertTrue(extract("وعرض الفيلم لقطات اعتبرها البعض إساءة كبيرة.").isEmpty(), "a vague subject is no source");
    assertTrue(extract("وأفرجت الشرطة عن المعتقلين الذين تتهمهم بالتخريب.").isEmpty(), "a relative clause narrates");
  }

  @Test
  void passiveImperfectOfConsiderIsNoQuote() {
    assertTrue(extract("وتعتبر المدينة مركزا تجاريا مهما في المنطقة.").isEmpty());
    assertTrue(extract("ويعتبر النهر مصدرا رئيسيا للمياه.").isEmpty());
  }

  @Test
  void aMarkGluedToAConjunctionOpens() {
    List<Quote> qs = extract("وكانت الجماعة قد أعلنت عزمها تنظيم مسيرة و\" إغلاق الطرق \" يوم الجمعة، حسب ما أفادت به الإذاعة الرسمية.");
    assertEquals(1, qs.size());
    assertTrue(qs.get(0).content().text().contains("عزمها تنظيم مسيرة"));
    assertTrue(qs.get(0).content().end() < qs.get(0).cue().start() || qs.get(0).cue().text().equals("أعلنت"));
  }

  @Test
  void sameGlyphNestingAroundAQuotedName() {
    String t = "وقال المدير: \" التقيت سارة علي - مؤسسة \" نبض \" - قبل عامين، وأنا سعيد بالعمل معها \".";
    List<Quote> qs = extract(t);
    assertEquals(1, qs.size());
    assertEquals("التقيت سارة علي - مؤسسة \" نبض \" - قبل عامين، وأنا سعيد بالعمل معها", qs.get(0).content().text());
  }

  @Test
  void quotedTitleInsideATopicIsNoContent() {
    assertTrue(extract("وكانت الوزارة قد أعلنت منذ أيام عن استثناء عشر شركات من \" قانون حماية المنافسة \" لسنة 2020.").isEmpty());
  }

  @Test
  void factsAndDataAreNoSources() {
    assertTrue(extract("وتشير الأرقام إلى أن البطالة ارتفعت.").isEmpty());
    assertTrue(extract("حيث تشير الأبحاث إلى أن التدخين يضر القلب.").isEmpty());
    assertTrue(extract("وأثبتت الأحداث أن الخطة فشلت.").isEmpty());
    assertEquals(1, extract("وتشير الوزارة إلى أن البطالة ارتفعت.").size());
  }

  @Test
  void sayingNounWithInna() {
    assertEquals(List.of("الدواء آمن تماما"), contents("ويتزايد القلق رغم قول أطباء إن الدواء آمن تماما."));
  }

  @Test
  void quotationBeforeAsHeSaid() {
    List<Quote> qs = extract("وغنى للشاعر الراحل الذي \" غاب لكنه باق في القلوب \"، كما قال.");
    assertEquals(1, qs.size());
    assertEquals("غاب لكنه باق في القلوب", qs.get(0).content().text());
    assertEquals(QuoteKind.DIRECT, qs.get(0).kind());
  }

  @Test
  void anInnerCueWithAColonStartsItsOwnQuote() {
    List<String> qs = contents("ورأى مرة أن العرض طويل جدا ومرة قال: إن الجمهور يستحق الأفضل.");
    assertEquals(List.of("العرض طويل جدا", "الجمهور يستحق الأفضل"), qs);
  }

  @Test
  void appositionWithAQuotedCompanyNameBeforeTheObject() {
    List<Quote> qs = extract("ووصف هاني رزق، المؤسس والمدير التنفيذي لشركة \" مدار \"، الاتفاق ب \" البداية الجديدة \".");
    assertEquals(1, qs.size());
    assertEquals("الاتفاق ب \" البداية الجديدة \"", qs.get(0).content().text());
    assertEquals(QuoteKind.MIXED, qs.get(0).kind());
  }

  @Test
  void adverbialWithAWordThatIsAlsoACueForm() {
    assertEquals(List.of("الأسعار ستنخفض"), contents("واستنتج الخبراء من المقارنة بين الأسواق أن الأسعار ستنخفض."));
  }

  @Test
  void documentCueWithAPossessedNounHasNoDocumentSpeaker() {
    List<Quote> qs = extract("وقالت الوزيرة إن الميزانية جاهزة. وجاء في حديثها أن الرواتب سترتفع.");
    assertEquals(2, qs.size());
    assertEquals("الرواتب سترتفع", qs.get(1).content().text());
    assertEquals(null, qs.get(1).speaker());
  }

  @Test
  void colonSpeechRunsToTheEndOfItsParagraph() {
    String t = "وقال المدرب: اللاعبون قدموا كل ما لديهم. نحن فخورون بهم.\nوانتهت المباراة بالتعادل.";
    assertEquals(List.of("اللاعبون قدموا كل ما لديهم. نحن فخورون بهم"), contents(t));
    // a colon followed by إن takes the clause rule
    assertEquals(List.of("الفريق متعب"), contents("وقال المدرب: إن الفريق متعب. وسيعود غدا."));
  }

  @Test
  void aColonThatEndsTheParagraphIntroducesTheNext() {
    String t = "وشاهدت الناقدة العرض الأول وكتبت انطباعاتها عن الفيلم الذي انتظره الجمهور طويلا:\n"
        + "الفيلم جميل ومؤثر، والممثلون بارعون.\nوسيعرض الفيلم في الصيف.";
    assertEquals(List.of("الفيلم جميل ومؤثر، والممثلون بارعون"), contents(t));
  }

  /**
   * One paragraph of thousands of colon speeches, and one sentence of thousands of cues with
   * contrasts: each content is read once (a quadratic reading would take minutes at this size).
   */
  @Test
  void manyColonSpeechesInOneParagraphStayLinear() {
    StringBuilder colon = new StringBuilder();
    StringBuilder contrast = new StringBuilder();
    int n = 4000;
    for (int i = 0; i < n; i++) {
      colon.append("وقال الوزير: المشروع رقم ").append(i).append(" يسير جيدا. ");
      contrast.append("وقال النائب إن الخطة ").append(i).append(" جيدة، في حين ");
    }
    contrast.append("انتهت الجلسة.");
    assertEquals(n, extract(colon.toString()).size());
    assertEquals(n, extract(contrast.toString()).size());
  }

  @Test
  void mediaWithTheirOwnClauseAndOnlineAccounts() {
    assertEquals(List.of("المدارس ستفتح الأحد"),
        contents("وذكرت الوزارة في بيان نشرته على موقعها الرسمي أن المدارس ستفتح الأحد."));
    assertEquals(List.of("لن نتخلى عن حقوقنا"), contents("وكتب الرئيس على حسابه في تويتر: \"لن نتخلى عن حقوقنا\"."));
    assertEquals(List.of("نحن مستعدون للحوار"), contents("«نحن مستعدون للحوار»، قال رئيس الوزراء في مقابلة تلفزيونية."));
  }

  @Test
  void wifqWithoutMaNeedsANamedSource() {
    assertEquals(List.of("قتل خمسة أشخاص في القصف"), contents("ووفق مصادر محلية، قتل خمسة أشخاص في القصف."));
    assertEquals(List.of("وقتل خمسة أشخاص في القصف"), contents("وقتل خمسة أشخاص في القصف، وفق مصادر طبية."));
    assertTrue(extract("ويسمح الموقع للأعضاء بتعديل صفحاتهم وفق سياسات الموقع.").isEmpty());
  }

  @Test
  void aDocumentWithItsIssuer() {
    List<Quote> qs = extract("وأشار التقرير الصادر عن البنك الدولي إلى أن النمو سيتباطأ.");
    assertEquals(List.of("النمو سيتباطأ"), qs.stream().map(q -> q.content().text()).toList());
  }

  @Test
  void beliefVerbAndAQuotedPredicate() {
    assertEquals(List.of("الأسعار ستنخفض"), contents("ويعتقد الخبراء أن الأسعار ستنخفض."));
    assertTrue(extract("ويعتقد أن المدينة بنيت قبل ألف عام.").isEmpty(), "impersonal يعتقد أن");
    Quote q = extract("واعتبر الوزير القرار \"خطأ تاريخيا\".").get(0);
    assertEquals(QuoteKind.MIXED, q.kind());
    assertTrue(q.content().text().endsWith("القرار \"خطأ تاريخيا\""), q.content().text());
  }

  @Test
  void theNameAliAfterATitle() {
    List<Quote> qs = extract("وأوضح الناطق العسكري العقيد علي محمد أن القوات تقدمت.");
    assertEquals("الناطق العسكري العقيد علي محمد", qs.get(0).speaker().text());
  }

  @Test
  void aFullStopOutsideEveryPairedQuotationEndsTheSentence() {
    String t = "وكانت الحركة قد أعلنت عزمها تنظيم مسيرة و\" إغلاق الطرق \" يوم الجمعة، حسب ما أفادت به"
        + " الإذاعة الرسمية. وقد رفع المتظاهرون لافتات مختلفة.";
    List<Quote> qs = extract(t);
    assertEquals(1, qs.size());
    assertTrue(qs.get(0).content().text().startsWith("وكانت الحركة قد أعلنت"), qs.get(0).content().text());
  }

  @Test
  void coordinatedQuotedNamesAreNoQuotes() {
    List<Quote> qs = extract("وذكرت صحيفتا \"الأيام\" و\"الشروق\" ان الحكومة ستستقيل.");
    assertEquals(1, qs.size());
    assertEquals("الحكومة ستستقيل", qs.get(0).content().text());
    assertEquals("صحيفتا \"الأيام\" و\"الشروق\"", qs.get(0).speaker().text());
    List<Quote> both = extract("وقالت صحيفة \"الوطن\" إن الوزير سيستقيل، ونقلت عن مصدر قوله: \"القرار نهائي\".");
    assertEquals(List.of("الوزير سيستقيل", "القرار نهائي"), both.stream().map(q -> q.content().text()).toList());
  }
}
