package dev.precis.server;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded H2 store in a folder. */
class H2StoreTest extends StoreContract {
  @TempDir Path dir;

  @Override
  String newStore() {
    return StoreFixture.h2(dir);
  }
}
