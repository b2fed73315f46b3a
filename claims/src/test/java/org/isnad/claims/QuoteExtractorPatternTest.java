package org.isnad.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.core.SentenceSplitter;
import org.isnad.core.Span;
import org.isnad.core.Token;
import org.isnad.core.Tokenizer;
import org.junit.jupiter.api.Test;

/** Each quote pattern of the spec, on news sentences written for the test (not from the seeds). */
class QuoteExtractorPatternTest {

  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> extract(String text) {
    List<Quote> quotes = extractor.extract(text);
    for (Quote q : quotes) {
      assertEquals(q.content().text(), text.substring(q.content().start(), q.content().end()));
      assertEquals(q.cue().text(), text.substring(q.cue().start(), q.cue().end()));
      if (q.speaker() != null) {
        assertEquals(q.speaker().text(), text.substring(q.speaker().start(), q.speaker().end()));
      }
      assertTrue(q.confidence() >= 0 && q.confidence() <= 1);
    }
    return quotes;
  }

  private static String canonical(Quote q) {
    assertNotNull(q.speakerEntity(), "no speaker entity for " + q);
    return q.speakerEntity().canonical();
  }

  @Test
  void verbSubjectOrderWithTitleAndCircumstantialClause() {
    String t = "وقال وزير الخارجية الروسي سيرغي لافروف وهو يستقبل نظيره التركي في موسكو “لا حل عسكريا لهذه الأزمة”.";
    List<Quote> qs = extract(t);
    assertEquals(1, qs.size());
    Quote q = qs.get(0);
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertEquals("لا حل عسكريا لهذه الأزمة", q.content().text());
    assertEquals("وقال", q.cue().text());
    assertEquals("قال", q.cue().lemma());
    assertEquals("وزير الخارجية الروسي سيرغي لافروف", q.speaker().text());
    assertEquals("سيرغي لافروف", canonical(q));
    assertEquals(SourceType.PERSON, q.speakerEntity().type());
    assertEquals("وزير الخارجية الروسي", q.speakerEntity().title());
  }

  @Test
  void colonFormWithMediumAndParticipleSecondQuote() {
    String t = "وقال المحافظ في تصريح صحفي له اليوم: إن “الوضع الأمني تحت السيطرة الكاملة”، مشيرا إلى أن “الأجهزة الأمنية اعتقلت المشتبه بهم”.";
    List<Quote> qs = extract(t);
    assertEquals(2, qs.size());
    assertEquals("الوضع الأمني تحت السيطرة الكاملة", qs.get(0).content().text());
    assertEquals(QuoteKind.DIRECT, qs.get(0).kind());
    assertTrue(qs.get(0).medium().text().startsWith("في تصريح صحفي"));
    assertEquals("مشيرا", qs.get(1).cue().text());
    assertEquals("الأجهزة الأمنية اعتقلت المشتبه بهم", qs.get(1).content().text());
    assertNull(qs.get(1).speaker());
    assertEquals(canonical(qs.get(0)), canonical(qs.get(1)));
  }

  @Test
  void participlesTakeTheSpeakerOfTheirClause() {
    String t = "وأكد رئيس البرلمان نبيه بري أن الجلسة ستعقد في موعدها، موضحا أن النصاب مؤمن، ولافتا إلى أن الكتل الكبرى ستحضر.";
    List<Quote> qs = extract(t);
    assertEquals(3, qs.size());
    assertEquals("الجلسة ستعقد في موعدها", qs.get(0).content().text());
    assertEquals("النصاب مؤمن", qs.get(1).content().text());
    assertEquals("الكتل الكبرى ستحضر", qs.get(2).content().text());
    for (Quote q : qs) {
      assertEquals("نبيه بري", canonical(q));
    }
  }

  @Test
  void droppedSubjectsResolveBySalienceAndGender() {
    String t = "وقالت وزيرة الخارجية السويدية مارغو فالستروم إن بلادها ستعترف بدولة فلسطين. "
        + "وقال السفير الإسرائيلي إن القرار متسرع. وأضافت أن الخطوة تهدف إلى دعم حل الدولتين. "
        + "لكنه قال إن بلاده ستستدعي سفيرها للتشاور.";
    List<Quote> qs = extract(t);
    assertEquals(4, qs.size());
    assertEquals("مارغو فالستروم", canonical(qs.get(0)));
    assertEquals("السفير الإسرائيلي", canonical(qs.get(1)));
    assertNull(qs.get(2).speaker());
    assertEquals("مارغو فالستروم", canonical(qs.get(2)), "a feminine verb skips the masculine speaker");
    assertEquals("السفير الإسرائيلي", canonical(qs.get(3)), "a masculine verb skips the feminine speaker");
  }

