package org.isnad.core;

/**
 * Receives tokens from {@link Tokenizer#tokenize(CharSequence, TokenConsumer)} without any object
 * being created per token: the allocation-free path for hot loops.
 */
@FunctionalInterface
public interface TokenConsumer {
  /** One token at original range {@code [start, end)}. */
  void accept(int start, int end, TokenType type, QuoteRole role);
}
