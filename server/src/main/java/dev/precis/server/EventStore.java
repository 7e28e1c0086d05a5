package dev.precis.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.precis.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;

/**
 * Articles and events in a relational store: H2 in a folder (created on first open) or PostgreSQL
 * by JDBC URL, with the schema migrated by Flyway on open. Thread-safe; appends are meant to come
 * from one writer ({@link Ingestor}), reads from any thread.
 *
 * <p>{@link #append} commits a whole batch in one transaction: when it returns, every article of
 * the batch survives a crash of the process; when it throws, none of them was stored.
 */
public final class EventStore implements AutoCloseable {
  private final HikariDataSource pool;
  private final String where;
  /** Counts committed writes: a reader's answer stays valid while this has not moved. */
  private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();

  private EventStore(HikariDataSource pool, String where) {
    this.pool = pool;
    this.where = where;
  }

  /**
   * The store at {@code where}: a {@code jdbc:} URL (PostgreSQL, or H2 for tests), or a folder,
   * created when missing, that holds an H2 database file.
   */
  public static EventStore open(String where) {
    String url;
    if (where.startsWith("jdbc:")) {
      url = where;
    } else {
      Path dir = Path.of(where).toAbsolutePath();
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new UncheckedIOException("--store " + where + ": cannot create the folder ("
            + e.getMessage() + "); give a writable folder or a jdbc:postgresql:// URL", e);
      }
      // WRITE_DELAY=0: a commit is written before it returns, so an acknowledged article
      // survives kill -9. DB_CLOSE_ON_EXIT=FALSE: the server closes the store itself on shutdown,
      // after the requests in progress.
      url = "jdbc:h2:file:" + dir.resolve("precis") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(8);
    config.setAutoCommit(true);
    config.setPoolName("precis-store");
    HikariDataSource pool = new HikariDataSource(config);
    try {
      String vendor = url.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
      Flyway.configure().dataSource(pool).locations("classpath:db/migration/" + vendor)
          .load().migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new EventStore(pool, where.startsWith("jdbc:") ? redact(where) : where);
  }

  /** A JDBC URL without its password, for messages and logs. */
  static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  /** A number that changes after every committed write. */
  public long version() {
    return version.get();
  }

  /** Where the store is, as given, without a password. */
  public String where() {
    return where;
  }

  /**
   * An article to append, with the event the grouping put it in, its event's day if it starts
   * one, the day (UTC, yyyy-MM-dd) it was acknowledged, and what its event's row takes of it if it
   * starts one ({@link #opening}) or grows one (its title's words, lower-cased, for search): made
   * ahead of the writer, so that appending only binds them.
   */
  public record Appended(long seq, Article article, String eventId, String day, String received,
      String opening, String searchWords) {}

  /**
   * Stores {@code batch} in one transaction: the articles, their events created or grown (a new
   * event is titled by its first article and is its own story), and the story of each event the
   * grouping closed. Returns once committed. One statement of each kind a batch, whatever its
   * size, on the writer's own connection with its statements prepared once.
   */
  public void append(List<Appended> batch, List<Grouping.Closed> closed) {
    if (batch.isEmpty() && closed.isEmpty()) return;
    synchronized (writing) {
      try {
        Writer w = writer();
        try {
          w.append(batch, closed);
          w.connection.commit();
        } catch (SQLException | RuntimeException e) {
          w.connection.rollback();
          throw e;
        }
        version.incrementAndGet();
      } catch (SQLException e) {
        // The connection may be broken: the next append takes a new one from the pool.
        closeWriter();
        throw new StoreException("store " + where + ": " + e.getMessage(), e);
      } catch (RuntimeException e) {
        closeWriter();
        throw e;
      }
    }
  }

  /** Guards the writer's connection: {@link #append} is called by one writer, but safely by any. */
  private final Object writing = new Object();
  private Writer writer;

  private Writer writer() throws SQLException {
    if (writer == null) writer = new Writer(pool.getConnection());
    return writer;
  }

  private void closeWriter() {
    synchronized (writing) {
      if (writer == null) return;
      try {
        writer.connection.close();
      } catch (SQLException e) {
        // Broken already; the pool replaces it.
      }
      writer = null;
    }
  }

  /** Event ids looked up at once in {@link Writer}'s query (padded by repeating the last). */
  private static final int EVENT_LOOKUP = 64;

  /**
   * The writer's connection (not auto-committing) and its statements, prepared once and reused
   * by every append while the connection lasts.
   */
  private static final class Writer {
    final Connection connection;
    final PreparedStatement insertArticle;
    final PreparedStatement knownEvents;
    final PreparedStatement growEvent;
    final PreparedStatement insertEvent;
    final PreparedStatement closeEvent;

    Writer(Connection c) throws SQLException {
      try {
        c.setAutoCommit(false);
        connection = c;
        insertArticle = c.prepareStatement("INSERT INTO articles "
            + "(seq, id, event_id, title, text, url, published, lang, outlet, received) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?)");
        knownEvents = c.prepareStatement("SELECT id FROM events WHERE id IN ("
            + String.join(",", java.util.Collections.nCopies(EVENT_LOOKUP, "?")) + ")");
        growEvent = c.prepareStatement("UPDATE events SET last_seq = ?, "
            + "article_count = article_count + ?, search = SUBSTRING(search || ? FROM 1 FOR "
            + MAX_SEARCH + ") WHERE id = ?");
        insertEvent = c.prepareStatement("INSERT INTO events (id, story_id, title, "
            + "event_day, first_seq, last_seq, article_count, summarized_count, opening, search) "
            + "VALUES (?,?,?,?,?,?,?,0,?,?)");
        closeEvent = c.prepareStatement("UPDATE events SET story_id = ? WHERE id = ?");
      } catch (SQLException e) {
        c.close();
        throw e;
      }
    }

    void append(List<Appended> batch, List<Grouping.Closed> closed) throws SQLException {
      for (Appended a : batch) {
        Article x = a.article();
        insertArticle.setLong(1, a.seq());
        insertArticle.setString(2, x.id());
        insertArticle.setString(3, a.eventId());
        insertArticle.setString(4, x.title());
        insertArticle.setString(5, x.text());
        insertArticle.setString(6, x.url());
        insertArticle.setString(7, x.date());
        insertArticle.setString(8, x.lang());
        insertArticle.setString(9, x.outlet());
        insertArticle.setString(10, a.received());
        insertArticle.addBatch();
      }
      if (!batch.isEmpty()) insertArticle.executeBatch();
      Map<String, List<Appended>> byEvent = new LinkedHashMap<>();
      for (Appended a : batch) byEvent.computeIfAbsent(a.eventId(), k -> new ArrayList<>()).add(a);
      java.util.Set<String> known = known(new ArrayList<>(byEvent.keySet()));
      boolean grew = false;
      boolean began = false;
      for (var e : byEvent.entrySet()) {
        List<Appended> added = e.getValue();
        StringBuilder words = new StringBuilder();
        for (Appended a : added) words.append(' ').append(a.searchWords());
        Appended first = added.get(0);
        Appended last = added.get(added.size() - 1);
        if (known.contains(e.getKey())) {
          growEvent.setLong(1, last.seq());
          growEvent.setInt(2, added.size());
          growEvent.setString(3, words.toString());
          growEvent.setString(4, e.getKey());
          growEvent.addBatch();
          grew = true;
        } else {
          insertEvent.setString(1, e.getKey());
          insertEvent.setString(2, e.getKey());
          insertEvent.setString(3, cut(first.article().title(), MAX_TITLE));
          insertEvent.setString(4, first.day());
          insertEvent.setLong(5, first.seq());
          insertEvent.setLong(6, last.seq());
          insertEvent.setInt(7, added.size());
          insertEvent.setString(8, cut(first.opening(), MAX_OPENING));
          insertEvent.setString(9, cut(words.toString(), MAX_SEARCH));
          insertEvent.addBatch();
          began = true;
        }
      }
      if (grew) requireUpdated(growEvent.executeBatch());
      if (began) insertEvent.executeBatch();
      for (Grouping.Closed e : closed) {
        closeEvent.setString(1, e.storyId());
        closeEvent.setString(2, e.eventId());
        closeEvent.addBatch();
      }
      if (!closed.isEmpty()) closeEvent.executeBatch();
    }

    /** Which of {@code ids} are stored events: one query each {@value #EVENT_LOOKUP}. */
    private java.util.Set<String> known(List<String> ids) throws SQLException {
      java.util.Set<String> out = new java.util.HashSet<>();
      for (int from = 0; from < ids.size(); from += EVENT_LOOKUP) {
        List<String> part = ids.subList(from, Math.min(ids.size(), from + EVENT_LOOKUP));
        for (int i = 0; i < EVENT_LOOKUP; i++) {
          knownEvents.setString(i + 1, part.get(Math.min(i, part.size() - 1)));
        }
        try (ResultSet rs = knownEvents.executeQuery()) {
          while (rs.next()) out.add(rs.getString(1));
        }
      }
      return out;
    }

    /** A grown event that was not updated was deleted meanwhile: the store is not as read. */
    private static void requireUpdated(int[] counts) throws SQLException {
      for (int n : counts) {
        if (n == 0) throw new SQLException("an event looked up a moment before is gone");
      }
    }
  }

  /** The widths of the events' short columns (V1 migration). */
  static final int MAX_TITLE = 1000;
  static final int MAX_OPENING = 2000;
  static final int MAX_SEARCH = 20000;

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** The opening words of a text, up to its first sentence's end or 200 characters. */
  static String opening(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    int end = Math.min(t.length(), 200);
    for (int i = 40; i < end; i++) {
      if ((t.charAt(i) == '.' || t.charAt(i) == '!' || t.charAt(i) == '?')
          && (i + 1 == t.length() || t.charAt(i + 1) == ' ')) {
        return t.substring(0, i + 1);
      }
    }
    return end < t.length() ? t.substring(0, end) + "…" : t;
  }

  /**
   * Stores a summary of the event's first {@code covered} articles, with its title (kept when
   * empty), day (likewise), opening
   * and searchable words, and each cited article's cleaned text (the text citation spans index).
   */
  public void saveSummary(String eventId, int covered, String summaryJson, String title, String day,
      String opening, String search, Map<String, String> cleanTexts) {
    inTransaction(c -> {
      try (PreparedStatement up = c.prepareStatement("UPDATE events SET summary = ?, "
          + "summarized_count = ?, event_day = CASE WHEN ? = '' THEN event_day ELSE ? END, "
          + "title = CASE WHEN ? = '' THEN title ELSE ? END, "
          + "opening = CASE WHEN ? = '' THEN opening ELSE ? END, search = ? "
          + "WHERE id = ? AND summarized_count <= ?")) {
        up.setString(1, summaryJson);
        up.setInt(2, covered);
        up.setString(3, day);
        up.setString(4, day);
        up.setString(5, cut(title, MAX_TITLE));
        up.setString(6, cut(title, MAX_TITLE));
        up.setString(7, cut(opening, MAX_OPENING));
        up.setString(8, cut(opening, MAX_OPENING));
        up.setString(9, cut(search.toLowerCase(Locale.ROOT), MAX_SEARCH));
        up.setString(10, eventId);
        up.setInt(11, covered);
        // An older snapshot finishing after a newer one changes nothing.
        if (up.executeUpdate() == 0) return;
      }
      try (PreparedStatement up = c.prepareStatement(
          "UPDATE articles SET clean_text = ? WHERE id = ?")) {
        for (var e : cleanTexts.entrySet()) {
          up.setString(1, e.getValue());
          up.setString(2, e.getKey());
          up.addBatch();
        }
        up.executeBatch();
      }
    });
  }

  /** The next sequence number to give: one past the last stored. */
  public long nextSeq() {
    return query("SELECT COALESCE(MAX(seq), 0) FROM articles", ps -> {}, rs -> rs.getLong(1))
        .get(0) + 1;
  }

  /** The number of stored articles. */
  public long articleCount() {
    return query("SELECT COUNT(*) FROM articles", ps -> {}, rs -> rs.getLong(1)).get(0);
  }

  /** Every stored article in the order it was acknowledged, streamed. */
  public void replay(Consumer<StoredArticle> each) {
    withConnection(c -> {
      c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
      try (PreparedStatement ps = c.prepareStatement(ARTICLE + " ORDER BY seq")) {
        ps.setFetchSize(500);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) each.accept(article(rs));
        }
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
      return null;
    });
  }