  @Test
  void femaleFirstNameMakesAFeminineSpeaker() {
    String t = "وقالت فاطمة الزهراء لقناة الجزيرة إن الحصار يجب أن ينتهي. وقال المتحدث باسم الجيش إن العمليات مستمرة. "
        + "وتابعت: “لن نغادر أرضنا”.";
    List<Quote> qs = extract(t);
    assertEquals(3, qs.size());
    assertEquals("لقناة الجزيرة", qs.get(0).medium().text());
    assertEquals("فاطمة الزهراء", canonical(qs.get(2)));
  }

  @Test
  void roleMentionsResolveToTheNamedPerson() {
    String t = "وأوضح المتحدث الرسمي باسم الشرطة العقيد خالد المحمود، في تصريح لوكالة الأناضول، أن الحريق اندلع ليلا. "
        + "وقال مدير الدفاع المدني سامر حداد إن فرق الإطفاء وصلت بسرعة. "
        + "وأشار المتحدث باسم الشرطة إلى أن التحقيقات جارية لمعرفة أسباب الحريق.";
    List<Quote> qs = extract(t);
    assertEquals(3, qs.size());
    assertEquals("خالد المحمود", canonical(qs.get(0)));
    assertTrue(qs.get(0).medium().text().contains("لوكالة الأناضول"));
    assertEquals("سامر حداد", canonical(qs.get(1)));
    assertEquals("المتحدث باسم الشرطة", qs.get(2).speaker().text());
    assertEquals("خالد المحمود", canonical(qs.get(2)));
  }

  @Test
  void shortNameMentionResolvesToFullestName() {
    String t = "وقال الرئيس الأمريكي جو بايدن إن واشنطن ستدعم أوكرانيا. وأضاف بايدن أن العقوبات ستشدد.";
    List<Quote> qs = extract(t);
    assertEquals(2, qs.size());
    assertEquals("بايدن", qs.get(1).speaker().text());
    assertEquals("جو بايدن", canonical(qs.get(1)));
    assertEquals(qs.get(0).speakerEntity().id(), qs.get(1).speakerEntity().id());
  }

  @Test
  void sourcePhrases() {
    List<Quote> a = extract("وبحسب وزارة الصحة، ارتفع عدد الضحايا إلى 50 قتيلا.");
    assertEquals(1, a.size());
    assertEquals("وبحسب", a.get(0).cue().text());
    assertEquals("وزارة الصحة", canonical(a.get(0)));
    assertEquals("ارتفع عدد الضحايا إلى 50 قتيلا", a.get(0).content().text());

    List<Quote> b = extract("وارتفعت أسعار الوقود بنسبة عشرة في المئة، وفقا لهيئة الإحصاء الوطنية.");
    assertEquals(1, b.size());
    assertEquals("هيئة الإحصاء الوطنية", canonical(b.get(0)));
    assertEquals("وارتفعت أسعار الوقود بنسبة عشرة في المئة", b.get(0).content().text());

    List<Quote> c = extract("ويعمل في البلاد نحو ألفي جندي أجنبي، وفق ما أعلنته وزارة الدفاع.");
    assertEquals(1, c.size());
    assertEquals("وفق ما أعلنته", c.get(0).cue().text());
    assertEquals("وزارة الدفاع", canonical(c.get(0)));
  }

  @Test
  void reportedThroughAnAgency() {
    String t = "ونقلت وكالة الأنباء الرسمية عن مصدر عسكري قوله إن القوات سيطرت على المدينة.";
    List<Quote> qs = extract(t);
    assertEquals(1, qs.size());
    assertEquals("مصدر عسكري", canonical(qs.get(0)));
    assertEquals("وكالة الأنباء الرسمية", qs.get(0).medium().text());
    assertEquals("القوات سيطرت على المدينة", qs.get(0).content().text());
  }

  @Test
  void organisationsAndDocumentsAsSources() {
    String t = "وذكر بيان لوزارة الداخلية أن الشرطة فككت خلية إرهابية. وقالت المنظمة في تقريرها السنوي إن الانتهاكات تضاعفت. "
        + "وقالت اللافتات “ارحلوا عن أرضنا”.";
    List<Quote> qs = extract(t);
    assertEquals(3, qs.size());
    assertEquals("وزارة الداخلية", canonical(qs.get(0)));
    assertEquals("الشرطة فككت خلية إرهابية", qs.get(0).content().text());
    assertEquals(SourceType.ORGANIZATION, qs.get(1).speakerEntity().type());
    assertEquals("ارحلوا عن أرضنا", qs.get(2).content().text());
  }

