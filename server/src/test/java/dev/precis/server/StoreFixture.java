package dev.precis.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The stores the store tests run against: H2 in a temporary folder, and PostgreSQL when
 * {@code PRECIS_TEST_POSTGRES_URL} names one (CI starts one with server/scripts/test-postgres).
 */
final class StoreFixture {
  static final String POSTGRES_ENV = "PRECIS_TEST_POSTGRES_URL";

  private StoreFixture() {}

  /**
   * Skips the test when {@code present} is false, with {@code why}; under CI (CI=true, where
   * .ci/run installs and starts everything) fails it instead, so nothing is skipped unseen.
   */
  static void need(boolean present, String why) {
    if (System.getenv("CI") != null && !System.getenv("CI").isBlank()) {
      if (!present) throw new AssertionError("CI is set but " + why);
    } else {
      Assumptions.assumeTrue(present, why);
    }
  }

  static String h2(Path dir) {
    return dir.resolve("store").toString();
  }

  /** An emptied PostgreSQL database, or the test is skipped when none is configured. */
  static String postgres() {
    String url = System.getenv(POSTGRES_ENV);
    need(url != null && !url.isBlank(),
        POSTGRES_ENV + " is not set: no PostgreSQL to test against (server/scripts/test-postgres start)");
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA public CASCADE");
      s.execute("CREATE SCHEMA public");
    } catch (SQLException e) {
      throw new IllegalStateException(POSTGRES_ENV + " is set but PostgreSQL does not answer: "
          + e.getMessage(), e);
    }
    return url;
  }
}