  private static final String ARTICLE = "SELECT seq, id, event_id, title, text, url, published, "
      + "lang, outlet, clean_text, received FROM articles";

  private static StoredArticle article(ResultSet rs) throws SQLException {
    return new StoredArticle(rs.getLong(1), new Article(rs.getString(2), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)),
        rs.getString(3), rs.getString(10), rs.getString(11));
  }

  /**
   * The events of those of {@code ids} that are stored, by article id: one query, however many
   * articles the store holds (the server keeps no map of its own).
   */
  public Map<String, String> eventsOf(java.util.Collection<String> ids) {
    Map<String, String> out = new java.util.HashMap<>();
    List<String> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
    for (int from = 0; from < all.size(); from += 500) {
      List<String> part = all.subList(from, Math.min(all.size(), from + 500));
      String sql = "SELECT id, event_id FROM articles WHERE id IN ("
          + String.join(",", java.util.Collections.nCopies(part.size(), "?")) + ")";
      for (String[] row : query(sql, ps -> {
        for (int i = 0; i < part.size(); i++) ps.setString(i + 1, part.get(i));
      }, rs -> new String[] {rs.getString(1), rs.getString(2)})) {
        out.put(row[0], row[1]);
      }
    }
    return out;
  }

  public Optional<StoredArticle> article(String id) {
    return query(ARTICLE + " WHERE id = ?", ps -> ps.setString(1, id), EventStore::article)
        .stream().findFirst();
  }

  /** The event's articles, in the order they joined it. */
  public List<StoredArticle> articlesOf(String eventId) {
    return query(ARTICLE + " WHERE event_id = ? ORDER BY seq", ps -> ps.setString(1, eventId),
        EventStore::article);
  }

  private static final String EVENT = "SELECT id, story_id, title, event_day, first_seq, "
      + "article_count, summarized_count, opening, summary FROM events";
  private static final String EVENT_BRIEF = "SELECT id, story_id, title, event_day, first_seq, "
      + "article_count, summarized_count, opening, NULL FROM events";

  private static StoredEvent event(ResultSet rs) throws SQLException {
    return new StoredEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getLong(5), rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getString(9));
  }

  public Optional<StoredEvent> event(String id) {
    return query(EVENT + " WHERE id = ?", ps -> ps.setString(1, id), EventStore::event)
        .stream().findFirst();
  }

  /** The events of a story, oldest first, without their summaries. */
  public List<StoredEvent> story(String storyId) {
    return query(EVENT_BRIEF + " WHERE story_id = ? ORDER BY event_day, first_seq",
        ps -> ps.setString(1, storyId), EventStore::event);
  }

  /** Events whose summary does not cover all their articles, oldest first. */
  public List<String> staleEvents(int limit) {
    return query("SELECT id FROM events WHERE summarized_count < article_count ORDER BY last_seq"
        + " LIMIT ?", ps -> ps.setInt(1, limit), rs -> rs.getString(1));
  }

  /**
   * Up to {@code fetch} events of the page {@code q} asks for, newest first (by day, then by
   * arrival), without their summaries.
   */
  public List<StoredEvent> events(EventQuery q, int fetch) {
    StringBuilder sql = new StringBuilder(EVENT_BRIEF).append(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    q.since().ifPresent(d -> {
      sql.append(" AND event_day >= ?");
      args.add(d.toString());
    });
    q.until().ifPresent(d -> {
      sql.append(" AND event_day <= ? AND event_day <> ''");
      args.add(d.toString());
    });
    for (String word : q.q().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (word.isEmpty()) continue;
      sql.append(" AND search LIKE ? ESCAPE '\\'");
      args.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    q.after().ifPresent(c -> {
      sql.append(" AND (event_day < ? OR (event_day = ? AND first_seq < ?))");
      args.add(c.day());
      args.add(c.day());
      args.add(c.firstSeq());
    });
    sql.append(" ORDER BY event_day DESC, first_seq DESC LIMIT ?");
    args.add(fetch);
    return query(sql.toString(), ps -> {
      for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
    }, EventStore::event);
  }

  /** Whether the store answers. */
  public boolean healthy() {
    try {
      return query("SELECT 1", ps -> {}, rs -> rs.getInt(1)).get(0) == 1;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    closeWriter();
    pool.close();
  }

  // --- JDBC plumbing -------------------------------------------------------------------------

  interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  interface TxWork {
    void run(Connection c) throws SQLException;
  }

  private <T> List<T> query(String sql, Binder binder, Row<T> row) {
    return withConnection(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        binder.bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          List<T> out = new ArrayList<>();
          while (rs.next()) out.add(row.read(rs));
          return out;
        }
      }
    });
  }

  private void inTransaction(TxWork work) {
    withConnection(c -> {
      c.setAutoCommit(false);
      try {
        work.run(c);
        c.commit();
        version.incrementAndGet();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
      return null;
    });
  }

  private <T> T withConnection(Work<T> work) {
    try (Connection c = pool.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("store " + where + ": " + e.getMessage(), e);
    }
  }

  /** The store failed (it is down, full or refused a statement). */
  public static final class StoreException extends RuntimeException {
    StoreException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
