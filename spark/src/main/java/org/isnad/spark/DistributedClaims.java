package org.isnad.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.posexplode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.isnad.claims.Claim;
import org.isnad.claims.ClaimClusterer;
import org.isnad.claims.Quote;
import org.isnad.json.ClaimRecord;

/**
 * Corpus-wide claims as a distributed step, with the same result as {@link ClaimClusterer} over
 * the whole corpus:
 *
 * <ol>
 *   <li>each quote gets its document's position (row order) and its position in the document;
 *   <li>the distinct speaker names go to the driver, which gives each a canonical speaker key
 *       ({@link SpeakerGroups}: names that may be the same source share a key) and broadcasts the
 *       keys; a quote without a resolved speaker, or whose speaker has no source words, gets a key
 *       of its own (the clusterer leaves such quotes alone);
 *   <li>quotes are grouped by key across the cluster; within each group {@link ClaimClusterer}
 *       compares the contents, over the group's quotes in corpus order;
 *   <li>claims are ordered by their first quote, as the clusterer orders them.
 * </ol>
 *
 * <p>Since the clusterer links only quotes of the same source and a group holds every quote that
 * could be linked to its members, clustering each group alone gives the claims of clustering the
 * whole corpus. (The one theoretical difference: the clusterer breaks exact ties of similarity
 * between links by the order it met them; over a group alone that order can differ when two
 * speaker words of the group first appear in another order in the corpus.) The exploded quotes
 * are persisted (memory and disk), because they are read twice.
 */
final class DistributedClaims {
  private DistributedClaims() {}

  private static final StructType KEYED = DataTypes.createStructType(new StructField[] {
      DataTypes.createStructField("key", DataTypes.StringType, false),
      DataTypes.createStructField("docIndex", DataTypes.LongType, false),
      DataTypes.createStructField("quoteIndex", DataTypes.IntegerType, false),
      DataTypes.createStructField("doc", DataTypes.StringType, false),
      DataTypes.createStructField("quote", Schemas.QUOTE, false)});

  private static final StructType ORDERED_CLAIM;

  static {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField("firstDoc", DataTypes.LongType, false));
    fields.add(DataTypes.createStructField("firstQuote", DataTypes.IntegerType, false));
    fields.addAll(Arrays.asList(Schemas.CLAIM.fields()));
    ORDERED_CLAIM = DataTypes.createStructType(fields);
  }

  static Dataset<Row> claims(Dataset<Row> analysed, String idColumn) {
    List<String> columns = Arrays.asList(analysed.columns());
    if (!columns.contains(idColumn) || !columns.contains("quotes")) {
      throw new IllegalArgumentException("claims need the id column " + idColumn
          + " and the quotes column of IsnadSpark.analyze (columns: " + String.join(", ", columns) + ")");
    }
    Dataset<Row> quotes = analysed
        .select(coalesce(col(idColumn).cast("string"), lit("")).as("doc"), col("quotes"))
        .withColumn("docIndex", monotonically_increasing_id())
        .select(col("doc"), col("docIndex"), posexplode(col("quotes")).as(new String[] {"quoteIndex", "quote"}))
        .persist(StorageLevel.MEMORY_AND_DISK());
    List<String> names = quotes.where(col("quote.speakerEntity").isNotNull())
        .select(col("quote.speakerEntity.canonical")).distinct()
        .as(Encoders.STRING()).collectAsList();
    Broadcast<Map<String, String>> keys = JavaSparkContext.fromSparkContext(analysed.sparkSession().sparkContext())
        .broadcast(SpeakerGroups.keys(names));
    Dataset<Row> keyed = quotes.map((MapFunction<Row, Row>) r -> {
      long docIndex = r.getLong(1);
      int quoteIndex = r.getInt(2);
      Row quote = r.getStruct(3);
      Row speaker = quote.getStruct(3);
      String key = speaker == null ? null : keys.value().get(speaker.getString(1));
      if (key == null) {
        key = "\u0000" + docIndex + ":" + quoteIndex;
      }
      return RowFactory.create(key, docIndex, quoteIndex, r.getString(0), quote);
    }, Encoders.row(KEYED));
    return keyed
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) DistributedClaims::cluster,
            Encoders.row(ORDERED_CLAIM))
        .orderBy(col("firstDoc"), col("firstQuote"))
        .drop("firstDoc", "firstQuote");
  }

  /** Clusters one group's quotes in corpus order; each claim with its first quote's position. */
  private static Iterator<Row> cluster(String key, Iterator<Row> rows) {
    List<Row> members = new ArrayList<>();
    rows.forEachRemaining(members::add);
    members.sort(Comparator.<Row>comparingLong(r -> r.getLong(1)).thenComparingInt(r -> r.getInt(2)));
    Map<String, List<Quote>> byDocument = new LinkedHashMap<>();
    for (Row r : members) {
      String doc = r.getString(3);
      byDocument.computeIfAbsent(doc, d -> new ArrayList<>()).add(IsnadRows.quote(r.getStruct(4)));
    }
    List<Row> out = new ArrayList<>();
    for (Claim c : new ClaimClusterer().cluster(byDocument)) {
      String firstDoc = c.quotes().get(0).documentId();
      int indexInGroup = byDocument.get(firstDoc).indexOf(c.quotes().get(0).quote());
      Row first = firstOf(members, firstDoc, indexInGroup);
      Row claim = IsnadRows.claimRow(ClaimRecord.of(c));
      Object[] values = new Object[2 + claim.length()];
      values[0] = first.getLong(1);
      values[1] = first.getInt(2);
      for (int i = 0; i < claim.length(); i++) {
        values[2 + i] = claim.get(i);
      }
      out.add(RowFactory.create(values));
    }
    return out.iterator();
  }

  /** The member row of the {@code index}-th quote of {@code doc} within the group. */
  private static Row firstOf(List<Row> members, String doc, int index) {
    int seen = 0;
    for (Row r : members) {
      if (r.getString(3).equals(doc) && seen++ == index) {
        return r;
      }
    }
    throw new IllegalStateException("quote " + index + " of " + doc + " not in its group");
  }
}
