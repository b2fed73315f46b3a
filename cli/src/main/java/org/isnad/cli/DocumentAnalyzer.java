package org.isnad.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes the analysis of one document as fields of a JSON object that the caller has opened
 * (the caller writes the document's name or id and closes the object). Implementations must be
 * safe to call from several threads at once.
 */
@FunctionalInterface
public interface DocumentAnalyzer {
  /** Writes the fields for {@code text} into the open object of {@code json}. */
  void writeFields(String text, JsonGenerator json) throws IOException;
}
