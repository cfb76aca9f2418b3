package dev.newsfacet.internal.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns file bytes into text: a byte-order mark decides (UTF-8, UTF-16 LE or BE); without one,
 * strict UTF-8, and windows-1252 for bytes that are not UTF-8 (old exports, Word pastes).
 */
final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  static String decode(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    // Valid UTF-8 decodes without a replacement character; only text that has one (malformed
    // input, or a genuine U+FFFD) pays for the strict decoder, which tells the two apart.
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    if (lenient.indexOf('\uFFFD') < 0) {
      return lenient;
    }
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, WINDOWS_1252);
    }
  }

  /** Whether the bytes look binary: a NUL byte in the first 8 KiB (text never has one). */
  static boolean looksBinary(byte[] bytes) {
    if (bytes.length >= 2
        && (((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)
            || ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF))) {
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
