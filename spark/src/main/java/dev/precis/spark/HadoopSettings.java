package dev.precis.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration (S3A credentials and endpoints, HDFS name nodes) carried to
 * the executors, which open the WARC files themselves. Hadoop's {@link Configuration} is
 * Writable but not Serializable; this holds its written bytes.
 */
final class HadoopSettings implements Serializable {
  private static final long serialVersionUID = 1L;
  private final byte[] written;
  private transient Configuration configuration;

  HadoopSettings(Configuration configuration) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      configuration.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the Hadoop configuration", e);
    }
    this.written = bytes.toByteArray();
  }

  /** The configuration, read back once per executor copy. */
  synchronized Configuration configuration() {
    if (configuration == null) {
      Configuration c = new Configuration(false);
      try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(written))) {
        c.readFields(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the Hadoop configuration back", e);
      }
      configuration = c;
    }
    return configuration;
  }
}
