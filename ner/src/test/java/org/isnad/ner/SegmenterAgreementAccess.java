package org.isnad.ner;

import java.util.List;
import org.isnad.core.CliticSegmenter;

/** Public face of {@link SegmenterAgreement} for the measurement tools in other packages. */
public final class SegmenterAgreementAccess {
  private final SegmenterAgreement agreement;

  /** Compares {@code left} with {@code right}. */
  public SegmenterAgreementAccess(CliticSegmenter left, CliticSegmenter right) {
    this.agreement = new SegmenterAgreement(left, right);
  }

  /** Compares both on every Arabic word of {@code text}. */
  public void add(String text) {
    agreement.add(text);
  }

  /** Words compared. */
  public int tokens() {
    return agreement.tokens();
  }

  /** Words agreed on. */
  public int agreed() {
    return agreement.agreed();
  }

  /** Agreed share, 1 when nothing was compared. */
  public double rate() {
    return agreement.rate();
  }

  /** The commonest disagreements. */
  public List<String> topDisagreements(int limit) {
    return agreement.topDisagreements(limit);
  }
}
