package dev.newsfacet.internal.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns file bytes into text: a byte-order mark decides (UTF-8, UTF-16 LE or BE); without one,
 * UTF-8, and windows-1252 for bytes that are not UTF-8 (old exports, Word pastes).
 */
final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  static String decode(byte[] bytes) {
    int bom = utf8BomLength(bytes);
    if (bom > 0) {
      return new String(bytes, bom, bytes.length - bom, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    return decodeWithoutBom(bytes);
  }

  /**
   * Bytes from inside a file (no byte-order mark to look for): UTF-8, with the byte sequences that
   * are not UTF-8 read as windows-1252. When those outnumber the well-formed non-ASCII characters,
   * the text is windows-1252 through and through (an old export), and all of it is read so: a
   * windows-1252 pair that happens to be well-formed UTF-8 ("Ã©") is not taken for one character.
   * When they are fewer, the text is UTF-8 with a few stray bytes (a Word apostrophe pasted into a
   * scraped page), and only those are read as windows-1252.
   */
  static String decodeWithoutBom(byte[] bytes) {
    // Valid UTF-8 decodes without a replacement character; only text that has one (malformed
    // input, or a genuine U+FFFD) pays for the second look.
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    int replaced = 0;
    int wellFormed = 0;
    for (int i = 0; i < lenient.length(); i++) {
      char c = lenient.charAt(i);
      if (c == '\uFFFD') {
        replaced++;
      } else if (c >= 0x80) {
        wellFormed++;
      }
    }
    if (replaced == 0) {
      return lenient;
    }
    if (wellFormed <= replaced) {
      try {
        return strictUtf8(bytes); // Only genuine replacement characters.
      } catch (CharacterCodingException e) {
        return new String(bytes, WINDOWS_1252);
      }
    }
    return utf8ThenWindows1252(bytes);
  }

  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /** UTF-8, each malformed sequence's bytes read as windows-1252 characters. */
  private static String utf8ThenWindows1252(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // A UTF-8 character takes at least as many bytes as UTF-16 units; windows-1252 one a byte.
    CharBuffer out = CharBuffer.allocate(bytes.length);
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (!r.isError()) {
        break;
      }
      int at = in.position();
      out.put(new String(bytes, at, r.length(), WINDOWS_1252));
      in.position(at + r.length());
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** 3 when the bytes open with UTF-8's byte-order mark, else 0. */
  static int utf8BomLength(byte[] bytes) {
    return bytes.length >= 3
            && (bytes[0] & 0xff) == 0xEF
            && (bytes[1] & 0xff) == 0xBB
            && (bytes[2] & 0xff) == 0xBF
        ? 3
        : 0;
  }

  /** Whether the bytes open with a UTF-16 byte-order mark, either way round. */
  static boolean hasUtf16Bom(byte[] bytes) {
    return bytes.length >= 2
        && (((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)
            || ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF));
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * Whether the bytes from {@code from} on are well-formed UTF-8 (Unicode's table 3-7: no overlong
   * form, no surrogate, nothing past U+10FFFF), the text {@link #decode} takes as UTF-8 without a
   * replacement character, checked without decoding it. Eight ASCII bytes are passed at a time.
   */
  static boolean validUtf8(byte[] bytes, int from) {
    int n = bytes.length;
    int i = from;
    while (i < n) {
      if (i + Long.BYTES <= n && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) {
        i += Long.BYTES;
        continue;
      }
      int c = bytes[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int length;
      int low = 0x80;
      int high = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
      } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        low = c == 0xE0 ? 0xA0 : 0x80;
        high = c == 0xED ? 0x9F : 0xBF;
      } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        low = c == 0xF0 ? 0x90 : 0x80;
        high = c == 0xF4 ? 0x8F : 0xBF;
      } else {
        return false;
      }
      if (i + length > n) {
        return false;
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < low || second > high) {
        return false;
      }
      for (int k = 2; k < length; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += length;
    }
    return true;
  }

  /** Whether the bytes look binary: a NUL byte in the first 8 KiB (text never has one). */
  static boolean looksBinary(byte[] bytes) {
    if (hasUtf16Bom(bytes)) {
      return false; // UTF-16 is full of NULs.
    }
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
