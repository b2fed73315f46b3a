/**
 * The JSON contract of Isnad: {@link org.isnad.json.IsnadJson} writes an analysis as the JSON
 * {@code isnad analyze} prints (format {@code "isnad/1"}) and reads it back into equal values
 * ({@link org.isnad.json.AnalysisRecord}, {@link org.isnad.json.EntityRecord}, {@link
 * org.isnad.json.ClaimRecord}). The JSON Schema is {@code docs/isnad-analysis.schema.json}.
 */
package org.isnad.json;
