package org.jlua.vm.lib;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jlua.vm.Event;
import org.jlua.vm.JavaFunction;
import org.jlua.vm.LuaState;
import org.jlua.vm.LuaString;
import org.jlua.vm.LuaTable;
import org.jlua.vm.LuaThread;
import org.jlua.vm.Num;
import org.jlua.vm.Numerals;
import org.jlua.vm.Userdata;
import org.jlua.vm.Values;

/**
 * The input and output library (manual section 6.8). Files are userdata with the shared
 * metatable "FILE*" whose payload is a {@link LuaFile}; the default input and output files
 * belong to the state, as C Lua keeps them in its registry.
 */
public final class IoLib {
    /** The registry key of the state's IoLib, for {@link #close(LuaState)}. */
    private static final String REGISTRY_KEY = "_IO";
    /** The most formats a lines iterator takes (MAXARGLINE). */
    private static final int MAX_LINE_FORMATS = 250;
    /** setvbuf's default size (LUAL_BUFFERSIZE). */
    private static final int DEFAULT_VBUF = 1024;
    /**
     * File methods and iterators are reachable from no loaded table, so C Lua's messages
     * name them '?' when the calling code gives no name.
     */
    static final String UNNAMED = "?";
    private static final String[] SEEK_OPTIONS = {"set", "cur", "end"};
    private static final String[] VBUF_OPTIONS = {"no", "full", "line"};

    private final LuaState state;
    private final LuaTable fileMetatable = new LuaTable();
    private final IoResources resources = new IoResources();
    private Userdata input;
    private Userdata output;
    /** io.stdin's file, whose buffer debug.debug reads its commands through. */
    private LuaFile standardInput;

    private IoLib(LuaState state) {
        this.state = state;
    }

    public static void open(LuaState state) {
        IoLib io = new IoLib(state);
        state.registry.rawSet(REGISTRY_KEY, new Userdata(io, null));
        Stdlib.publish(state, "io", io.library());
    }

    /**
     * Flushes and closes every file the state's scripts left open, and flushes the standard
     * ones, as {@code lua_close} does through their {@code __gc}: call it when the state ends.
     */
    public static void close(LuaState state) {
        if (state.registry.rawGet(REGISTRY_KEY) instanceof Userdata u && u.payload instanceof IoLib io) {
            io.resources.releaseAll();
        }
    }

    /**
     * A line of standard input, its newline kept, or null at its end (C's fgets on stdin, for
     * debug.debug). It is read through io.stdin's buffer when the io library is open, so that
     * io.read goes on after it.
     */
    public static LuaString readStandardInputLine(LuaState state) throws java.io.IOException {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        if (state.registry.rawGet(REGISTRY_KEY) instanceof Userdata u && u.payload instanceof IoLib io) {
            io.standardInput.readLine(line, true);
        } else {
            int c;
            while ((c = state.stdin.read()) >= 0) {
                line.write(c);
                if (c == '\n') break;
            }
        }
        return line.size() == 0 ? null : LuaString.wrap(line.toByteArray());
    }

    /** The shared metatable of files: the methods in __index, __name, __gc, __close, __tostring. */
    private void fillFileMetatable() {
        LuaTable methods = new LuaTable();
        method(methods, "close", FILE_CLOSE);
        method(methods, "flush", FILE_FLUSH);
        method(methods, "lines", FILE_LINES);
        method(methods, "read", FILE_READ);
        method(methods, "seek", FILE_SEEK);
        method(methods, "setvbuf", FILE_SETVBUF);
        method(methods, "write", FILE_WRITE);

        LuaTable mt = fileMetatable;
        mt.rawSet(Event.NAME.key, LuaString.valueOf("FILE*"));
        mt.rawSet(Event.INDEX.key, methods);
        JavaFunction gc = new IoFunction(UNNAMED, FILE_GC);
        mt.rawSet(Event.GC.key, gc);
        mt.rawSet(Event.CLOSE.key, gc);
        mt.rawSet(Event.TOSTRING.key, new IoFunction(UNNAMED, FILE_TOSTRING));
    }

