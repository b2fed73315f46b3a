package org.isnad.cli;

/** A problem with one input document, reported as one line and never as a stack trace. */
final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }
}