  @Test
  void passiveWithAgent() {
    String t = "تم الإعلان من قبل اللجنة الانتخابية صباح اليوم أن نسبة المشاركة بلغت ستين في المئة.";
    List<Quote> qs = extract(t);
    assertEquals(1, qs.size());
    assertEquals("تم الإعلان", qs.get(0).cue().text());
    assertEquals("اللجنة الانتخابية", canonical(qs.get(0)));
    assertEquals("نسبة المشاركة بلغت ستين في المئة", qs.get(0).content().text());
    assertTrue(extract("تم الإعلان عن نتائج الانتخابات أمس.").isEmpty(), "no agent, no content: no quote");
  }

  @Test
  void mixedQuoteWithNestedMarks() {
    String t = "وأكد الوزير أن \"الاتفاق مع \"الشركاء الأوروبيين\" سيوقع قريبا\" في العاصمة البلجيكية.";
    List<Quote> qs = extract(t);
    assertEquals(1, qs.size());
    assertEquals(QuoteKind.MIXED, qs.get(0).kind());
    assertTrue(qs.get(0).content().text().contains("الشركاء الأوروبيين"));
    String d = "وقال المتحدث إن \"العلاقات مع \"الجيران\" ممتازة\".";
    List<Quote> dq = extract(d);
    assertEquals(1, dq.size());
    assertEquals(QuoteKind.DIRECT, dq.get(0).kind());
    assertEquals("العلاقات مع \"الجيران\" ممتازة", dq.get(0).content().text());
  }

  @Test
  void closingMarkWrittenAsOpeningMark() {
    String t = "وقال قائد الشرطة: “سنلاحق الجناة أينما كانوا “. وقال شاهد إن الانفجار هز الحي.";
    List<Quote> qs = extract(t);
    assertEquals(2, qs.size());
    assertEquals("سنلاحق الجناة أينما كانوا", qs.get(0).content().text());
    assertEquals("الانفجار هز الحي", qs.get(1).content().text());
  }

  @Test
  void quotedNamesAndTermsAreNotQuotes() {
    String t = "وشنت طائرات التحالف غارات على مواقع تنظيم “الدولة” قرب مدينة “الرقة”، بحسب ما أفادت به مصادر محلية لوكالة “فرانس برس”.";
    for (Quote q : extract(t)) {
      assertTrue(q.content().text().length() > 20, "a quoted name became a quote: " + q);
    }
    assertTrue(extract("وتبنى تنظيم “داعش” الهجوم الذي استهدف “السوق الشعبي” في المدينة.").isEmpty());
  }

  @Test
  void verbWithTopicOnlyIsNoQuote() {
    assertTrue(extract("وتحدثت وكالة “أعماق” عن هجمات انتحارية نفذها مقاتلو التنظيم.").isEmpty());
    assertTrue(extract("وكشف الوزير عن خطة جديدة لدعم المزارعين.").isEmpty());
    assertTrue(extract("ونفى المتحدث هذه الاتهامات جملة وتفصيلا.").isEmpty());
    assertTrue(extract("يذكر أن المدينة شهدت اشتباكات عنيفة الأسبوع الماضي.").isEmpty());
  }

  @Test
  void twoCuesInOneSentenceGiveTwoQuotes() {
    String t = "وأعلنت الشرطة أنها اعتقلت ثلاثة أشخاص، فيما قال شهود عيان إن الانفجار وقع قرب السوق.";
    List<Quote> qs = extract(t);
    assertEquals(2, qs.size());
    assertEquals("اعتقلت ثلاثة أشخاص", qs.get(0).content().text());
    assertEquals("الانفجار وقع قرب السوق", qs.get(1).content().text());
    String u = "وقال الناطق باسم الحكومة: \"نحن ملتزمون بوقف إطلاق النار\"، لكنه أضاف: \"لن نقف مكتوفي الأيدي\".";
    List<Quote> uq = extract(u);
    assertEquals(2, uq.size());
    assertEquals("لن نقف مكتوفي الأيدي", uq.get(1).content().text());
    assertEquals(canonical(uq.get(0)), canonical(uq.get(1)));
  }

