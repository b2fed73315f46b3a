/**
 * Canonical entities: grouping the mentions of one document ({@link
 * org.isnad.ner.link.EntityLinker}), a curated and user-extensible table of well-known entities
 * and their names ({@link org.isnad.ner.link.AliasTable}, bundled as {@code
 * org/isnad/ner/aliases.tsv}), and a mention source that finds those names in text ({@link
 * org.isnad.ner.link.GazetteerMentionSource}).
 */
package org.isnad.ner.link;
