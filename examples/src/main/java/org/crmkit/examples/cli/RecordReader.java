package org.crmkit.examples.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Walks the CSV records of a byte range of a file with positional reads into one reused buffer, so
 * two threads can read two halves of the same file. A record cut by the end of the buffer is moved
 * to its start and read again with more input.
 */
final class RecordReader {

    /**
     * Bytes per read: a quarter of a stretch, so the 33 stretches of a 66 MB file touch 8 MB of fresh buffers rather
     * than 33 (every fresh page is cleared by the kernel, and that was a third of the run's CPU); the buffer grows for
     * a longer record.
     */
    private static final int BUFFER = 1 << 19;

    private final FileChannel channel;
    private final long end;
    private final CsvRecord record = new CsvRecord();
    private byte[] buf;
    private long bufferStart;
    private int len;
    private int pos;
    private int recordEnd;
    private boolean eof;

    /** Records of {@code channel} in bytes [from, to); {@code from} must start a record. */
    RecordReader(FileChannel channel, long from, long to) {
        this(channel, from, to, null);
    }

    /**
     * As {@link #RecordReader(FileChannel, long, long)}, reading into {@code spare} (its contents
     * ignored) if it is there and large enough: a reader done with its stretch hands its buffer
     * ({@link #buffer()}) to the next, so the stretches of a file share a few buffers rather than
     * each clearing fresh memory of its own.
     */
    RecordReader(FileChannel channel, long from, long to, byte @Nullable [] spare) {
        this.channel = channel;
        this.bufferStart = from;
        this.end = to;
        int size = (int) Math.min(BUFFER, Math.max(4096, to - from + 1));
        this.buf = spare != null && spare.length >= size ? spare : new byte[size];
    }

    /** Moves to the next record; false at the end of the range. */
    boolean next() throws IOException {
        pos = recordEnd;
        while (true) {
            int found = pos < len ? record.scan(buf, pos, len, eof) : -1;
            if (found >= 0) {
                recordEnd = found;
                return true;
            }
            if (eof) {
                return false;
            }
            fill();
        }
    }

    /** The current record; its field offsets index {@link #buffer()}. */
    CsvRecord record() {
        return record;
    }

    /** The buffer the current record lies in. */
    byte[] buffer() {
        return buf;
    }

    /** The file offset just after the current record. */
    long position() {
        return bufferStart + recordEnd;
    }

    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, len - pos);
            bufferStart += pos;
            len -= pos;
            recordEnd -= pos;
            pos = 0;
        }
        if (len == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        long at = bufferStart + len;
        int wanted = (int) Math.min(buf.length - len, end - at);
        int n = wanted <= 0 ? -1 : channel.read(ByteBuffer.wrap(buf, len, wanted), at);
        if (n < 0) {
            eof = true;
        } else {
            len += n;
        }
    }
}
