package dev.newsfacet.cli;

import java.util.Locale;
import picocli.CommandLine;

/**
 * A size in bytes as people write it: {@code 1048576}, {@code 512k}, {@code 64M}, {@code 64MiB},
 * {@code 2G}. Multiples are binary (k = 1024), as {@code du} and {@code ls -h} count.
 */
final class ByteSize implements CommandLine.ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    String s = value.strip().toLowerCase(Locale.ROOT);
    int end = 0;
    while (end < s.length() && Character.isDigit(s.charAt(end))) {
      end++;
    }
    if (end == 0) {
      throw invalid(value);
    }
    int shift =
        switch (s.substring(end).strip()) {
          case "", "b" -> 0;
          case "k", "kb", "kib" -> 10;
          case "m", "mb", "mib" -> 20;
          case "g", "gb", "gib" -> 30;
          case "t", "tb", "tib" -> 40;
          default -> throw invalid(value);
        };
    long number;
    try {
      number = Long.parseLong(s.substring(0, end));
    } catch (NumberFormatException e) {
      throw invalid(value);
    }
    if (number > (Long.MAX_VALUE >> shift)) {
      throw invalid(value);
    }
    return number << shift;
  }

  private static CommandLine.TypeConversionException invalid(String value) {
    return new CommandLine.TypeConversionException(
        "'" + value + "' is not a size (bytes, or a number with k, M, G or T: 64M)");
  }
}
