package dev.newsfacet.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TextDecoder#validUtf8} against the JDK's strict UTF-8 decoder, over seeded random bytes
 * built to hit every boundary of Unicode's table 3-7: ASCII runs longer and shorter than the eight
 * bytes checked at once, lead bytes of every length, second bytes at and beside each lead's limits,
 * truncated sequences, stray continuation bytes, surrogates, and code points past U+10FFFF.
 */
class Utf8ValidityTest {
  private static boolean strict(byte[] bytes, int from) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, bytes.length - from));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static final int[] LEADS = {
    0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4,
    0xF5, 0xF8, 0xFF
  };
  private static final int[] TAILS = {0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0};

  @Test
  void agreesWithTheStrictDecoder() {
    Random random = new Random(20261122L);
    int valid = 0;
    int invalid = 0;
    for (int k = 0; k < 50_000; k++) {
      byte[] bytes = new byte[random.nextInt(40)];
      int i = 0;
      while (i < bytes.length) {
        int kind = random.nextInt(10);
        if (kind < 5) {
          int run = Math.min(bytes.length - i, 1 + random.nextInt(12));
          for (int r = 0; r < run; r++) {
            bytes[i++] = (byte) random.nextInt(0x80);
          }
        } else if (kind < 8) {
          String s = new String(Character.toChars(codePoint(random)));
          for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            if (i < bytes.length) {
              bytes[i++] = b;
            }
          }
        } else {
          bytes[i++] = (byte) LEADS[random.nextInt(LEADS.length)];
          int tails = random.nextInt(4);
          for (int t = 0; t < tails && i < bytes.length; t++) {
            bytes[i++] =
                (byte)
                    (random.nextBoolean()
                        ? TAILS[random.nextInt(TAILS.length)]
                        : 0x80 + random.nextInt(0x40));
          }
        }
      }
      int from = bytes.length == 0 ? 0 : random.nextInt(Math.min(4, bytes.length + 1));
      boolean expected = strict(bytes, from);
      assertThat(TextDecoder.validUtf8(bytes, from)).as("%s", hex(bytes)).isEqualTo(expected);
      if (expected) {
        valid++;
      } else {
        invalid++;
      }
    }
    // Both answers are common, or the comparison above would prove little.
    assertThat(valid).isGreaterThan(5_000);
    assertThat(invalid).isGreaterThan(5_000);
  }

  private static int codePoint(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> 0x80 + random.nextInt(0x800 - 0x80);
      case 1 -> 0x800 + random.nextInt(0xD800 - 0x800);
      case 2 -> 0xE000 + random.nextInt(0x10000 - 0xE000);
      default -> 0x10000 + random.nextInt(0x110000 - 0x10000);
    };
  }

  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      sb.append(String.format(Locale.ROOT, "%02x ", b & 0xFF));
    }
    return sb.toString();
  }
}