  @Test
  void indirectContentIsTheClauseAfterTheComplementizer() {
    String t = "وقال الجيش في بيان إنه قتل عشرين مسلحا خلال العملية، لكنه أقر بأن ثلاثة جنود أصيبوا.";
    List<Quote> qs = extract(t);
    assertEquals(2, qs.size());
    assertEquals("قتل عشرين مسلحا خلال العملية", qs.get(0).content().text());
    assertEquals("في بيان", qs.get(0).medium().text());
    assertEquals("ثلاثة جنود أصيبوا", qs.get(1).content().text());
    assertEquals(QuoteKind.INDIRECT, qs.get(0).kind());
  }

  @Test
  void embeddedReportStaysInsideItsQuote() {
    String t = "وقال بلير إنه يود أن يؤكد أن الرئيس العراقي يشكل تهديدا لبريطانيا.";
    List<Quote> qs = extract(t);
    assertEquals(1, qs.size());
    assertTrue(qs.get(0).content().text().endsWith("يشكل تهديدا لبريطانيا"));
  }

  @Test
  void mediaVariants() {
    assertEquals("عبر الهاتف", extract("وقال أحد الأطباء عبر الهاتف إن المستشفى امتلأ بالجرحى.").get(0).medium().text());
    assertEquals("على تويتر", extract("وكتب الرئيس على تويتر: \"أمريكا أولا\".").get(0).medium().text());
    Quote q = extract("وقال وزير النفط في مقابلة مع قناة العربية إن الإنتاج سيرتفع.").get(0);
    assertTrue(q.medium().text().startsWith("في مقابلة"));
    assertEquals("لصحيفة الأهرام", extract("وصرح الدكتور محمد علي لصحيفة الأهرام بأن المستشفى استقبل المصابين.").get(0).medium().text());
  }

  @Test
  void subjectBeforeVerb() {
    String t = "وكانت وزارة الصحة قد أعلنت أمس أنها سجلت مئة إصابة جديدة.";
    List<Quote> qs = extract(t);
    assertEquals(1, qs.size());
    assertEquals("وزارة الصحة", canonical(qs.get(0)));
    assertEquals("سجلت مئة إصابة جديدة", qs.get(0).content().text());
  }

  @Test
  void anercorpStyleSentences() {
    // sentences from the ANERcorp training portion, clitics re-attached
    List<Quote> a = extract("وقال سفير الصين لدى الأمم المتحدة وانغ غوانغيا إن مرشح كوريا الجنوبية حصل على 13 صوتا مقابل معارضة صوت واحد .");
    assertEquals("وانغ غوانغيا", canonical(a.get(0)));
    List<Quote> b = extract("وقال هوارد جرونسبكت المسؤول بالإدارة إنها عدلت كذلك بالخفض توقعاتها لنمو الطلب العالمي على النفط .");
    assertEquals("هوارد جرونسبكت", canonical(b.get(0)));
    List<Quote> c = extract("وقال النادي الأهلي إن اللاعب تم نقله إلي مستشفي مصر الدولي , حيث أجريت له الإسعافات الأولية .");
    assertEquals("النادي الأهلي", canonical(c.get(0)));
    assertEquals(SourceType.ORGANIZATION, c.get(0).speakerEntity().type());
  }

  @Test
  void precomputedTokensGiveTheSameQuotes() {
    String t = "وقال المتحدث باسم الأمم المتحدة إن المساعدات وصلت. وأضاف أن الوضع ما زال صعبا.";
    List<Token> tokens = new Tokenizer().tokenize(t);
    List<Span> sentences = new SentenceSplitter().sentences(t, tokens);
    assertEquals(QuoteExtractor.textOnly().extract(t), extractor.extract(t, tokens, sentences, List.of()));
  }

  @Test
  void recognizerEntitiesDecideTheCanonicalName() {
    String t = "وقال المتحدث أبو عمر إن الهجوم فشل.";
    int s = t.indexOf("أبو عمر");
    EntityView v = new EntityView("p1", "أبو عمر الشامي", "ابو عمر الشامي", SourceType.PERSON, null,
        Gender.MASCULINE, List.of(new Span(s, s + "أبو عمر".length())));
    List<Token> tokens = new Tokenizer().tokenize(t);
    List<Quote> qs = extractor.extract(t, tokens, new SentenceSplitter().sentences(t, tokens), List.of(v));
    assertEquals(1, qs.size());
    assertEquals("أبو عمر الشامي", canonical(qs.get(0)));
  }