    private LuaTable library() {
        fillFileMetatable();
        LuaTable io = new LuaTable();
        standardInput = new LuaFileStream(state.stdin, null, LuaFile.Buffering.FULL);
        Userdata stdin = standardFile(standardInput);
        Userdata stdout = standardFile(new LuaFileStream(null, state.stdout, LuaFile.Buffering.FULL));
        Userdata stderr = standardFile(new LuaFileStream(null, state.stderr, LuaFile.Buffering.NO));
        input = stdin;
        output = stdout;
        io.rawSet("stdin", stdin);
        io.rawSet("stdout", stdout);
        io.rawSet("stderr", stderr);
        reg(io, "close", CLOSE);
        reg(io, "flush", FLUSH);
        reg(io, "input", INPUT);
        reg(io, "output", OUTPUT);
        reg(io, "lines", LINES);
        reg(io, "open", OPEN);
        reg(io, "popen", POPEN);
        reg(io, "read", READ);
        reg(io, "tmpfile", TMPFILE);
        reg(io, "type", TYPE);
        reg(io, "write", WRITE);
        return io;
    }

    private void reg(LuaTable t, String name, int id) {
        t.rawSet(name, new IoFunction("io." + name, id));
    }

    private void method(LuaTable t, String name, int id) {
        t.rawSet(name, new IoFunction(UNNAMED, id));
    }

    /** The indexes of the file methods and metamethods, then of the io functions, in the order they are registered. */
    private static final int FILE_CLOSE = 0, FILE_FLUSH = 1, FILE_LINES = 2, FILE_READ = 3, FILE_SEEK = 4,
            FILE_SETVBUF = 5, FILE_WRITE = 6, FILE_GC = 7, FILE_TOSTRING = 8, CLOSE = 9, FLUSH = 10, INPUT = 11,
            OUTPUT = 12, LINES = 13, OPEN = 14, POPEN = 15, READ = 16, TMPFILE = 17, TYPE = 18, WRITE = 19;

    /**
     * The io functions and the file methods, one class dispatching on an index instead of a
     * lambda per function: each lambda costs start-up time to link. They work on this
     * state's files, so the class is an inner one.
     */
    private final class IoFunction extends JavaFunction {
        private final int id;

        IoFunction(String name, int id) {
            super(name);
            this.id = id;
        }

        @Override
        public int call(LuaThread L) {
            return switch (id) {
                case FILE_CLOSE -> toFile(L).close(L);
                case FILE_FLUSH -> flushResult(L, toFile(L));
                case FILE_LINES -> fileLines(L);
                case FILE_READ -> IoRead.read(L, toFile(L), args(L, 2), 2);
                case FILE_SEEK -> seek(L);
                case FILE_SETVBUF -> setvbuf(L);
                case FILE_WRITE -> write(L, toFile(L), 2, fileArg(L, 1));
                case FILE_GC -> fileGc(L);
                case FILE_TOSTRING -> fileTostring(L);
                case CLOSE -> close(L);
                case FLUSH -> flushResult(L, defaultFile(L, output, "output"));
                case INPUT -> input(L);
                case OUTPUT -> output(L);
                case LINES -> lines(L);
                case OPEN -> open(L);
                case POPEN -> popen(L);
                case READ -> IoRead.read(L, defaultFile(L, input, "input"), args(L, 1), 1);
                case TMPFILE -> tmpfile(L);
                case TYPE -> type(L);
                case WRITE -> write(L, defaultFile(L, output, "output"), 1, output);
                default -> throw new AssertionError("no io function " + id);
            };
        }
    }

    private int fileLines(LuaThread L) {
        toFile(L);
        return L.push(linesIterator(L, fileArg(L, 1), 2, false));
    }

    private int fileGc(LuaThread L) {
        LuaFile f = (LuaFile) fileArg(L, 1).payload;
        if (!f.isClosed()) f.close(L);
        return 0;
    }

    private int fileTostring(LuaThread L) {
        Userdata u = fileArg(L, 1);
        LuaFile f = (LuaFile) u.payload;
        return L.pushString(f.isClosed() ? "file (closed)" : "file (" + Values.address(u) + ")");
    }

    private int close(LuaThread L) {
        if (L.isNone(1)) return checkOpen(L, output).close(L);
        return toFile(L).close(L);
    }

    private int input(LuaThread L) {
        if (!L.isNoneOrNil(1)) input = fileOrName(L, "r");
        return L.push(input);
    }

    private int output(LuaThread L) {
        if (!L.isNoneOrNil(1)) output = fileOrName(L, "w");
        return L.push(output);
    }

    private int tmpfile(LuaThread L) {
        try {
            return L.push(fileUserdata(LuaFileChannel.temporary(resources)));
        } catch (IOException e) {
            return failure(L, IoFailure.of(e), null);
        }
    }

    private int type(LuaThread L) {
        L.checkAny(1);
        if (!(L.tag(1) instanceof Userdata u) || u.metatable != fileMetatable) return L.pushNil();
        return L.pushString(((LuaFile) u.payload).isClosed() ? "closed file" : "file");
    }

