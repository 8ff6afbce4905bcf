package org.jlua.vm.lib;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.jlua.vm.LuaThread;

/**
 * A file of the io library: a byte stream (never a character stream) read through a buffer
 * with one byte of push-back, as C's stdio reads. Subclasses give the raw reads, writes,
 * seeking and closing of regular files, standard streams and pipes.
 */
abstract class LuaFile {
    /** The size of the read buffer, and the default size of a write buffer. */
    static final int BUFFER_SIZE = 8192;

    /** setvbuf's modes, in luaL_checkoption's order. */
    enum Buffering { NO, FULL, LINE }

    private final boolean readable;
    private final boolean writable;
    private byte[] in;
    private int inPos;
    private int inLimit;
    private boolean closed;

    LuaFile(boolean readable, boolean writable) {
        this.readable = readable;
        this.writable = writable;
    }

    final boolean isClosed() {
        return closed;
    }

    // ---------------------------------------------------------------- subclass operations

    /** Reads at most {@code len} bytes; -1 at the end of the file. Blocks until at least one byte. */
    protected abstract int readRaw(byte[] b, int off, int len) throws IOException;

    /** Writes {@code b[off, off+len)}, through whatever buffering the file has. */
    protected abstract void writeBytes(byte[] b, int off, int len) throws IOException;

    /** Hands any buffered output to the system. */
    protected abstract void flushOutput() throws IOException;

    /** The read buffer is dropped with {@code unread} bytes not consumed: a seekable file moves back over them. */
    protected void unread(int unread) throws IOException {
    }

    /** Moves to {@code offset} from the start, the current position or the end (0, 1, 2); returns the new position. */
    protected long seekRaw(int whence, long offset, int unread) throws IOException {
        throw new IoFailure(IoFailure.ESPIPE);
    }

    protected abstract void setBuffering(Buffering mode, int size) throws IOException;

    /** Releases the file and pushes what file:close returns. */
    protected abstract int closeRaw(LuaThread L);

    /** Releases the file at the end of the state or when it is collected; errors are ignored. */
    protected abstract void release();

    // ---------------------------------------------------------------- life cycle

    /** file:close: marks the file closed (standard files reopen themselves) and pushes the results. */
    final int close(LuaThread L) {
        closed = true;
        return closeRaw(L);
    }

    /** A standard file refuses to close: it stays open. */
    final void reopen() {
        closed = false;
    }

    final void releaseAtExit() {
        if (closed) return;
        closed = true;
        release();
    }

    // ---------------------------------------------------------------- reading

    private void beginRead() throws IOException {
        if (!readable) throw new IoFailure(IoFailure.EBADF);
        flushOutput();
    }

    /** The next byte, or -1 at the end of the file. */
    final int getc() throws IOException {
        if (inPos < inLimit) return in[inPos++] & 0xFF;
        if (!fill()) return -1;
        return in[inPos++] & 0xFF;
    }

    /** Gives back the byte that the last {@link #getc} returned (not an end of file). */
    final void ungetc() {
        inPos--;
    }

    private boolean fill() throws IOException {
        beginRead();
        if (in == null) in = new byte[BUFFER_SIZE];
        int n;
        do {
            n = readRaw(in, 0, in.length);
        } while (n == 0);
        inPos = 0;
        inLimit = Math.max(n, 0);
        return n > 0;
    }

    /** Reads up to the end of the line; true if a newline ended it (kept only if {@code keepNewline}). */
    final boolean readLine(ByteArrayOutputStream out, boolean keepNewline) throws IOException {
        while (true) {
            if (inPos == inLimit && !fill()) return false;
            int start = inPos;
            while (inPos < inLimit) {
                if (in[inPos++] == '\n') {
                    out.write(in, start, inPos - start - (keepNewline ? 0 : 1));
                    return true;
                }
            }
            out.write(in, start, inPos - start);
        }
    }

    /** Reads at most {@code n} bytes, all up to the end of the file if {@code n} is negative; returns how many. */
    final long read(ByteArrayOutputStream out, long n) throws IOException {
        long total = 0;
        while (n < 0 || total < n) {
            if (inPos == inLimit && !fill()) break;
            int chunk = (int) Math.min(inLimit - inPos, n < 0 ? Long.MAX_VALUE : n - total);
            out.write(in, inPos, chunk);
            inPos += chunk;
            total += chunk;
        }
        return total;
    }

    // ---------------------------------------------------------------- writing, positioning

    final void write(byte[] b, int off, int len) throws IOException {
        if (!writable) throw new IoFailure(IoFailure.EBADF);
        dropInput();
        writeBytes(b, off, len);
    }

    final void flush() throws IOException {
        flushOutput();
    }

    /** file:seek with {@code whence} 0, 1 or 2 ("set", "cur", "end"). */
    final long seek(int whence, long offset) throws IOException {
        flushOutput();
        int unread = inLimit - inPos;
        long position = seekRaw(whence, offset, unread);
        inPos = inLimit = 0;
        return position;
    }

    final void setvbuf(Buffering mode, int size) throws IOException {
        setBuffering(mode, size);
    }

    /** Before writing, bytes read ahead are given back, so that the write lands where reading stopped. */
    private void dropInput() throws IOException {
        int unread = inLimit - inPos;
        inPos = inLimit = 0;
        if (unread > 0) unread(unread);
    }
}
