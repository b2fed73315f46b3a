package org.isnad.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.isnad.core.Normalizer;

/**
 * Closed word classes the quote extractor consults, all in {@link Normalizer#SEARCH} form:
 * complementizers, titles, organisation and document nouns, medium nouns, news agencies, time
 * words, relative pronouns, function words, and first names (from the bundled gazetteer). Loaded
 * once; immutable and safe to share.
 */
final class Lexicon {

  static final String FEMALE_NAMES = "/org/isnad/ner/gazetteers/arabic-names/female-first-names-in-arabic.txt";
  static final String MALE_NAMES = "/org/isnad/ner/gazetteers/arabic-names/male-first--names-in-arabic.txt";
  /** First name then family name per line; the first word is taken. */
  static final String FULL_NAMES = "/org/isnad/ner/gazetteers/arabic-names/400-Arabic-Names.txt";

  static final Set<String> COMPLEMENTIZERS = set("أن إن ان بأن");
  static final Set<String> SUFFIXED_COMPLEMENTIZERS = set(
      "أنه أنها أنهم أنهما أنهن أننا أنني إنه إنها إنهم إنهما إنهن إننا إنني بأنه بأنها بأنهم بأنهما بأننا بأنهن");
  static final Set<String> PRE_COMPLEMENTIZER = set("إلى على من عن ب");
  static final Set<String> TITLES = set(
      "العقيد عقيد الكولونيل كولونيل العميد عميد اللواء لواء الفريق المقدم الرائد النقيب الجنرال جنرال الأدميرال المشير"
      + " الرئيس رئيس رئيسة الرئيسة نائب النائب النائبة وزير الوزير وزيرة الوزيرة المتحدث متحدث المتحدثة متحدثة"
      + " الناطق ناطق الناطقة ناطقة المسؤول مسؤول المسؤولة مسؤولة المدير مدير مديرة المديرة قائد القائد القيادي قيادي"
      + " القيادية الشيخ الدكتور الدكتورة السيد السيدة الأمين عضو العضو السفير سفير السفيرة المبعوث مبعوث"
      + " المندوب مندوب المندوبة الممثل ممثل المستشار مستشار المستشارة المحلل الخبير الخبيرة الأستاذ الأستاذة الملك"
      + " الأمير الأميرة ولي محافظ المحافظ زعيم الزعيم مؤسس المرشح المرشحة مراسل المراسل المراسلة الصحفي الصحفية"
      + " الكاتب الكاتبة الباحث الباحثة القاضي المحامي المفوض مفوض المفوضة البابا الإمام المطران رئيس مصدر مصادر المصدر"
      + " المصادر مسؤولون المسؤولون النائب نقيب اللاعب لاعب اللاعبة لاعبة المدرب مدرب الفنان الفنانة النجم النجمة المخرج الكابتن"
      + " المؤسس الشاهد الشاهدة شاهد شاهدة شهود المواطن المواطنة مواطن مواطنة امرأة رجل الطبيب الطبيبة طبيب طبيبة"
      + " الناشط الناشطة ناشط ناشطة ناشطون ناشطين اللاجئ لاجئ النازح نازح نازحة الجندي جندي المزارع مزارع أحد إحدى"
      + " بعض مساعد المساعد مساعدة وكيل الوكيل وكيلة كبير رئيسا سعادة معالي فخامة سمو جلالة صاحب د م الداعية المفتي الحاخام القس الأب الرئيسة رئيس المطرب المطربة الشاعر الروائي المؤرخ المحامية القاضية");
  /**
   * Kinship nouns with a possessive pronoun or the article (والده، أخته، زوجها، الأم): person roles
   * whose gender is the noun's, not the pronoun's (والده is his father; normalized it looks like والدة).
   */
  static final Set<String> KIN_TITLES = set(
      "والده والدها والدهم والدته والدتها والدتهم أبوه أبوها أبوهم أمه أمها أمهم ابنه ابنها ابنهم ابنته ابنتها ابنتهم"
      + " نجله نجلها نجلته أخوه أخوها أخاه أخته أختها شقيقه شقيقها شقيقته شقيقتها زوجه زوجها زوجته زوجتها"
      + " عمه عمها عمته خاله خالها خالته جده جدها جدته جدتها حفيده حفيدته الوالد الوالدة الأب الأم الابن الابنة الزوج الزوجة");
  /** The feminine ones among {@link #KIN_TITLES} (أخته is his sister). */
  static final Set<String> KIN_FEMININE = set(
      "والدته والدتها والدتهم أمه أمها أمهم ابنته ابنتها ابنتهم نجلته أخته أختها شقيقته شقيقتها زوجته زوجتها"
      + " عمته خالته جدته جدتها حفيدته الوالدة الأم الابنة الزوجة");
  /**
   * Words that are never the subject of a cue though they may follow one: adverbial nouns and
   * the object of a verb about names (رأى مرة أن، طالبا عدم كشف اسمه: إن، دون أن تذكر اسمه).
   */
  static final Set<String> NON_SPEAKERS = set(
      "مرة ومرة المرة تارة وتارة أحيانا اسمه اسمها اسمهم اسميهما هويته هويتها هويتهم نفسه نفسها أنفسهم");
  /** Generic person roles that, definite and without a name, refer back to the most recent person speaker. */
  static final Set<String> ROLE_HEADS = set(
      "المتحدث الناطق المسؤول القيادي المتحدثة الناطقة المسؤولة القيادية المصدر");
  /** Role words too generic to tell two roles apart. */
  static final Set<String> GENERIC_ROLE_WORDS = set(
      "المتحدث الناطق المسؤول المتحدثة الناطقة المسؤولة متحدث ناطق مسؤول باسم في ل لـ الرسمي رسمي السيد السيدة عن");
  static final Set<String> ORG_NOUNS = set(
      "وزارة الوزارة قيادة القيادة وحدة الوحدة وكالة الوكالة هيئة الهيئة مجلس المجلس حكومة الحكومة جيش الجيش قوات"
      + " القوات منظمة المنظمة حركة الحركة حزب الحزب جماعة الجماعة تنظيم التنظيم لجنة اللجنة مكتب المكتب مركز المركز"
      + " دائرة الدائرة مديرية المديرية شركة الشركة جامعة الجامعة محكمة المحكمة بعثة البعثة سفارة السفارة الأمم مفوضية"
      + " المفوضية ائتلاف الائتلاف التحالف تحالف جبهة الجبهة رابطة الرابطة اتحاد الاتحاد مؤسسة المؤسسة صندوق الصندوق"
      + " بنك البنك برنامج البرنامج شبكة الشبكة صحيفة الصحيفة قناة القناة البرلمان برلمان الكونغرس البيت الخارجية"
      + " الداخلية الدفاع رئاسة الرئاسة البنتاغون الكرملين المرصد مرصد إدارة الإدارة سلطة السلطة السلطات هيئة غرفة"
      + " خلية المكتب الشرطة شرطة الحرس مصلحة نقابة النقابة منتخب المنتخب نادي النادي فريق الفريق");
  static final Set<String> DOCUMENT_NOUNS = set(
      "بيان البيان تقرير التقرير المنشورات منشورات منشور المنشور رسالة الرسالة وثيقة الوثيقة دراسة الدراسة مذكرة"
      + " المذكرة بلاغ البلاغ تعميم التعميم استطلاع الاستطلاع تغريدة التغريدة إحصائية الإحصائية الإحصاءات إحصاءات"
      + " وثائق الوثائق بيانات البيانات تقارير التقارير");
  /** Nouns that after في / خلال name the medium of a statement. */
  static final Set<String> MEDIUM_EVENT_NOUNS = set(
      "تصريح تصريحات بيان مقابلة حديث كلمة مؤتمر تغريدة تغريدات منشور رسالة اتصال لقاء خطاب تدوينة تسجيل شريط"
      + " فيديو حوار ندوة مداخلة إفادة شهادة إيجاز البيان تصريحه تصريحها حديثه حديثها كلمته كلمتها مقابلته مقابلتها"
      + " لقائه تغريدته تغريدتها منشوره رسالته بيانه بيانها تقرير دراسة تقريرها تقريره المؤتمر المقابلة الحديث"
      + " الكلمة التصريحات التصريح اللقاء الاتصال الحوار الخطاب التغريدة الرسالة الندوة الإيجاز");
  /** Nouns that after ل name the outlet a statement was given to. */
  static final Set<String> MEDIUM_OUTLET_NOUNS = set(
      "وكالة الوكالة قناة القناة صحيفة الصحيفة موقع الموقع مجلة المجلة إذاعة الإذاعة تلفزيون التلفزيون شبكة الشبكة"
      + " راديو محطة المحطة الصحفيين الصحافيين وسائل الصحافة الصحف صحفيين صحافيين المراسلين مراسلين الإعلاميين");
  static final Set<String> AGENCIES = set(
      "رويترز فرانس أسوشيتد الأسوشيتد الأناضول سبوتنيك الجزيرة العربية سكاي سي بي نوفوستي تاس إنترفاكس سانا"
      + " واس وفا كونا بترا إرنا شينخوا الشرق الحياة الغارديان نيويورك واشنطن بلومبرغ يونهاب ريا");
  /** Words after على / عبر that name an online or broadcast medium. */
  static final Set<String> ONLINE_MEDIA = set(
      "تويتر فيسبوك فيس حسابه حسابها صفحته صفحتها موقعه موقعها منصة قناته قناتها تلغرام تليغرام إنستغرام يوتيوب إكس"
      + " الهواء شاشة الهاتف حسابه حسابات");
  static final Set<String> TIME_WORDS = set(
      "اليوم أمس الأمس غدا الأحد الإثنين الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت يوم صباح مساء ليل ليلة فجر ظهر"
      + " الأسبوع الشهر مؤخرا سابقا لاحقا أيضا كذلك مجددا بدوره بدورها الماضي الجاري الحالي المقبل حاليا أول فيما"
      + " يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار"
      + " حزيران تموز آب أيلول تشرين الأحد صباحا مساء عصر اليومين الليلة البارحة وقت الوقت سابق لاحق متأخر مبكر مرارا تكرارا مجددا سابقا أخيرا");
  static final Set<String> RELATIVES = set("الذي التي الذين اللذين اللذان اللتان اللتين اللواتي اللاتي اللائي");
  static final Set<String> PRONOUN_LEADS = set("وهو وهي وهم وهما هو هي هم هما ونحن");
  /** Words that a speaker phrase never contains. */
  static final Set<String> NP_STOPS = set(
      "عن إلى على مع خلال عبر حول بشأن منذ بعد قبل دون بدون حيث كما لكن لكنه لكنها لكنهم بل أو ثم قد لقد ما لا لم لن له لها"
      + " لهم إذا إذ ولكن من وقد فقد هذا هذه ذلك تلك الآن أمام بين ضد نحو عند حتى وأن وإن كان كانت يكون تكون"
      + " عنه عنها عنهم منه منها منهم إنه أنه إنها أنها وفق وفقا بحسب حسب نقلا فيه فيها به بها أيضا بقيادة بزعامة برئاسة بدعم بمشاركة بشكل أما وأما فإن قوله قولها قولهم طلب طلبت فضل فضلت مفضلا");
  /** Words before أن that make it no reporting complementizer (بعد أن، يجب أن). */
  static final Set<String> NON_REPORTING_GOVERNORS = set(
      "بعد قبل منذ حتى دون بدون يجب يمكن ينبغي لابد عسى أراد يريد تريد يجوز لا لكي كي رغم برغم"
      + " ضرورة بضرورة أهمية بأهمية إمكانية احتمال خشية مخافة");
  /** Conjunctions and particles that may stand between a clause boundary and its cue. */
  static final Set<String> LEAD_INS = set("و ف وذلك لكن لكنه لكنها لكنهم ولكن ولكنه ولكنها وقد فقد قد كما ثم بينما فيما كذلك بدوره بدورها");
  /** Impersonal forms that report without a speaker (يذكر أن). */
  static final Set<String> IMPERSONAL = set("يذكر ويذكر يشار ويشار يقال ويقال يعتقد ويعتقد يرى ويرى يبدو يعتبر ويعتبر");
  /** Verbs and particles that open a clause whose subject stands before its cue verb (وكانت X أعلنت). */
  static final Set<String> SUBJECT_FIRST_OPENERS = set("كان كانت وكان وكانت فكان فكانت قد وقد كما لكن ولكن بينما فيما حيث أما وأما");
  static final Set<String> PASSIVE_AUX = set("تم وتم جرى وجرى");
  static final Set<String> PASSIVE_MASDARS = set("التصريح الإعلان التأكيد الإشارة الكشف القول الإفادة التوضيح");
  static final Set<String> AGENT_LEADS = set("قبل جانب طرف");
  /** Verbal nouns that attribute a claim to their genitive: اتهام وزارة الدفاع ... بأنه. */
  static final Set<String> NOMINAL_CUES = set(
      "اتهام اتهامات إعلان تأكيد تأكيدات تصريح تصريحات قول زعم مزاعم ادعاء ادعاءات تحذير نفي");
  static final Set<String> FEMININE_BROKEN_PLURALS = set("المنشورات السلطات القوات الولايات");

