package org.crmkit.examples.cli;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Walks the CSV records of a byte range of a file, copied piece by piece into one reused buffer
 * from a memory map of the range, so two threads can read two halves of the same file. A record
 * cut by the end of the buffer is moved to its start and read again with more input.
 *
 * <p>Mapped, not read: a positional read has the kernel copy the file's cached pages into a
 * buffer of the JDK's and then copies that into ours, and the kernel's copy alone took 48 ms of
 * CPU for a 66 MB file; from the map there is one copy, in this process.
 */
final class RecordReader {

    /**
     * Bytes per read: a quarter of a stretch, so the 33 stretches of a 66 MB file touch 8 MB of fresh buffers rather
     * than 33 (every fresh page is cleared by the kernel, and that was a third of the run's CPU); the buffer grows for
     * a longer record.
     */
    private static final int BUFFER = 1 << 19;
    /** Bytes mapped at a time (a map may not pass 2 GB): stretches of a file are far smaller, and are mapped whole. */
    private static final long WINDOW = 1L << 28;

    private final FileChannel channel;
    private final long end;
    private final CsvRecord record = new CsvRecord();
    private byte[] buf;
    private long bufferStart;
    private int len;
    private int pos;
    private int recordEnd;
    private boolean eof;
    /** The part of the file mapped last, from {@code mapStart}; null before the first fill. */
    private @Nullable MappedByteBuffer map;
    private long mapStart;

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
        if (wanted <= 0) {
            eof = true;
            return;
        }
        if (map == null || at + wanted > mapStart + map.capacity()) {
            // no further than the file reaches now: a map past the end of a file cut short since it was measured would fault
            long until = Math.min(Math.min(end, channel.size()), at + Math.max(wanted, WINDOW));
            if (until <= at) {
                eof = true;
                return;
            }
            map = channel.map(FileChannel.MapMode.READ_ONLY, at, until - at);
            mapStart = at;
            wanted = (int) Math.min(wanted, until - at);
        }
        map.get((int) (at - mapStart), buf, len, wanted);
        len += wanted;
    }
}
