package dev.newsfacet.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SQLite FTS5 through sqlite-jdbc: an FTS5 table over title and body (unicode61 tokenizer), a
 * {@code docs} table for the metadata, and a narrow {@code facets(doc, dim, value)} table counted
 * with GROUP BY. One writer thread (SQLite has one writer); one transaction per 10,000 articles;
 * the facet indexes are built after the load, as a bulk loader would.
 */
final class SqliteEngine implements Engine {
  static final String FILE = "news.db";
  private static final int BATCH = 10_000;

  @Override
  public String name() {
    return "sqlite";
  }

  @Override
  public boolean parallelIndexing() {
    return false;
  }

  private static Connection connect(Path db) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
  }

  @Override
  public long index(Path jsonlDir, Path indexDir, int threads) throws Exception {
    Files.createDirectories(indexDir);
    long[] count = new long[1];
    try (Connection c = connect(indexDir.resolve(FILE))) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=NORMAL");
        s.execute("PRAGMA cache_size=-65536"); // 64 MB, as Lucene's RAM buffer
        s.execute("PRAGMA temp_store=MEMORY");
        s.execute(
            "CREATE TABLE docs(doc INTEGER PRIMARY KEY, id TEXT NOT NULL, date INTEGER,"
                + " year INTEGER, source TEXT, url TEXT, author TEXT)");
        s.execute(
            "CREATE VIRTUAL TABLE fts USING fts5(title, body,"
                + " tokenize='unicode61 remove_diacritics 2')");
        s.execute(
            "CREATE TABLE facets(doc INTEGER NOT NULL, dim TEXT NOT NULL, value TEXT NOT NULL)");
      }
      c.setAutoCommit(false);
      try (PreparedStatement docs =
              c.prepareStatement(
                  "INSERT INTO docs(doc, id, date, year, source, url, author) VALUES (?,?,?,?,?,?,?)");
          PreparedStatement fts =
              c.prepareStatement("INSERT INTO fts(rowid, title, body) VALUES (?,?,?)");
          PreparedStatement facets =
              c.prepareStatement("INSERT INTO facets(doc, dim, value) VALUES (?,?,?)")) {
        for (Path file : JsonlArticles.files(jsonlDir)) {
          JsonlArticles.read(
              file,
              r -> {
                long doc = ++count[0];
                docs.setLong(1, doc);
                docs.setString(2, r.id());
                if (r.date() != null) {
                  docs.setLong(3, r.date().toEpochDay());
                } else {
                  docs.setNull(3, java.sql.Types.INTEGER);
                }
                if (r.year() != null) {
                  docs.setInt(4, r.year());
                } else {
                  docs.setNull(4, java.sql.Types.INTEGER);
                }
                docs.setString(5, r.source());
                docs.setString(6, r.url());
                docs.setString(7, r.author());
                docs.executeUpdate();
                fts.setLong(1, doc);
                fts.setString(2, r.title());
                fts.setString(3, r.body());
                fts.executeUpdate();
                facets.setLong(1, doc);
                for (String p : r.parties()) {
                  facets.setString(2, "party");
                  facets.setString(3, p);
                  facets.executeUpdate();
                }
                if (r.year() != null) {
                  facets.setString(2, "year");
                  facets.setString(3, Integer.toString(r.year()));
                  facets.executeUpdate();
                }
                if (doc % BATCH == 0) {
                  c.commit();
                }
              });
        }
      }
      c.commit();
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.execute("CREATE INDEX facets_dim_value ON facets(dim, value, doc)");
        s.execute("CREATE INDEX facets_doc ON facets(doc, dim, value)");
        s.execute("CREATE INDEX docs_date ON docs(date)");
        s.execute("ANALYZE");
        s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      }
    }
    return count[0];
  }

  @Override
  public Searcher open(Path indexDir) throws SQLException {
    Connection c = connect(indexDir.resolve(FILE));
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA cache_size=-262144"); // 256 MB page cache
      s.execute("PRAGMA mmap_size=8589934592"); // map the file, as Lucene does
      s.execute("PRAGMA temp_store=MEMORY");
    }
    Map<String, PreparedStatement> cache = new HashMap<>();
    return new Searcher() {
      @Override
      public Result search(BenchQuery q, int facetLimit) throws SQLException {
        Where all = where(q, null);
        long total;
        try (ResultSet rs =
            run(cache, c, "SELECT count(*) FROM " + all.from() + all.sql(), all.args)) {
          rs.next();
          total = rs.getLong(1);
        }
        List<String> ids = new ArrayList<>();
        if (q.limit() > 0) {
          String order;
          String from;
          if (q.newest()) {
            from = all.from() + (q.text() != null ? " JOIN docs d ON d.doc = f.rowid" : "");
            order = " ORDER BY d.date DESC NULLS LAST, d.doc";
          } else if (q.text() != null) {
            from = all.from() + " JOIN docs d ON d.doc = f.rowid";
            order = " ORDER BY bm25(fts, 2.0, 1.0)";
          } else {
            from = all.from();
            order = " ORDER BY d.doc";
          }
          List<Object> args = new ArrayList<>(all.args);
          args.add(q.limit());
          args.add(q.offset());
          try (ResultSet rs =
              run(
                  cache,
                  c,
                  "SELECT d.id FROM " + from + all.sql() + order + " LIMIT ? OFFSET ?",
                  args)) {
            while (rs.next()) {
              ids.add(rs.getString(1));
            }
          }
        }
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        if (q.facets()) {
          for (String dim : List.of("party", "year")) {
            // Multi-select: a filtered dimension is counted without its own filter.
            Where w = where(q, dim);
            List<Object> args = new ArrayList<>();
            args.add(dim);
            String sql;
            if (w.sql().isEmpty()) {
              sql = "SELECT value, count(*) AS c FROM facets WHERE dim = ? GROUP BY value";
            } else {
              sql =
                  "SELECT value, count(*) AS c FROM facets WHERE dim = ? AND doc IN (SELECT "
                      + w.key()
                      + " FROM "
                      + w.from()
                      + w.sql()
                      + ") GROUP BY value";
              args.addAll(w.args);
            }
            sql += " ORDER BY c DESC, value LIMIT ?";
            args.add(facetLimit);
            Map<String, Integer> counts = new LinkedHashMap<>();
            try (ResultSet rs = run(cache, c, sql, args)) {
              while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
              }
            }
            facets.put(dim, counts);
          }
        }
        return new Result(total, ids, facets);
      }

      @Override
      public void close() throws SQLException {
        for (PreparedStatement p : cache.values()) {
          p.close();
        }
        c.close();
      }
    };
  }

  /** The WHERE clause of a query (without the filter on {@code skipDim}) and its arguments. */
  private record Where(boolean text, String sql, List<Object> args) {
    String from() {
      return text ? "fts f" : "docs d";
    }

    String key() {
      return text ? "f.rowid" : "d.doc";
    }
  }

  private static Where where(BenchQuery q, String skipDim) {
    List<String> conds = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    boolean text = q.text() != null;
    // With a MATCH, the unary + keeps the rowid IN (...) constraints away from FTS5's xBestIndex:
    // offered them, SQLite runs the MATCH once per listed rowid (seconds instead of milliseconds).
    String key = text ? "+f.rowid" : "d.doc";
    if (text) {
      conds.add("fts MATCH ?");
      args.add(q.text().fts5());
    }
    if (q.party() != null) {
      conds.add(key + " IN (SELECT doc FROM facets WHERE dim = 'party' AND value = ?)");
      args.add(q.party());
    }
    for (Map.Entry<String, List<String>> f : q.filters().entrySet()) {
      if (f.getKey().equals(skipDim)) {
        continue;
      }
      StringBuilder in = new StringBuilder();
      for (String v : f.getValue()) {
        in.append(in.length() == 0 ? "?" : ", ?");
        args.add(v);
      }
      conds.add(key + " IN (SELECT doc FROM facets WHERE dim = ? AND value IN (" + in + "))");
      args.add(args.size() - f.getValue().size(), f.getKey());
    }
    if (q.from() != null || q.to() != null) {
      long lo = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
      long hi = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
      conds.add(
          text
              ? key + " IN (SELECT doc FROM docs WHERE date BETWEEN ? AND ?)"
              : "d.date BETWEEN ? AND ?");
      args.add(lo);
      args.add(hi);
    }
    return new Where(text, conds.isEmpty() ? "" : " WHERE " + String.join(" AND ", conds), args);
  }

  private static ResultSet run(
      Map<String, PreparedStatement> cache, Connection c, String sql, List<Object> args)
      throws SQLException {
    PreparedStatement p = cache.get(sql);
    if (p == null) {
      p = c.prepareStatement(sql);
      cache.put(sql, p);
    }
    for (int i = 0; i < args.size(); i++) {
      Object a = args.get(i);
      if (a instanceof Long l) {
        p.setLong(i + 1, l);
      } else if (a instanceof Integer n) {
        p.setInt(i + 1, n);
      } else {
        p.setString(i + 1, (String) a);
      }
    }
    return p.executeQuery();
  }
}