  private static final Set<String> FEMALE = loadNames(FEMALE_NAMES);
  private static final Set<String> MALE = union(loadNames(MALE_NAMES), loadNames(FULL_NAMES));

  private Lexicon() {}

  /** True for a known female first name (normalized). */
  static boolean isFemaleName(String normalized) {
    return FEMALE.contains(normalized);
  }

  /** True for a known first name of either gender (normalized). */
  static boolean isFirstName(String normalized) {
    return FEMALE.contains(normalized) || MALE.contains(normalized);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  static Set<String> set(String words) {
    Set<String> out = new HashSet<>();
    for (String w : words.split(" ")) {
      if (!w.isEmpty()) {
        out.add(Normalizer.SEARCH.apply(w));
      }
    }
    return Set.copyOf(out);
  }

  private static Set<String> loadNames(String resource) {
    Set<String> out = new HashSet<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Set.of();
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String w = line.strip();
        int space = w.indexOf(' ');
        if (space > 0) {
          w = w.substring(0, space);
        }
        if (!w.isEmpty() && !TITLES.contains(Normalizer.SEARCH.apply(w))) {
          out.add(Normalizer.SEARCH.apply(w));
        }
      }
    } catch (IOException e) {
      return Set.of();
    }
    return Set.copyOf(out);
  }
}
