/**
 * Right-to-left HTML views of analyses: {@link org.isnad.views.ArticlePage} marks an article's
 * entity mentions, quotes, cues, speakers and media in its original text (the {@code data-kind}
 * contract is described there) and lists its quotes; {@link org.isnad.views.IndexPage} lists every
 * speaker's quotes across articles and the claims several articles share. Pages are written from
 * the public values of {@code isnad-claims} ({@link org.isnad.claims.Analysis}, {@link
 * org.isnad.claims.Claim}), are self-contained (inline style and script, no network) and escape all
 * text.
 */
package org.isnad.views;