  @Test
  void anonymousSourceBoilerplateIsSkipped() {
    List<Quote> a = extract("ونقلت الوكالة عن مصدر دبلوماسي فضل عدم الإفصاح عن هويته أن المحادثات انهارت.");
    assertEquals(1, a.size());
    assertEquals("مصدر دبلوماسي", canonical(a.get(0)));
    assertEquals("المحادثات انهارت", a.get(0).content().text());
    List<Quote> b = extract("وقال مسؤول أمني، طلب عدم الكشف عن اسمه، إن الهجوم نفذه انتحاري.");
    assertEquals("مسؤول أمني", canonical(b.get(0)));
  }

  @Test
  void sourcePhraseWithFaInnaAndNotFahasb() {
    List<Quote> a = extract("وحسب المصدر فإن المفاوضات ستستأنف غدا.");
    assertEquals(1, a.size());
    assertEquals("المفاوضات ستستأنف غدا", a.get(0).content().text());
    assertTrue(extract("وليس هذا فحسب، بل إن الأسعار ارتفعت كثيرا.").isEmpty());
  }

  @Test
  void compoundAndNisbaNames() {
    assertEquals("نصر الله", canonical(extract("وأكد نصر الله أن المقاومة مستعدة.").get(0)));
    assertEquals("خليل الدليمي", canonical(extract("وأكد خليل الدليمي رئيس فريق الدفاع أن الفريق سيقاطع الجلسة.").get(0)));
    assertEquals("أحمد أبو الغيط", canonical(extract("وقال وزير الخارجية المصري أحمد أبو الغيط في بيان إن الاتفاق ممكن.").get(0)));
  }

  @Test
  void presentTenseCueWithPluralSubject() {
    List<Quote> qs = extract("ويرى مراقبون أن الاتفاق هش، بينما يؤكد المسؤولون أنه صامد.");
    assertEquals(2, qs.size());
    assertEquals("الاتفاق هش", qs.get(0).content().text());
    assertEquals("صامد", qs.get(1).content().text());
    assertEquals("المسؤولون", qs.get(1).speaker().text());
  }

  @Test
  void quotesInsideDirectQuotesAreNotSeparateQuotes() {
    List<Quote> qs = extract("وقال الرئيس: \"قلت لهم إن الحرب ليست حلا، وقال لي الوزير إنه يوافق\".");
    assertEquals(1, qs.size());
    assertEquals(QuoteKind.DIRECT, qs.get(0).kind());
  }

  @Test
  void femaleFirstNamesComeFromTheBundledGazetteer() {
    assertTrue(Lexicon.isFemaleName(org.isnad.core.Normalizer.SEARCH.apply("فاطمة")));
    assertTrue(!Lexicon.isFemaleName(org.isnad.core.Normalizer.SEARCH.apply("محمد")));
    assertTrue(Lexicon.isFirstName(org.isnad.core.Normalizer.SEARCH.apply("مصطفى")));
  }

  @Test
  void abbreviatedTitlesRelativeClausesAndIndirectObjects() {
    assertEquals("محمد عبد الله", canonical(extract("وقال د. محمد عبد الله إن التضخم سيتراجع.").get(0)));
    List<Quote> a = extract("وذكر المصدر، الذي طلب عدم ذكر اسمه، أن الاجتماع تأجل.");
    assertEquals(1, a.size());
    assertEquals("الاجتماع تأجل", a.get(0).content().text());
    List<Quote> b = extract("وكشف لنا مدير المدرسة أن الامتحانات ستؤجل.");
    assertEquals("مدير المدرسة", canonical(b.get(0)));
  }

  @Test
  void colonAtLineEndTakesTheNextLine() {
    List<Quote> qs = extract("وقال الوزير في كلمته:\n“نحن ملتزمون بالاتفاق حتى النهاية”.\nوأضاف أن الحكومة ستدفع الرواتب.");
    assertEquals(2, qs.size());
    assertEquals("نحن ملتزمون بالاتفاق حتى النهاية", qs.get(0).content().text());
    assertEquals("في كلمته", qs.get(0).medium().text());
    assertEquals("الوزير", canonical(qs.get(1)));
  }

  @Test
  void trailingAttributionEndsTheClause() {
    List<Quote> qs = extract("وقال الوزير إن الأزمة ستنتهي قريبا، على حد تعبيره.");
    assertEquals(1, qs.size());
    assertEquals("الأزمة ستنتهي قريبا", qs.get(0).content().text());
  }

