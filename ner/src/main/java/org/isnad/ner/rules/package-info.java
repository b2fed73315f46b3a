/**
 * Rule-based annotations beside the statistical entities: titles and roles, dates and times,
 * quantities ({@link org.isnad.ner.rules.RuleAnnotator}).
 *
 * <p>Rules match over {@link org.isnad.core.Normalizer#SEARCH} forms of the core tokens, seen
 * through {@link org.isnad.ner.rules.NormalizedTokens}, which also offers every word without its
 * glued proclitics at exact original offsets. Word lists are in code (one place, {@code Words});
 * first names come from the bundled arabic-names gazetteer (MIT).
 */
package org.isnad.ner.rules;
