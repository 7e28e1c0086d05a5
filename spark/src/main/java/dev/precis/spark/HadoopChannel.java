package dev.precis.spark;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import org.apache.hadoop.fs.FSDataInputStream;

/**
 * A read-only {@link SeekableByteChannel} over a file of one of Hadoop's file systems (local,
 * {@code hdfs://}, {@code s3a://}), so core's WARC reader can seek past a damaged record there as
 * it does in a local file. Closing the channel closes the stream.
 */
final class HadoopChannel implements SeekableByteChannel {
  private final FSDataInputStream in;
  private final long size;
  private boolean open = true;

  HadoopChannel(FSDataInputStream in, long size) {
    this.in = in;
    this.size = size;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    ensureOpen();
    if (!dst.hasRemaining()) return 0;
    if (dst.hasArray()) {
      int n = in.read(dst.array(), dst.arrayOffset() + dst.position(), dst.remaining());
      if (n > 0) dst.position(dst.position() + n);
      return n;
    }
    byte[] buffer = new byte[Math.min(dst.remaining(), 1 << 16)];
    int n = in.read(buffer, 0, buffer.length);
    if (n > 0) dst.put(buffer, 0, n);
    return n;
  }

  @Override
  public long position() throws IOException {
    ensureOpen();
    return in.getPos();
  }

  @Override
  public SeekableByteChannel position(long newPosition) throws IOException {
    ensureOpen();
    if (newPosition < 0) throw new IllegalArgumentException("position must be >= 0, got " + newPosition);
    // Hadoop's streams refuse to seek past the end; a channel reads end-of-file there instead.
    in.seek(Math.min(newPosition, size));
    return this;
  }

  @Override
  public long size() throws IOException {
    ensureOpen();
    return size;
  }

  @Override
  public int write(ByteBuffer src) {
    throw new NonWritableChannelException();
  }

  @Override
  public SeekableByteChannel truncate(long size) {
    throw new NonWritableChannelException();
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() throws IOException {
    if (!open) return;
    open = false;
    in.close();
  }

  private void ensureOpen() throws IOException {
    if (!open) throw new ClosedChannelException();
  }
}
