package dev.precis.server;

/**
 * The store contract on PostgreSQL, at {@code PRECIS_TEST_POSTGRES_URL} (skipped when it is not
 * set; CI sets it).
 */
class PostgresStoreTest extends StoreContract {
  @Override
  String newStore() {
    return StoreFixture.postgres();
  }
}
