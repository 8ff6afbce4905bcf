package org.jlua.vm.lib;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.jlua.vm.LuaThread;

/**
 * A regular file (io.open, io.tmpfile) on a FileChannel, so that it can seek. Writes are
 * buffered as setvbuf says; the buffer and the channel live in a {@link Sink} that can be
 * flushed and closed when the file is collected without being closed, as Lua's __gc does.
 */
final class LuaFileChannel extends LuaFile {
    private final Sink sink;
    private final Runnable cleanup;

    private LuaFileChannel(Sink sink, boolean readable, boolean writable, IoResources resources) {
        super(readable, writable);
        this.sink = sink;
        this.cleanup = resources.track(this, sink);
    }

    /** The channel and write buffer: everything a collected file must still flush and close. */
    static final class Sink implements Runnable {
        final FileChannel channel;
        /** Mode "a": every write goes to the end of the file. */
        final boolean append;
        Buffering buffering = Buffering.FULL;
        byte[] buffer = new byte[0];
        int size = BUFFER_SIZE;
        int length;
        boolean closed;

        Sink(FileChannel channel, boolean append) {
            this.channel = channel;
            this.append = append;
        }

        void flush() throws IOException {
            if (length == 0) return;
            int n = length;
            length = 0;
            writeFully(buffer, 0, n);
        }

        void writeFully(byte[] b, int off, int len) throws IOException {
            if (append) channel.position(channel.size());
            ByteBuffer bb = ByteBuffer.wrap(b, off, len);
            while (bb.hasRemaining()) channel.write(bb);
        }

        void close() throws IOException {
            if (closed) return;
            closed = true;
            try {
                flush();
            } finally {
                channel.close();
            }
        }

        /** The collector's or the state's last word: nobody can see an error any more. */
        @Override
        public void run() {
            try {
                close();
            } catch (IOException ignored) {
                // as when C Lua's __gc closes a file: the result is dropped
            }
        }
    }

    /**
     * Opens {@code path} with a mode already checked by io.open: "r", "w", "a", optionally
     * followed by "+" (and any "b", which changes nothing here).
     */
    static LuaFileChannel open(Path path, String mode, IoResources resources) throws IOException {
        boolean update = mode.length() > 1 && mode.charAt(1) == '+';
        char kind = mode.charAt(0);
        Set<OpenOption> options = new HashSet<>();
        if (kind == 'r' || update) options.add(StandardOpenOption.READ);
        if (kind != 'r' || update) options.add(StandardOpenOption.WRITE);
        if (kind != 'r') options.add(StandardOpenOption.CREATE);
        if (kind == 'w') options.add(StandardOpenOption.TRUNCATE_EXISTING);
        FileChannel channel = FileChannel.open(path, options);
        // glibc starts mode "a" at the end and "a+" at the start
        if (kind == 'a' && !update) channel.position(channel.size());
        return wrap(new Sink(channel, kind == 'a'), options.contains(StandardOpenOption.READ),
                options.contains(StandardOpenOption.WRITE), resources);
    }

    /** A new, empty file for reading and writing that disappears when closed (io.tmpfile). */
    static LuaFileChannel temporary(IoResources resources) throws IOException {
        Path path = Files.createTempFile("lua_", null);
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
        try {
            // as tmpfile(): no name left behind, the open channel keeps the data
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // DELETE_ON_CLOSE removes it later
        }
        return wrap(new Sink(channel, false), true, true, resources);
    }

    private static LuaFileChannel wrap(Sink sink, boolean readable, boolean writable, IoResources resources) {
        return new LuaFileChannel(sink, readable, writable, resources);
    }

    @Override
    protected int readRaw(byte[] b, int off, int len) throws IOException {
        return sink.channel.read(ByteBuffer.wrap(b, off, len));
    }

    @Override
    protected void writeBytes(byte[] b, int off, int len) throws IOException {
        Sink s = sink;
        if (s.buffering == Buffering.NO) {
            s.flush();
            s.writeFully(b, off, len);
            return;
        }
        if (s.length + len > s.size) {
            s.flush();
            if (len >= s.size) {
                s.writeFully(b, off, len);
                return;
            }
        }
        if (s.buffer.length < s.length + len) {
            s.buffer = Arrays.copyOf(s.buffer, Math.max(s.size, s.length + len));
        }
        System.arraycopy(b, off, s.buffer, s.length, len);
        s.length += len;
        if (s.buffering == Buffering.LINE && containsNewline(b, off, len)) s.flush();
    }

    static boolean containsNewline(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') return true;
        }
        return false;
    }

    @Override
    protected void flushOutput() throws IOException {
        sink.flush();
    }

    @Override
    protected void unread(int unread) throws IOException {
        sink.channel.position(sink.channel.position() - unread);
    }

    @Override
    protected long seekRaw(int whence, long offset, int unread) throws IOException {
        FileChannel ch = sink.channel;
        long base = switch (whence) {
            case 0 -> 0;
            case 1 -> ch.position() - unread;
            default -> ch.size();
        };
        long target = base + offset;
        if ((offset > 0 && target < base) || target < 0) throw new IoFailure(IoFailure.EINVAL);
        ch.position(target);
        return target;
    }

    @Override
    protected void setBuffering(Buffering mode, int size) throws IOException {
        sink.flush();
        sink.buffering = mode;
        sink.size = Math.max(size, 1);
    }

    @Override
    protected int closeRaw(LuaThread L) {
        try {
            sink.close();
            return L.pushBoolean(true);
        } catch (IOException e) {
            return IoLib.failure(L, IoFailure.of(e), null);
        } finally {
            cleanup.run();
        }
    }

    @Override
    protected void release() {
        cleanup.run();
    }
}
