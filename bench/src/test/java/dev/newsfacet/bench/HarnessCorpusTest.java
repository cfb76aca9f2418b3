package dev.newsfacet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the harness reuses a generated corpus, and when it writes it again. */
class HarnessCorpusTest {
  @TempDir Path tmp;

  private Harness.Options options() {
    return Harness.parse(
        new String[] {"--articles", "200", "--work", tmp.resolve("work").toString()});
  }

  @Test
  void corpusWrittenTheSameWayIsReused() throws Exception {
    Path dir = Harness.ensureCorpus(options());
    Path marker = Files.writeString(dir.resolve("marker"), "kept");

    assertThat(Harness.ensureCorpus(options())).isEqualTo(dir);
    assertThat(marker).exists();
  }

  @Test
  void corpusFromAnotherGazetteerIsWrittenAgain() throws Exception {
    Path dir = Harness.ensureCorpus(options());
    Path manifest = dir.resolve(CorpusGenerator.MANIFEST);
    String written = Files.readString(manifest, StandardCharsets.UTF_8);
    assertThat(written).contains("gazetteer.crc32=" + GazetteerNames.fingerprint() + "\n");
    // As a corpus generated before the built-in gazetteer changed would read.
    Files.writeString(
        manifest,
        written.replace("gazetteer.crc32=" + GazetteerNames.fingerprint(), "gazetteer.crc32=0"));
    Path marker = Files.writeString(dir.resolve("marker"), "stale");

    assertThat(Harness.ensureCorpus(options())).isEqualTo(dir);
    assertThat(marker).doesNotExist();
    assertThat(Files.readString(manifest, StandardCharsets.UTF_8)).isEqualTo(written);
  }
}
