package org.isnad.spark;

import org.apache.spark.sql.SparkSession;

/** One local[2] Spark session for all test classes of the module (created on first use). */
final class TestSpark {
  private TestSpark() {}

  static SparkSession session() {
    return Holder.SPARK;
  }

  private static final class Holder {
    static final SparkSession SPARK = create();

    private static SparkSession create() {
      SparkSession spark = SparkSession.builder().master("local[2]").appName("isnad-spark tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.ui.showConsoleProgress", "false")
          .getOrCreate();
      spark.sparkContext().setLogLevel("ERROR");
      return spark;
    }
  }
}