  @Test
  void headlineIsNoQuote() {
    List<Quote> qs = extract("ترامب يقول إن الصين ستدفع ثمن الرسوم\n\nقال الرئيس الأمريكي دونالد ترامب إن الصين ستدفع ثمن الرسوم الجمركية.");
    assertEquals(1, qs.size());
    assertEquals("قال", qs.get(0).cue().text());
    assertEquals(1, extract("ترامب يقول إن الصين ستدفع ثمن الرسوم").size(), "a lone line is no headline");
  }

  @Test
  void passiveAndRelativeReadingsAreNoAttributions() {
    assertTrue(extract("ويصل المالكي الثلاثاء إلى واشنطن في زيارة يتوقع أن يتصدرها ملف الأمن.").isEmpty());
    assertTrue(extract("وهذا ما يؤكد أن الأزمة أعمق مما يبدو.").isEmpty());
    assertEquals(1, extract("ترامب يقول إن الصين ستدفع ثمن الرسوم").size(), "a bare subject before the verb keeps it");
  }

  @Test
  void organisationInConstructWithAPersonStaysTheOrganisation() {
    List<Quote> qs = extract("وأقرت إدارة الرئيس جورج بوش بوجود البرنامج، لكنها أكدت أنه قانوني.");
    assertEquals(1, qs.size());
    assertEquals("إدارة الرئيس جورج بوش", canonical(qs.get(0)));
    assertEquals(SourceType.ORGANIZATION, qs.get(0).speakerEntity().type());
  }

  @Test
  void idiomsAndObjectsAreNotSpeakers() {
    List<Quote> a = extract("وكشف السائق النقاب عن أن الإشارة كانت معطلة.");
    assertEquals("السائق", canonical(a.get(0)));
    List<Quote> b = extract("وقال الوزير إن الأسعار ستنخفض. ووصف الخطوة بأنها تاريخية.");
    assertEquals(2, b.size());
    assertEquals("الوزير", canonical(b.get(1)), "the described thing is no speaker");
    List<Quote> c = extract("وقال المدير إن المشروع اكتمل. وقال في ندوة نظمتها الجامعة إن التمويل متوفر.");
    assertEquals("المدير", canonical(c.get(1)), "a verb after a medium is no speaker");
  }

  @Test
  void subjectsBeforeTheVerbWithAmmaAndRelatives() {
    List<Quote> a = extract("أما وزير الداخلية نيكولا ساركوزي فصرح في واشنطن بأنه يجب ترك جميع الخيارات مفتوحة.");
    assertEquals("نيكولا ساركوزي", canonical(a.get(0)));
    List<Quote> b = extract("واستبق سبيكتر المسؤولين في لجنة الدفاع الذين أعلنوا أنهم سينظمون جلسات استماع.");
    assertEquals("المسؤولين في لجنة الدفاع", canonical(b.get(0)));
    assertTrue(extract("وغرقت البلاد بعد الأمطار الغزيرة التي يتوقع أن تستمر لفترات أطول.").isEmpty());
  }

  @Test
  void honorificPronounSubjectsResolveToTheNamedPerson() {
    String t = "استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة وفدا رسميا. وأكد سموه أن العلاقات بين البلدين متينة.";
    List<Quote> qs = extract(t);
    assertEquals(1, qs.size());
    assertEquals("سموه", qs.get(0).speaker().text());
    assertEquals("محمد بن زايد آل نهيان", canonical(qs.get(0)));
  }

  @Test
  void sourcePhrasesWrittenWithMa() {
    List<Quote> a = extract("وارتفع عدد القتلى إلى عشرين، حسبما أفادت وكالة رويترز.");
    assertEquals(1, a.size());
    assertEquals("حسبما أفادت", a.get(0).cue().text());
    assertEquals("وكالة رويترز", canonical(a.get(0)));
    List<Quote> b = extract("والوضع في المدينة كارثي بكل المقاييس، على حد قول المتحدث باسم الصليب الأحمر.");
    assertEquals(1, b.size());
    assertEquals("المتحدث باسم الصليب الأحمر", canonical(b.get(0)));
  }

  @Test
  void postposedIndirectCue() {
    List<Quote> qs = extract("أسفر الهجوم عن مقتل خمسة أشخاص وإصابة عشرة آخرين، قالت الشرطة.");
    assertEquals(1, qs.size());
    assertEquals("الشرطة", canonical(qs.get(0)));
    assertEquals("أسفر الهجوم عن مقتل خمسة أشخاص وإصابة عشرة آخرين", qs.get(0).content().text());
    assertEquals(QuoteKind.INDIRECT, qs.get(0).kind());
  }
}
