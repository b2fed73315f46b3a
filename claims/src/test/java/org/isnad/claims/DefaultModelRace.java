package org.isnad.claims;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.isnad.ner.EntityExtractor;
import org.isnad.ner.NamedEntityRecognizer;

/**
 * Run in a fresh JVM by {@link SharedComponentsConcurrencyTest}: 8 threads call {@link
 * NamedEntityRecognizer#getDefault()} and {@link EntityExtractor#getDefault()} at the same moment,
 * before anything is loaded, and it prints how many distinct instances they got.
 */
final class DefaultModelRace {
  private static final int THREADS = 8;

  private DefaultModelRace() {}

  public static void main(String[] args) throws InterruptedException {
    Set<Object> recognizers = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    Set<Object> extractors = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    CountDownLatch ready = new CountDownLatch(THREADS);
    CountDownLatch go = new CountDownLatch(1);
    Thread[] threads = new Thread[THREADS];
    for (int t = 0; t < THREADS; t++) {
      boolean extractorFirst = t % 2 == 1;
      threads[t] = new Thread(() -> {
        ready.countDown();
        try {
          go.await();
        } catch (InterruptedException e) {
          return;
        }
        if (extractorFirst) {
          extractors.add(EntityExtractor.getDefault());
        }
        recognizers.add(NamedEntityRecognizer.getDefault());
        extractors.add(EntityExtractor.getDefault());
      });
      threads[t].start();
    }
    ready.await();
    go.countDown();
    for (Thread t : threads) {
      t.join();
    }
    System.out.println("threads=" + THREADS + " recognizers=" + recognizers.size() + " extractors="
        + extractors.size());
  }
}
