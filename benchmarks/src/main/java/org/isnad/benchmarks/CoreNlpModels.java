package org.isnad.benchmarks;

import edu.stanford.nlp.international.arabic.process.ArabicSegmenter;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Loads the CoreNLP Arabic models from the {@code models-arabic} jar, as the baselines use them. */
public final class CoreNlpModels {

  /** The Arabic pipeline properties in the models jar. */
  public static final String ARABIC_PROPERTIES = "StanfordCoreNLP-arabic.properties";

  /** The Arabic segmenter model in the models jar. */
  public static final String SEGMENTER_MODEL =
      "edu/stanford/nlp/models/segmenter/arabic/arabic-segmenter-atb+bn+arztrain.ser.gz";

  /** The annotators of the pipeline baseline. */
  public static final String PIPELINE_ANNOTATORS = "tokenize,ssplit,pos";

  private CoreNlpModels() {}

  /**
   * {@value #ARABIC_PROPERTIES} from the classpath, with {@code annotators} replaced by {@code
   * annotators}.
   *
   * @throws UncheckedIOException if the properties cannot be read
   * @throws IllegalStateException if the models jar is not on the classpath
   */
  public static Properties arabicProperties(String annotators) {
    Properties props = new Properties();
    try (InputStream in =
        CoreNlpModels.class.getClassLoader().getResourceAsStream(ARABIC_PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException(ARABIC_PROPERTIES + " not on the classpath");
      }
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    props.setProperty("annotators", annotators);
    return props;
  }

  /** Loads the Arabic segmenter ({@value #SEGMENTER_MODEL}). */
  public static ArabicSegmenter segmenter() {
    Properties props = new Properties();
    props.setProperty("model", SEGMENTER_MODEL);
    return ArabicSegmenter.getSegmenter(props);
  }

  /**
   * Builds a fresh Arabic pipeline running {@value #PIPELINE_ANNOTATORS}: the tokenize annotator
   * with {@code tokenize.language=ar} runs the Arabic segmenter, then sentence splitting and the
   * Arabic POS tagger. CoreNLP's annotator pool is cleared first so models really load.
   */
  public static StanfordCoreNLP pipeline() {
    StanfordCoreNLP.clearAnnotatorPool();
    return new StanfordCoreNLP(arabicProperties(PIPELINE_ANNOTATORS));
  }
}
