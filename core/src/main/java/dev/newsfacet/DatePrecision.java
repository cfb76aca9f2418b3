package dev.newsfacet;

/** How precisely an article's publication date is known. */
public enum DatePrecision {
  /** The day is known: {@link Article#date()} is set. */
  DAY,
  /** Only the month is known: {@link Article#year()} is set, {@link Article#date()} is not. */
  MONTH,
  /** Only the year is known: {@link Article#year()} is set, {@link Article#date()} is not. */
  YEAR
}
