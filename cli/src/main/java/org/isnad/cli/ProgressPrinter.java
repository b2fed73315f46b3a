package org.isnad.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints batch progress on standard error at most once a second: documents done, documents per
 * second and, when the input size is known, the time left (estimated from the bytes consumed).
 */
final class ProgressPrinter implements JsonlBatch.Progress {
  private static final long INTERVAL_NANOS = 1_000_000_000L;

  private final PrintStream err;
  private final long totalBytes;
  private final long started = System.nanoTime();
  private long lastPrinted = started;

  /** @param totalBytes the input size, or -1 when unknown */
  ProgressPrinter(PrintStream err, long totalBytes) {
    this.err = err;
    this.totalBytes = totalBytes;
  }

  /** True when standard error is a terminal (Linux: fd 2 is a tty device). */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return false;
    }
  }

  @Override
  public void update(long done, long bytesRead) {
    long now = System.nanoTime();
    if (now - lastPrinted < INTERVAL_NANOS) {
      return;
    }
    lastPrinted = now;
    print(done, bytesRead, now, false);
  }

  /** Prints the final line. */
  void finish(long done, long bytesRead) {
    print(done, bytesRead, System.nanoTime(), true);
  }

  private void print(long done, long bytesRead, long now, boolean last) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    StringBuilder line = new StringBuilder("isnad: ").append(done).append(" documents, ")
        .append(String.format("%.1f", done / seconds)).append(" documents/s");
    if (!last && totalBytes > 0 && bytesRead > 0) {
      long left = Math.round(seconds * (totalBytes - bytesRead) / bytesRead);
      line.append(String.format(", %d:%02d left", left / 60, left % 60));
    }
    err.print("\r" + line + (last ? "\n" : ""));
    err.flush();
  }
}
