import org.isnad.html.HtmlText;

/**
 * Times HtmlText.parse on hostile pages at a size and at four times that size (best of 5 runs
 * each, after a warm-up): linear time shows as a ratio of about 4 or less.
 */
public class HostileScale {
  static long millis(String html) {
    long best = Long.MAX_VALUE;
    for (int r = 0; r < 5; r++) {
      long t0 = System.nanoTime();
      HtmlText.parse(html);
      best = Math.min(best, System.nanoTime() - t0);
    }
    return best / 1_000_000;
  }

  static String divs(int n) {
    return "<div>".repeat(n) + "قال الوزير" + "</div>".repeat(n);
  }

  static String inline(int n) {
    return "<p>" + "<b><i><span>".repeat(n) + "قال الوزير";
  }

  static String unclosed(int n) {
    return "<table>" + "<tr><td><p>نص<li>بند".repeat(n);
  }

  static String script(int mb) {
    return "<html><body><p>قال الوزير</p><script>" + "var x = '<p>';\n".repeat(mb * 1024 * 1024 / 15)
        + "</script><p>نص</p>";
  }

  public static void main(String[] args) {
    millis(divs(10_000));
    millis(script(5));
    report("nested divs", "10,000", millis(divs(10_000)), "40,000", millis(divs(40_000)));
    report("nested inline elements", "10,000", millis(inline(10_000)), "40,000", millis(inline(40_000)));
    report("unclosed p/li/td", "10,000", millis(unclosed(10_000)), "40,000", millis(unclosed(40_000)));
    report("inline script", "5 MB", millis(script(5)), "20 MB", millis(script(20)));
  }

  static void report(String what, String small, long a, String large, long b) {
    System.out.printf("%-24s %8s: %5d ms   %8s: %5d ms   ratio %.1f (4 = linear)%n", what, small, a, large, b,
        b / (double) Math.max(1, a));
  }
}
