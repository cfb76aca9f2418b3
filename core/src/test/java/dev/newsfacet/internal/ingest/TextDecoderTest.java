package dev.newsfacet.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String TEXT =
      "Caf\u00E9 talks \u201Cresume\u201D in Stepanakert \u2013 day two";

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void utf8WithoutBom() {
    assertThat(TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
  }

  @Test
  void aGenuineReplacementCharacterStaysUtf8() {
    String text = "before \uFFFD after " + TEXT;
    assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
  }

  @Test
  void aReplacementCharacterBesideMalformedBytesFallsBackToWindows1252() {
    byte[] b = concat("x \uFFFD ".getBytes(StandardCharsets.UTF_8), bytes(0x93, 0x41, 0x94));
    assertThat(TextDecoder.decode(b))
        .isEqualTo(new String(b, java.nio.charset.Charset.forName("windows-1252")));
  }

  @Test
  void utf8WithBomLosesTheBom() {
    byte[] in = concat(bytes(0xEF, 0xBB, 0xBF), TEXT.getBytes(StandardCharsets.UTF_8));

    assertThat(TextDecoder.decode(in)).isEqualTo(TEXT);
  }

  @Test
  void utf16LittleEndianWithBom() {
    byte[] in = concat(bytes(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE));

    assertThat(TextDecoder.decode(in)).isEqualTo(TEXT);
  }

  @Test
  void utf16BigEndianWithBom() {
    byte[] in = concat(bytes(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE));

    assertThat(TextDecoder.decode(in)).isEqualTo(TEXT);
  }

  @Test
  void bytesThatAreNotUtf8AreReadAsWindows1252() {
    // 0x93 and 0x94 are curly double quotes in windows-1252, 0xE9 is e-acute, 0x96 an en dash.
    byte[] in =
        concat(
            bytes(0x93),
            "Ceasefire".getBytes(StandardCharsets.US_ASCII),
            bytes(0x94),
            " at the caf".getBytes(StandardCharsets.US_ASCII),
            bytes(0xE9, 0x20, 0x96, 0x20),
            "noon".getBytes(StandardCharsets.US_ASCII));

    assertThat(TextDecoder.decode(in))
        .isEqualTo("\u201CCeasefire\u201D at the caf\u00E9 \u2013 noon");
  }

  @Test
  void aStrayByteInUtf8TextIsReadAsWindows1252AndTheRestStaysUtf8() {
    // A scraped page in UTF-8 with one Word apostrophe (0x92) pasted in.
    byte[] in =
        concat(
            "Çavuşoğlu met Pashinyan in Yerevan".getBytes(StandardCharsets.UTF_8),
            bytes(0x92),
            "s suburbs.".getBytes(StandardCharsets.UTF_8));

    assertThat(TextDecoder.decode(in))
        .isEqualTo("Çavuşoğlu met Pashinyan in Yerevan\u2019s suburbs.");
  }

  @Test
  void aTruncatedSequenceAtTheEndIsReadAsWindows1252() {
    byte[] in = concat("Déjà vu in Šuša ".getBytes(StandardCharsets.UTF_8), bytes(0xE2, 0x80));

    assertThat(TextDecoder.decode(in)).isEqualTo("Déjà vu in Šuša \u00E2\u20AC");
  }

  @Test
  void windows1252TextWithAPairThatLooksLikeUtf8IsReadWhole() {
    // "Ã©" in windows-1252 is C3 A9, well-formed UTF-8 for "é"; the other accents are not UTF-8.
    byte[] in = concat(bytes(0xC9, 0x74, 0xE9, 0x20, 0xC3, 0xA9, 0x20, 0xE0, 0x20, 0xEA));

    assertThat(TextDecoder.decode(in)).isEqualTo("\u00C9t\u00E9 \u00C3\u00A9 \u00E0 \u00EA");
  }

  @Test
  void emptyInputDecodesToEmptyText() {
    assertThat(TextDecoder.decode(new byte[0])).isEmpty();
  }

  @Test
  void looksBinaryForANulByte() {
    byte[] in = concat("PK".getBytes(StandardCharsets.US_ASCII), bytes(0x03, 0x04, 0x00, 0x00));

    assertThat(TextDecoder.looksBinary(in)).isTrue();
  }

  @Test
  void looksBinaryIsFalseForText() {
    assertThat(TextDecoder.looksBinary(TEXT.getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(TextDecoder.looksBinary(new byte[0])).isFalse();
  }

  @Test
  void looksBinaryIsFalseForUtf16WithBom() {
    byte[] le = concat(bytes(0xFF, 0xFE), "Plain words".getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(bytes(0xFE, 0xFF), "Plain words".getBytes(StandardCharsets.UTF_16BE));

    assertThat(TextDecoder.looksBinary(le)).isFalse();
    assertThat(TextDecoder.looksBinary(be)).isFalse();
  }

  @Test
  void looksBinaryIsTrueForUtf16WithoutBom() {
    assertThat(TextDecoder.looksBinary("Plain words".getBytes(StandardCharsets.UTF_16LE))).isTrue();
  }

  @Test
  void looksBinaryOnlyLooksAtTheFirst8KiB() {
    byte[] in = new byte[9000];
    java.util.Arrays.fill(in, (byte) 'a');
    in[8191] = 'a';
    in[8192] = 0;

    assertThat(TextDecoder.looksBinary(in)).isFalse();

    in[8191] = 0;
    assertThat(TextDecoder.looksBinary(in)).isTrue();
  }
}
