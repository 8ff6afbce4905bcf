package org.jlua.vm.lib;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.jlua.vm.LuaState;
import org.jlua.vm.LuaThread;

/**
 * One end of a pipe to {@code sh -c command} (io.popen): the command's output for
 * mode "r", its input for mode "w". The command shares the state's other standard streams:
 * inherited when they are the process's own, copied by a thread otherwise (in tests and
 * embeddings), so that its output lands where the script's goes.
 */
final class LuaFilePipe extends LuaFileStream {
    /** Java reports death by signal n as exit status 128 + n; n is at most 64 on Linux. */
    private static final int SIGNAL_BASE = 128, MAX_SIGNAL = 64;

    private final Process process;
    private final List<Thread> copiers;
    private final Runnable cleanup;

    private LuaFilePipe(Process process, boolean reading, List<Thread> copiers, IoResources resources) {
        super(reading ? process.getInputStream() : null, reading ? null : process.getOutputStream(),
                Buffering.FULL);
        this.process = process;
        this.copiers = copiers;
        InputStream in = input();
        OutputStream out = output();
        this.cleanup = resources.track(this, () -> closeQuietly(in, out));
    }

    static LuaFilePipe open(LuaState state, String command, boolean reading, IoResources resources)
            throws IOException {
        // as popen: "sh" in argv[0], which the shell's own messages start with
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", command).directory(state.workingDir.toFile());
        List<Thread> copiers = new ArrayList<>();
        boolean pipeIn = false;
        if (reading) {
            pb.redirectOutput(ProcessBuilder.Redirect.PIPE);
            if (state.stdin == System.in) {
                pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
            } else {
                // the state's stdin is not the process's: the command reads an empty input
                pb.redirectInput(ProcessBuilder.Redirect.PIPE);
                pipeIn = true;
            }
        } else {
            pb.redirectInput(ProcessBuilder.Redirect.PIPE);
            state.stdout.flush();
            pb.redirectOutput(state.stdout == System.out ? ProcessBuilder.Redirect.INHERIT
                    : ProcessBuilder.Redirect.PIPE);
        }
        pb.redirectError(state.stderr == System.err ? ProcessBuilder.Redirect.INHERIT
                : ProcessBuilder.Redirect.PIPE);
        Process p;
        try {
            p = pb.start();
        } catch (IOException noShellOnPath) {
            pb.command().set(0, "/bin/sh");
            p = pb.start();
        }
        if (pipeIn) p.getOutputStream().close();
        if (!reading && state.stdout != System.out) copiers.add(copy(p.getInputStream(), state.stdout));
        if (state.stderr != System.err) copiers.add(copy(p.getErrorStream(), state.stderr));
        return new LuaFilePipe(p, reading, copiers, resources);
    }

    private static Thread copy(InputStream from, PrintStream to) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[BUFFER_SIZE];
            try (from) {
                int n;
                while ((n = from.read(buf)) > 0) to.write(buf, 0, n);
            } catch (IOException ignored) {
                // the command is gone
            }
        }, "jlua popen copier");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void closeQuietly(InputStream in, OutputStream out) {
        try {
            if (out != null) out.close();
            if (in != null) in.close();
        } catch (IOException ignored) {
            // the command is gone
        }
    }

    /** Closes this end and waits for the command: true or fail, then "exit" or "signal" and the number. */
    @Override
    protected int closeRaw(LuaThread L) {
        int status;
        try {
            status = waitForCommand();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return IoLib.failure(L, new IoFailure(IoFailure.EIO), null);
        }
        boolean signal = status > SIGNAL_BASE && status <= SIGNAL_BASE + MAX_SIGNAL;
        if (signal) status -= SIGNAL_BASE;
        if (!signal && status == 0) L.pushBoolean(true);
        else L.pushNil();
        L.pushString(signal ? "signal" : "exit");
        return 2 + L.pushInteger(status);
    }

    private int waitForCommand() throws InterruptedException {
        cleanup.run();
        int status = process.waitFor();
        for (Thread t : copiers) t.join();
        return status;
    }

    @Override
    protected void release() {
        try {
            waitForCommand();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
