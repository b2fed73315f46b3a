package org.isnad.json;

/**
 * A JSON text that does not follow the contract: not JSON, an unknown format version, a missing or
 * mistyped field, or values that do not fit together (a text whose length does not match its
 * range). The message names the field's path, e.g. {@code quotes[2].cue.start}.
 */
public final class JsonContractException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** @param message what is wrong and where */
  public JsonContractException(String message) {
    super(message);
  }

  /** @param message what is wrong and where; @param cause the underlying error */
  public JsonContractException(String message, Throwable cause) {
    super(message, cause);
  }
}
