package dev.newsfacet.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.Article;
import dev.newsfacet.ArticleReader;
import dev.newsfacet.Duplicate;
import dev.newsfacet.IndexOptions;
import dev.newsfacet.IngestListener;
import dev.newsfacet.IngestReport;
import dev.newsfacet.NewsIndex;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON Lines file over the size at which it is cut (8 MiB), into a real index: every record is
 * indexed once, a copy in a later piece is found as the copy of one in the first, a record without
 * an id is named by its line, and a second ingest finds the file unchanged; an {@link
 * ArticleReader} hands over every record in line order, whatever the file size limit.
 */
class LargeJsonLinesIngestTest {
  @TempDir Path dir;

  private static final int RECORDS = 4_200;
  private static final int COPIED = 10;
  private static final int COPY = 4_100;
  private static final int WITHOUT_ID = 3_000;

  /** A body of about 2 KB of made-up words, different for every seed. */
  private static String body(long seed) {
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 2_000) {
      int letters = 3 + random.nextInt(8);
      for (int k = 0; k < letters; k++) {
        sb.append((char) ('a' + random.nextInt(26)));
      }
      sb.append(random.nextInt(12) == 0 ? ". " : " ");
    }
    return sb.toString().strip();
  }

  private Path bigFile() throws IOException {
    return bigFile(java.util.Set.of());
  }

  /** The big file, with the given lines broken (not JSON). */
  private Path bigFile(java.util.Set<Integer> broken) throws IOException {
    Path file = dir.resolve("big.jsonl");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int line = 1; line <= RECORDS; line++) {
        if (broken.contains(line)) {
          w.write("{\"id\": \"broken" + line + "\", \"text\": \n");
          continue;
        }
        String text = body(line == COPY ? COPIED : line);
        String id = line == WITHOUT_ID ? "" : "\"id\":\"r" + line + "\",";
        w.write("{" + id + "\"title\":\"Report " + line + "\",\"text\":\"" + text + "\"}\n");
      }
    }
    assertThat(Files.size(file)).isGreaterThan(2L * JsonLinesPieces.PIECE_BYTES);
    return file;
  }

  @Test
  void aReaderHandsOverEveryRecordInLineOrder() throws IOException {
    Path file = bigFile();
    // A limit far below the file's size: for a file read in pieces it limits a line.
    ArticleReader reader =
        ArticleReader.create(
            IndexOptions.builder().extractEntities(false).maxFileBytes(1 << 20).build());
    List<String> ids = new ArrayList<>();
    reader.forEach(file, a -> ids.add(a.id()));
    assertThat(ids).hasSize(RECORDS);
    assertThat(ids.get(0)).isEqualTo("r1");
    assertThat(ids.get(WITHOUT_ID - 1)).isEqualTo("big.jsonl#" + WITHOUT_ID);
    assertThat(ids.get(RECORDS - 1)).isEqualTo("r" + RECORDS);
    assertThat(reader.read(file)).extracting(Article::id).isEqualTo(ids);
  }

  @Test
  void aFileCutInPiecesIsIndexedAsAWhole() throws IOException {
    Path file = bigFile();

    try (NewsIndex index =
        NewsIndex.inMemory(IndexOptions.builder().extractEntities(false).threads(2).build())) {
      IngestReport report = index.ingest(List.of(file), IngestListener.NONE);
      assertThat(report.files()).isEqualTo(1);
      assertThat(report.added()).isEqualTo(1);
      assertThat(report.articles()).isEqualTo(RECORDS);
      assertThat(report.problems()).isEmpty();
      // The copy is three pieces after the article it copies.
      assertThat(report.duplicates())
          .extracting(Duplicate::id, Duplicate::duplicateOf, Duplicate::exact)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("r" + COPY, "r" + COPIED, true));
      Article named = index.get("big.jsonl#" + WITHOUT_ID).orElseThrow();
      assertThat(named.title()).isEqualTo("Report " + WITHOUT_ID);
      assertThat(index.get("r" + RECORDS)).isPresent();

      IngestReport again = index.ingest(List.of(file), IngestListener.NONE);
      assertThat(again.unchanged()).isEqualTo(1);
      assertThat(again.articles()).isZero();

      // One record more: the file is read again, its articles replaced in place, none doubled.
      Files.writeString(
          file,
          "{\"id\":\"extra\",\"text\":\"" + body(-1) + "\"}\n",
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.APPEND);
      IngestReport changed = index.ingest(List.of(file), IngestListener.NONE);
      assertThat(changed.updated()).isEqualTo(1);
      assertThat(changed.articles()).isEqualTo(RECORDS + 1);
      assertThat(index.stats().articles()).isEqualTo(RECORDS + 1);
      assertThat(index.get("extra")).isPresent();
    }
  }

  @Test
  void aFileWithBrokenRecordsInTwoPiecesIsUnchangedOnTheNextRun() throws IOException {
    Path file = bigFile(java.util.Set.of(7, RECORDS - 7));

    try (NewsIndex index =
        NewsIndex.inMemory(IndexOptions.builder().extractEntities(false).threads(2).build())) {
      IngestReport report = index.ingest(List.of(file), IngestListener.NONE);
      IngestReport again = index.ingest(List.of(file), IngestListener.NONE);

      assertThat(report.added()).isEqualTo(1);
      assertThat(report.articles()).isEqualTo(RECORDS - 2);
      assertThat(report.failedRecords()).isEqualTo(2);
      assertThat(report.problems())
          .extracting(dev.newsfacet.FileProblem::file)
          .containsExactly(file + "#7", file + "#" + (RECORDS - 7));
      assertThat(again.unchanged()).isEqualTo(1);
      assertThat(again.articles()).isZero();
      assertThat(again.failedRecords()).isZero();
    }
  }
}
