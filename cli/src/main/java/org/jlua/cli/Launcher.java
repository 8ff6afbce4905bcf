package org.jlua.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

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
        return run(args, Path.of("").toAbsolutePath(), stdin, stdout, stderr);
    }

    /**
     * As {@link #run(String[], InputStream, OutputStream, OutputStream)}, with relative file
     * names (the script, {@code io.open}, {@code require}) resolved against {@code workingDir},
     * so that in-process tests behave as if started in that directory.
     */
    public static int run(String[] args, Path workingDir, InputStream stdin, OutputStream stdout,
                          OutputStream stderr) {
        throw new UnsupportedOperationException("not yet written");
    }
}
