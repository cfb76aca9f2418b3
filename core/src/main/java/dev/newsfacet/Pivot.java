package dev.newsfacet;

import java.util.List;
import java.util.Objects;

/**
 * A cross-tabulation of two dimensions over the articles that match a search: for each pair of
 * values, the number of articles that carry both (party &times; year, say).
 *
 * @param rowDimension the dimension whose values are the rows
 * @param columnDimension the dimension whose values are the columns
 * @param columns the column values that occur with some row: in year order for year-like
 *     dimensions, else by count, highest first
 * @param rows the rows, by total count, highest first
 */
public record Pivot(
    Dimension rowDimension, Dimension columnDimension, List<String> columns, List<Row> rows) {

  /** Validates the fields and copies the lists. */
  public Pivot {
    Objects.requireNonNull(rowDimension, "rowDimension");
    Objects.requireNonNull(columnDimension, "columnDimension");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    for (Row row : rows) {
      if (row.counts().size() != columns.size()) {
        throw new IllegalArgumentException(
            "row '"
                + row.value()
                + "' has "
                + row.counts().size()
                + " counts, expected "
                + columns.size());
      }
    }
  }

  /** The count for one pair of values, 0 when either is absent. */
  public int count(String rowValue, String columnValue) {
    int c = columns.indexOf(columnValue);
    if (c < 0) {
      return 0;
    }
    for (Row row : rows) {
      if (row.value().equals(rowValue)) {
        return row.counts().get(c);
      }
    }
    return 0;
  }

  /**
   * One row of a pivot.
   *
   * @param value the row's value
   * @param total matching articles that carry this value (with any column value or none)
   * @param counts one count per column, aligned with {@link Pivot#columns()}
   */
  public record Row(String value, int total, List<Integer> counts) {
    /** Validates the fields and copies the list. */
    public Row {
      Objects.requireNonNull(value, "value");
      counts = List.copyOf(counts);
    }
  }
}
