package org.isnad.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The document of one request to {@link IsnadServer}: its text and, for a JSON body, its id.
 *
 * <ul>
 *   <li>{@code text/plain} (or no content type): the body is the text, strictly decoded as the
 *       command line decodes a file ({@link Inputs#decode}: UTF-8, a leading BOM dropped, a UTF-16
 *       BOM honoured). A charset other than UTF-8 is refused.
 *   <li>{@code application/json}: an object {@code {"id":…,"text":"…"}}; {@code id} is optional and
 *       echoed back, {@code text} must be a string.
 * </ul>
 *
 * @param id   the JSON id (null for a text body or a JSON body without one)
 * @param text the document text
 * @param json whether the body was JSON (the answer then carries {@code id} instead of {@code document})
 */
record RequestBody(JsonNode id, String text, boolean json) {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

  /** A request that cannot be served; {@link #status} is the HTTP status, the message one line. */
  static final class Rejected extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;

    Rejected(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  /** Reads and decodes the body of {@code exchange}, at most {@code maxBytes} bytes. */
  static RequestBody read(HttpExchange exchange, long maxBytes) throws Rejected, IOException {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    String mediaType = type == null ? "text/plain" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    boolean json = mediaType.equals("application/json");
    if (!json && !mediaType.equals("text/plain")) {
      throw new Rejected(415, "unsupported content type " + mediaType + ": send text/plain; charset=utf-8 or application/json");
    }
    String charset = charset(type);
    if (charset != null && !charset.equals("utf-8") && !charset.equals("utf8")) {
      throw new Rejected(415, "unsupported charset " + charset + ": send UTF-8");
    }
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      long declared;
      try {
        declared = Long.parseLong(length.trim());
      } catch (NumberFormatException e) {
        throw new Rejected(400, "bad Content-Length");
      }
      if (declared > maxBytes) {
        drain(exchange);
        throw new Rejected(413, "body is " + declared + " bytes, over the limit of " + maxBytes);
      }
    }
    byte[] bytes;
    InputStream in = exchange.getRequestBody();
    bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      drain(exchange);
      throw new Rejected(413, "body is over the limit of " + maxBytes + " bytes");
    }
    if (bytes.length == 0) {
      throw new Rejected(400, "empty body");
    }
    String decoded;
    try {
      decoded = Inputs.decode(bytes);
    } catch (InputException e) {
      throw new Rejected(400, e.getMessage());
    }
    return json ? fromJson(decoded) : new RequestBody(null, decoded, false);
  }

  /**
   * Reads and drops what is left of a refused body (up to {@value #DRAIN_LIMIT} bytes), so that the
   * client, still sending, receives the error instead of a reset connection; past that the
   * connection is closed.
   */
  private static void drain(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Connection", "close");
    InputStream in = exchange.getRequestBody();
    long left = DRAIN_LIMIT;
    byte[] buffer = new byte[1 << 16];
    int n;
    while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
      left -= n;
    }
  }

  private static RequestBody fromJson(String body) throws Rejected {
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new Rejected(400, "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    if (node == null || !node.isObject()) {
      throw new Rejected(400, "not a JSON object");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      throw new Rejected(400, "no string field \"text\"");
    }
    return new RequestBody(node.get("id"), text.asText(), true);
  }

  private static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String parameter : contentType.split(";")) {
      String[] kv = parameter.trim().split("=", 2);
      if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("charset")) {
        return kv[1].trim().replace("\"", "").toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }
}
