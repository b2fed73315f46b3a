package org.isnad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code isnad serve}: a local HTTP server for applications in any language; see {@link
 * IsnadServer} for the endpoints. Runs until SIGTERM or SIGINT, then stops accepting, lets the
 * running requests finish and exits 0.
 */
@Command(name = "serve", description = "HTTP server: POST /analyze, /quotes, /entities, /html; GET / (paste an article), /health.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", paramLabel = "P", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port).")
  int port;

  @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + (8 * 1024 * 1024),
      description = "Largest request body, in bytes; larger ones get 413 (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of processors).")
  Integer threads;

  PrintStream stderr = System.err;

  @Override
  public Integer call() throws InterruptedException {
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1 || maxBytes < 1 || port < 0 || port > 65535) {
      stderr.println("isnad: --threads and --max-bytes must be at least 1, --port between 0 and 65535");
      return 2;
    }
    IsnadServer server;
    try {
      server = IsnadServer.start(host, port, workers, maxBytes, Pipeline.isnad(), Recognizers.extractor(false));
    } catch (IOException | Recognizers.Unavailable e) {
      stderr.println("isnad: cannot listen on " + host + ":" + port + ": " + e.getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      server.close();
      stderr.println("isnad: stopped");
      stopped.countDown();
    }, "isnad-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    stderr.println("isnad: serving on http://" + host + ":" + server.port() + "/ (" + workers
        + " threads, bodies up to " + maxBytes + " bytes)");
    stopped.await();
    return 0;
  }
}
