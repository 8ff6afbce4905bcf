package org.jlua.cli;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * The {@code jlua} command as a function: parses the arguments, runs the script with the
 * given standard streams, and returns the exit status. {@link Main} calls it with the
 * process's streams; tests call it in-process.
 *
 * Options: {@code jlua [--no-fold] [--dump] [-e stat]... [script [args]]}, {@code -} reads
 * the script from standard input; {@code --no-fold} turns constant folding off.
 */
public final class Launcher {
    private Launcher() {}

    public static int run(String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr) {
        throw new UnsupportedOperationException("not yet written");
    }
}
