package org.jlua.vm.lib;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.jlua.vm.LuaThread;

/**
 * A file on a Java stream that cannot seek: a standard file (io.stdin, io.stdout,
 * io.stderr, which write to the state's own streams so that print and io.write stay in
 * order) or, in {@link LuaFilePipe}, one end of a pipe. The stream does the buffering;
 * setvbuf decides when it is flushed.
 */
class LuaFileStream extends LuaFile {
    private final InputStream input;
    private final OutputStream output;
    private Buffering buffering;

    LuaFileStream(InputStream input, OutputStream output, Buffering buffering) {
        super(input != null, output != null);
        this.input = input;
        this.output = output;
        this.buffering = buffering;
    }

    @Override
    protected int readRaw(byte[] b, int off, int len) throws IOException {
        return input.read(b, off, len);
    }

    @Override
    protected void writeBytes(byte[] b, int off, int len) throws IOException {
        output.write(b, off, len);
        if (buffering == Buffering.NO
                || (buffering == Buffering.LINE && LuaFileChannel.containsNewline(b, off, len))) {
            output.flush();
        }
    }

    @Override
    protected void flushOutput() throws IOException {
        if (output != null) output.flush();
    }

    @Override
    protected void setBuffering(Buffering mode, int size) throws IOException {
        flushOutput();
        buffering = mode;
    }

    /** A standard file is not closed: it stays open, and says so. */
    @Override
    protected int closeRaw(LuaThread L) {
        reopen();
        L.pushNil();
        return 1 + L.pushString("cannot close standard file");
    }

    /** At the end of the state a standard file is flushed; the stream belongs to whoever made the state. */
    @Override
    protected void release() {
        try {
            flushOutput();
        } catch (IOException ignored) {
            // nobody is left to tell
        }
    }

    final InputStream input() {
        return input;
    }

    final OutputStream output() {
        return output;
    }
}
