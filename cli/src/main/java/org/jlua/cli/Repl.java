package org.jlua.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jlua.vm.LuaClosure;
import org.jlua.vm.LuaError;
import org.jlua.vm.LuaState;
import org.jlua.vm.LuaString;
import org.jlua.vm.LuaThread;
import org.jlua.vm.ToString;
import org.jlua.vm.Values;

/**
 * The interactive mode ({@code jlua -i}, or {@code jlua} alone on a terminal), as lua.c
 * has it: a prompt on standard output ({@code _PROMPT} through tostring, else "> "), one
 * line read from standard input; the line is tried first as an expression
 * ({@code return line;}), whose values are printed with {@code print}, then as a statement.
 * A statement that the parser finds incomplete (its error is at {@code <eof>}) takes more
 * lines, with the second prompt ({@code _PROMPT2}, else ">> "). A line that starts with
 * {@code =} is an expression, as in Lua 5.1. Errors go to standard error without the
 * program name, with a traceback; the session ends at end of input.
 *
 * The line reader is a plain one, without editing or history. When standard input is not
 * a terminal, each line read is written after its prompt, as the reference lua5.4 (built
 * with readline) does, so that a session fed from a file reads as it would on a terminal.
 */
final class Repl {
    private final LuaThread L;
    private final LuaState state;
    private final InputStream in;
    private final PrintStream err;
    /** Whether to write each line read after its prompt: standard input is not a terminal. */
    private final boolean echo;

    Repl(LuaThread L, PrintStream err, boolean echo) {
        this.L = L;
        this.state = L.state;
        this.in = L.state.stdin;
        this.err = err;
        this.echo = echo;
    }

    /**
     * Reads and runs lines until the end of input; false if the session ended on an error
     * outside any line's chunk (a prompt whose __tostring failed), which lua.c reports as
     * it ends with status 1.
     */
    boolean run() {
        try {
            session();
            return true;
        } catch (LuaError e) {
            report(Launcher.messageOf(L, e));
            return false;
        }
    }

    private void session() {
        String line;
        while ((line = readLine(true)) != null) {
            LuaClosure chunk;
            try {
                chunk = compile(line);
            } catch (LuaError e) {
                report(Launcher.messageOf(L, e));
                continue;
            }
            if (chunk == null) continue; // end of input inside an incomplete statement
            Launcher.Call call = Launcher.docall(L, chunk);
            if (call.error() != null) report(call.error());
            else if (call.results().length > 0) printResults(call.results());
        }
        state.stdout.println();
        state.stdout.flush();
    }

    /**
     * The chunk of one input: the line as an expression if it is one, else as a statement,
     * reading more lines while the statement is incomplete. Null at end of input.
     */
    private LuaClosure compile(String line) {
        String expression = line.startsWith("=") ? line.substring(1) : line;
        try {
            return load("return " + expression + ";");
        } catch (LuaError notAnExpression) {
            if (line.startsWith("=")) throw notAnExpression;
        }
        String source = line;
        for (;;) {
            try {
                return load(source);
            } catch (LuaError e) {
                if (!incomplete(e)) throw e;
                String more = readLine(false);
                if (more == null) return null;
                source = source + "\n" + more;
            }
        }
    }

    private LuaClosure load(String source) {
        return state.load(source.getBytes(StandardCharsets.ISO_8859_1), "=stdin");
    }

    /** A syntax error at the end of the input: the statement goes on in the next line. */
    private static boolean incomplete(LuaError e) {
        return e.value() instanceof LuaString s && s.toString().endsWith("<eof>");
    }

    private void printResults(Object[] results) {
        int depth = L.depth();
        try {
            L.callBoxed(state.globals.rawGet(LuaString.valueOf("print")), results);
        } catch (LuaError e) {
            report("error calling 'print' (" + Launcher.messageOf(L, e) + ")");
        } finally {
            L.unwindForEmbedding(depth);
        }
    }

    /** Shows the prompt and reads one line (bytes, without its newline); null at end of input. */
    private String readLine(boolean first) {
        write(prompt(first));
        state.stdout.flush();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int c;
            while ((c = in.read()) != -1 && c != '\n') line.write(c);
            if (c == -1 && line.size() == 0) return null;
        } catch (IOException e) {
            return null;
        }
        if (echo) {
            write(LuaString.wrap(line.toByteArray()));
            write(NEWLINE);
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static final LuaString PROMPT = LuaString.valueOf("> "), PROMPT2 = LuaString.valueOf(">> "),
            NEWLINE = LuaString.valueOf("\n");

    /** _PROMPT or _PROMPT2 through tostring (its __tostring too), or the default when it is nil. */
    private LuaString prompt(boolean first) {
        Object value = state.globals.rawGet(first ? "_PROMPT" : "_PROMPT2");
        if (value == null) return first ? PROMPT : PROMPT2;
        return ToString.of(L, Values.tag(value), Values.bits(value));
    }

    private void write(LuaString s) {
        state.stdout.write(s.bytes(), 0, s.length());
    }

    private void report(String message) {
        state.stdout.flush();
        byte[] bytes = (message + "\n").getBytes(StandardCharsets.ISO_8859_1);
        err.write(bytes, 0, bytes.length);
        err.flush();
    }
}
