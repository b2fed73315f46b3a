/**
 * Attributed quotes in Arabic news text and claims across documents.
 *
 * <p>{@link org.isnad.claims.QuoteExtractor} finds who said what (cue, speaker mention, resolved
 * source, content, medium, kind) following {@code docs/attributed-quotes.md};
 * {@link org.isnad.claims.ClaimClusterer} groups the quotes of several documents that report the
 * same statement by the same source into {@link org.isnad.claims.Claim}s. Entities found by a
 * recognizer enter through {@link org.isnad.claims.EntityView}.
 */
package org.isnad.claims;