    private Userdata standardFile(LuaFile f) {
        resources.trackStandard(f);
        return fileUserdata(f);
    }

    private Userdata fileUserdata(LuaFile f) {
        return new Userdata(f, fileMetatable);
    }

    // ---------------------------------------------------------------- argument helpers

    /** Argument {@code i} as a file userdata, open or closed (luaL_checkudata). */
    private Userdata fileArg(LuaThread L, int i) {
        if (L.tag(i) instanceof Userdata u && u.metatable == fileMetatable) return u;
        throw L.typeArgError(i, "FILE*");
    }

    /** The first argument as an open file. */
    private LuaFile toFile(LuaThread L) {
        return checkOpen(L, fileArg(L, 1));
    }

    private static LuaFile checkOpen(LuaThread L, Userdata u) {
        LuaFile f = (LuaFile) u.payload;
        if (f.isClosed()) throw L.error("attempt to use a closed file");
        return f;
    }

    private static LuaFile defaultFile(LuaThread L, Userdata u, String which) {
        LuaFile f = (LuaFile) u.payload;
        if (f.isClosed()) throw L.error("default " + which + " file is closed");
        return f;
    }

    /** Arguments {@code from} to the last, boxed. */
    private static Object[] args(LuaThread L, int from) {
        int n = Math.max(L.nargs() - from + 1, 0);
        Object[] a = new Object[n];
        for (int i = 0; i < n; i++) a[i] = L.arg(from + i);
        return a;
    }

    /** luaL_checkoption: the index of argument {@code i} in {@code options}. */
    private static int checkOption(LuaThread L, int i, String def, String[] options) {
        LuaString name = def == null ? L.checkString(i) : L.optString(i, LuaString.valueOf(def));
        String s = name.toString();
        for (int k = 0; k < options.length; k++) {
            if (options[k].equals(s)) return k;
        }
        throw L.argError(i, "invalid option '" + s + "'");
    }

    /** luaL_fileresult's failure: nil, the message (after "name: " if a name is given), errno. */
    static int failure(LuaThread L, IoFailure e, LuaString name) {
        L.pushNil();
        String message = e.getMessage();
        L.pushString(name == null ? message : cString(name) + ": " + message);
        return 2 + L.pushInteger(e.errno);
    }

    /** A file name as C sees it: up to its first NUL. */
    private static String cString(LuaString s) {
        String t = s.toString();
        int nul = t.indexOf('\0');
        return nul < 0 ? t : t.substring(0, nul);
    }

    // ---------------------------------------------------------------- opening

    private LuaFileChannel openFile(LuaThread L, LuaString name, String mode) throws IOException {
        String cname = cString(name);
        if (cname.isEmpty()) throw new IoFailure(IoFailure.ENOENT);
        Path path;
        try {
            path = OsLib.resolve(L, LuaString.valueOf(cname));
        } catch (InvalidPathException e) {
            throw new IoFailure(IoFailure.ENOENT);
        }
        return LuaFileChannel.open(path, mode, resources);
    }

    /** io.open's mode: "r", "w" or "a", then an optional '+', then only 'b's. */
    static String checkMode(String mode) {
        if (mode.isEmpty() || "rwa".indexOf(mode.charAt(0)) < 0) return null;
        int i = 1;
        if (i < mode.length() && mode.charAt(i) == '+') i++;
        String kind = mode.substring(0, i);
        for (; i < mode.length(); i++) {
            if (mode.charAt(i) != 'b') return null;
        }
        return kind;
    }

    private int open(LuaThread L) {
        LuaString name = L.checkString(1);
        String mode = checkMode(L.optString(2, LuaString.valueOf("r")).toString());
        if (mode == null) throw L.argError(2, "invalid mode");
        try {
            return L.push(fileUserdata(openFile(L, name, mode)));
        } catch (IOException e) {
            return failure(L, IoFailure.of(e), name);
        }
    }

    /** opencheckfile: a file that must open, or an error. */
    private Userdata openOrError(LuaThread L, LuaString name, String mode) {
        try {
            return fileUserdata(openFile(L, name, mode));
        } catch (IOException e) {
            throw L.error("cannot open file '" + cString(name) + "' (" + IoFailure.of(e).getMessage() + ")");
        }
    }

    /** io.input/io.output's argument: a file name to open, or an open file. */
    private Userdata fileOrName(LuaThread L, String mode) {
        Object t = L.tag(1);
        if (t instanceof LuaString || Values.isNumber(t)) return openOrError(L, L.checkString(1), mode);
        Userdata u = fileArg(L, 1);
        checkOpen(L, u);
        return u;
    }

    private int popen(LuaThread L) {
        LuaString command = L.checkString(1);
        String mode = L.optString(2, LuaString.valueOf("r")).toString();
        if (!mode.equals("r") && !mode.equals("w")) throw L.argError(2, "invalid mode");
        try {
            LuaFilePipe p = LuaFilePipe.open(state, OsLib.utf8Name(command), mode.equals("r"), resources);
            return L.push(fileUserdata(p));
        } catch (IOException e) {
            return failure(L, IoFailure.of(e), command);
        }
    }

    // ---------------------------------------------------------------- reading and writing

    private int lines(LuaThread L) {
        Userdata file;
        boolean toClose;
        if (L.isNoneOrNil(1)) {
            file = input;
            checkOpen(L, file);
            toClose = false;
        } else {
            file = openOrError(L, L.checkString(1), "r");
            toClose = true;
        }
        L.push(linesIterator(L, file, 2, toClose));
        if (!toClose) return 1;
        L.pushNil();
        L.pushNil();
        // the file is also the loop's to-be-closed value, closed when the loop is left early
        return 3 + L.push(file);
    }

    /** The iterator of io.lines and file:lines over {@code file}, with the formats from argument {@code from} on. */
    private JavaFunction linesIterator(LuaThread L, Userdata file, int from, boolean toClose) {
        Object[] formats = args(L, from);
        if (formats.length > MAX_LINE_FORMATS) throw L.argError(MAX_LINE_FORMATS + 2, "too many arguments");
        return new LinesIterator((LuaFile) file.payload, formats, toClose);
    }

    /** An iterator of io.lines or file:lines: reads with its formats, and closes a file io.lines opened at the end. */
    private static final class LinesIterator extends JavaFunction {
        private final LuaFile f;
        private final Object[] formats;
        private final boolean toClose;

        LinesIterator(LuaFile f, Object[] formats, boolean toClose) {
            super(UNNAMED);
            this.f = f;
            this.formats = formats;
            this.toClose = toClose;
        }

        @Override
        public int call(LuaThread L) {
            if (f.isClosed()) throw L.error("file is already closed");
            int n = IoRead.read(L, f, formats, 2);
            Object first = L.stack[L.top - n];
            if (!Values.isFalse(first)) return n;
            if (n > 1) {
                // a read error: its message is the second result
                throw L.error(L.stack[L.top - n + 1].toString());
            }
            if (toClose) f.close(L);
            return 0;
        }
    }

    private static int write(LuaThread L, LuaFile f, int from, Userdata self) {
        int n = L.nargs();
        IoFailure failure = null;
        for (int i = from; i <= n; i++) {
            Object t = L.tag(i);
            LuaString s;
            if (t == Num.INT) {
                s = Numerals.toLuaString(L.bits(i));
            } else if (t == Num.FLT) {
                s = LuaString.valueOf(formatFloat(Double.longBitsToDouble(L.bits(i))));
            } else if (t instanceof LuaString str) {
                s = str;
            } else {
                throw L.typeArgError(i, "string");
            }
            if (failure != null) continue;
            try {
                f.write(s.bytes(), 0, s.length());
            } catch (IOException e) {
                failure = IoFailure.of(e);
            }
        }
        if (failure != null) return failure(L, failure, null);
        return L.push(self);
    }

    /** io.write's "%.14g": tostring's form without the ".0" that marks a float. */
    static String formatFloat(double d) {
        String s = Numerals.toString(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    private static int flushResult(LuaThread L, LuaFile f) {
        try {
            f.flush();
            return L.pushBoolean(true);
        } catch (IOException e) {
            return failure(L, IoFailure.of(e), null);
        }
    }

    private int seek(LuaThread L) {
        LuaFile f = toFile(L);
        int whence = checkOption(L, 2, "cur", SEEK_OPTIONS);
        long offset = L.optInteger(3, 0);
        try {
            return L.pushInteger(f.seek(whence, offset));
        } catch (IOException e) {
            return failure(L, IoFailure.of(e), null);
        }
    }

    private int setvbuf(LuaThread L) {
        LuaFile f = toFile(L);
        int mode = checkOption(L, 2, null, VBUF_OPTIONS);
        long size = L.optInteger(3, DEFAULT_VBUF);
        try {
            f.setvbuf(LuaFile.Buffering.values()[mode], (int) Math.max(1, Math.min(size, 1 << 30)));
            return L.pushBoolean(true);
        } catch (IOException e) {
            return failure(L, IoFailure.of(e), null);
        }
    }
}
