package org.jlua.vm.lib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.jlua.vm.JavaFunction;
import org.jlua.vm.LuaClosure;
import org.jlua.vm.LuaError;
import org.jlua.vm.LuaFunction;
import org.jlua.vm.LuaState;
import org.jlua.vm.LuaString;
import org.jlua.vm.LuaTable;
import org.jlua.vm.LuaThread;
import org.jlua.vm.Proto;
import org.jlua.vm.ProtoDump;
import org.jlua.vm.Values;

/**
 * The package library (manual section 6.3) with {@code require}, and the file-loading base
 * functions {@code loadfile} and {@code dofile} that share its way of reading a chunk.
 * jlua loads no C modules: the C searchers only report the files they did not find.
 */
public final class PackageLib {
    static final String DEFAULT_PATH = "/usr/local/share/lua/5.4/?.lua;/usr/local/share/lua/5.4/?/init.lua;"
            + "/usr/local/lib/lua/5.4/?.lua;/usr/local/lib/lua/5.4/?/init.lua;./?.lua;./?/init.lua";
    static final String DEFAULT_CPATH = "/usr/local/lib/lua/5.4/?.so;/usr/local/lib/lua/5.4/loadall.so;./?.so";

    private PackageLib() {}

    public static void open(LuaState state, LuaTable loaded) {
        LuaTable pkg = new LuaTable();
        pkg.rawSet("config", LuaString.valueOf("/\n;\n?\n!\n-\n"));
        pkg.rawSet("path", LuaString.valueOf(envPath("LUA_PATH_5_4", "LUA_PATH", DEFAULT_PATH)));
        pkg.rawSet("cpath", LuaString.valueOf(envPath("LUA_CPATH_5_4", "LUA_CPATH", DEFAULT_CPATH)));
        pkg.rawSet("loaded", loaded);
        pkg.rawSet("preload", new LuaTable());
        LuaTable searchers = new LuaTable();
        searchers.rawSet(1L, new PackageFunction("searcher_preload", SEARCHER_PRELOAD, pkg, loaded));
        searchers.rawSet(2L, new PackageFunction("searcher_Lua", SEARCHER_LUA, pkg, loaded));
        searchers.rawSet(3L, new PackageFunction("searcher_C", SEARCHER_C, pkg, loaded));
        searchers.rawSet(4L, new PackageFunction("searcher_Croot", SEARCHER_CROOT, pkg, loaded));
        pkg.rawSet("searchers", searchers);
        pkg.rawSet("loadlib", new PackageFunction("package.loadlib", LOADLIB, pkg, loaded));
        pkg.rawSet("searchpath", new PackageFunction("package.searchpath", SEARCHPATH, pkg, loaded));
        state.globals.rawSet("package", pkg);
        loaded.rawSet("package", pkg);
        state.globals.rawSet("require", new PackageFunction("require", REQUIRE, pkg, loaded));
        state.globals.rawSet("loadfile", new PackageFunction("loadfile", LOADFILE, pkg, loaded));
        state.globals.rawSet("dofile", new PackageFunction("dofile", DOFILE, pkg, loaded));
    }

    /**
     * The command's -E: package.path and package.cpath as if LUA_PATH and LUA_CPATH were
     * not set (lua.c opens the libraries after reading -E; jlua's are open by then).
     */
    public static void useDefaultPaths(LuaState state) {
        if (!(state.globals.rawGet("package") instanceof LuaTable pkg)) return;
        pkg.rawSet("path", LuaString.valueOf(DEFAULT_PATH));
        pkg.rawSet("cpath", LuaString.valueOf(DEFAULT_CPATH));
    }

    /** The package functions' indexes, in the order open registers them. */
    private static final int SEARCHER_PRELOAD = 0, SEARCHER_LUA = 1, SEARCHER_C = 2, SEARCHER_CROOT = 3, LOADLIB = 4,
            SEARCHPATH = 5, REQUIRE = 6, LOADFILE = 7, DOFILE = 8;

    /**
     * The package functions, require, loadfile and dofile, one class dispatching on an index
     * instead of a lambda per function: each lambda costs start-up time to link. The searchers
     * and require work on the state's package table and package.loaded, which they hold.
     */
    private static final class PackageFunction extends JavaFunction {
        private final int id;
        private final LuaTable pkg;
        private final LuaTable loaded;

        PackageFunction(String name, int id, LuaTable pkg, LuaTable loaded) {
            super(name);
            this.id = id;
            this.pkg = pkg;
            this.loaded = loaded;
        }

        @Override
        public int call(LuaThread L) {
            return switch (id) {
                case SEARCHER_PRELOAD -> searchPreload(L, pkg);
                case SEARCHER_LUA -> searchLua(L, pkg);
                case SEARCHER_C -> searchC(L, pkg, "cpath");
                case SEARCHER_CROOT -> searchCroot(L, pkg);
                case LOADLIB -> loadlib(L);
                case SEARCHPATH -> searchpath(L);
                case REQUIRE -> require(L, pkg, loaded);
                case LOADFILE -> loadfile(L);
                case DOFILE -> dofile(L);
                default -> throw new AssertionError("no package function " + id);
            };
        }
    }

    /** No dynamic libraries on the JVM: loadlib fails as a C Lua built without them does. */
    private static int loadlib(LuaThread L) {
        L.checkString(1);
        L.checkString(2);
        L.pushNil();
        L.pushString("dynamic libraries not enabled; check your Lua installation");
        return 2 + L.pushString("absent");
    }

    private static int searchpath(LuaThread L) {
        // checked last to first: lua5.4's C compiler evaluates the call's arguments that way
        String rep = L.optString(4, LuaString.valueOf("/")).toString();
        String sep = L.optString(3, LuaString.valueOf(".")).toString();
        LuaString path = L.checkString(2);
        LuaString name = L.checkString(1);
        StringBuilder tried = new StringBuilder();
        String found = searchPath(L, name.toString(), path.toString(), sep, rep, tried);
        if (found != null) return L.pushString(found);
        L.pushNil();
        return 1 + L.pushString(tried.toString());
    }

    private static int dofile(LuaThread L) {
        String name = L.isNoneOrNil(1) ? null : L.checkString(1).toString();
        LuaClosure f = loadOrThrow(L, name);
        int func = L.top;
        L.push(f);
        return L.callReturning(func, 0, -1);
    }

    private static String envPath(String versioned, String plain, String def) {
        String v = System.getenv(versioned);
        if (v == null) v = System.getenv(plain);
        if (v == null) return def;
        return withDefault(v, def);
    }

    /**
     * A path from the environment with its first ";;" replaced by the default path, as Lua
     * 5.4 does it: without a ';' of its own at either end when nothing is before or after it
     * (";;" alone is the default path, not ";default;").
     */
    static String withDefault(String path, String def) {
        int mark = path.indexOf(";;");
        if (mark < 0) return path;
        StringBuilder b = new StringBuilder();
        if (mark > 0) b.append(path, 0, mark).append(';');
        b.append(def);
        if (mark + 2 < path.length()) b.append(';').append(path, mark + 2, path.length());
        return b.toString();
    }

    // ---------------------------------------------------------------- loading files

    /** A '#' first line is not Lua: blank it, keeping its newline; a UTF-8 BOM is skipped too. */
    private static byte[] skipFirstLineComment(byte[] source) {
        int start = 0;
        if (source.length >= 3 && (source[0] & 0xFF) == 0xEF && (source[1] & 0xFF) == 0xBB && (source[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        if (start < source.length && source[start] == '#') {
            while (start < source.length && source[start] != '\n') start++;
        }
        if (start == 0) return source;
        byte[] copy = new byte[source.length - start];
        System.arraycopy(source, start, copy, 0, copy.length);
        return copy;
    }

    /**
     * luaL_loadfile's message for a file it could not load: "cannot open" when the file could
     * not be opened (missing, not permitted), "cannot read" when reading it failed (a
     * directory opens, then fails to read), each with the reason.
     */
    private static String fileError(String name, IOException e) {
        boolean open = e instanceof NoSuchFileException || e instanceof java.nio.file.AccessDeniedException;
        return (open ? "cannot open " : "cannot read ") + name + ": " + OsLib.reason(e);
    }

    /** A file's bytes and the chunk name luaL_loadfile gives them ("@name", or "=stdin"). */
    private record FileSource(byte[] bytes, String chunkName) {}

    /**
     * Reads a file whose name is given as Lua bytes (standard input when name is null); null
     * and luaL_loadfile's message ({@link #fileError}) in {@code error[0]} when it cannot.
     */
    private static FileSource readFile(LuaThread L, String name, String[] error) {
        try {
            if (name == null) return new FileSource(L.state.stdin.readAllBytes(), "=stdin");
            return new FileSource(Files.readAllBytes(L.state.workingDir.resolve(OsLib.utf8Name(LuaString.valueOf(name)))),
                    "@" + name);
        } catch (IOException e) {
            error[0] = fileError(name == null ? "stdin" : name, e);
            return null;
        }
    }

    /**
     * Compiles a file (stdin when name is null), or loads it if it is a binary chunk, as
     * {@code mode} ("b", "t" or "bt") allows; null and an error message in {@code error[0]}
     * on failure.
     */
    public static Proto compileFile(LuaThread L, String name, String mode, String[] error) {
        FileSource file = readFile(L, name, error);
        if (file == null) return null;
        byte[] source = file.bytes();
        String chunkName = file.chunkName();
        int binary = binaryChunkStart(source);
        if (mode.indexOf(binary >= 0 ? 'b' : 't') < 0) {
            error[0] = "attempt to load a " + (binary >= 0 ? "binary" : "text") + " chunk (mode is '" + mode + "')";
            return null;
        }
        try {
            if (binary >= 0) return ProtoDump.undump(Arrays.copyOfRange(source, binary, source.length), chunkName);
            return L.state.loader.compile(skipFirstLineComment(source), chunkName);
        } catch (LuaError e) {
            error[0] = e.value() instanceof LuaString s ? s.toString() : String.valueOf(e.value());
            return null;
        }
    }

    /** Where a binary chunk starts in a file (after a BOM and a '#' line, as for text), or -1 for text. */
    private static int binaryChunkStart(byte[] source) {
        int at = source.length >= 3 && (source[0] & 0xFF) == 0xEF && (source[1] & 0xFF) == 0xBB
                && (source[2] & 0xFF) == 0xBF ? 3 : 0;
        if (at < source.length && source[at] == '#') {
            while (at < source.length && source[at] != '\n') at++;
            at++;
        }
        return ProtoDump.isBinary(source, at) ? at : -1;
    }

    private static LuaClosure loadOrThrow(LuaThread L, String name) {
        String[] error = new String[1];
        Proto p = compileFile(L, name, "bt", error);
        if (p == null) throw new LuaError(LuaString.valueOf(error[0]));
        return L.state.closeMain(p, L.state.globals, 0);
    }

    private static int loadfile(LuaThread L) {
        String name = L.isNoneOrNil(1) ? null : L.checkString(1).toString();
        String mode = L.isNoneOrNil(2) ? "bt" : L.checkString(2).toString();
        String[] error = new String[1];
        Proto p = compileFile(L, name, mode, error);
        if (p == null) {
            L.pushNil();
            return 1 + L.pushString(error[0]);
        }
        LuaClosure f = L.isNone(3) ? L.state.closeMain(p, L.state.globals, 0) : L.state.closeMain(p, L.tag(3), L.bits(3));
        return L.push(f);
    }

    // ---------------------------------------------------------------- require

    private static int require(LuaThread L, LuaTable pkg, LuaTable loaded) {
        LuaString name = L.checkString(1);
        Object have = loaded.rawGet(name);
        if (have != null && have != Boolean.FALSE) return L.push(have);
        Object searchers = pkg.rawGet("searchers");
        if (!(searchers instanceof LuaTable list)) throw L.error("'package.searchers' must be a table");
        StringBuilder msg = new StringBuilder();
        for (long i = 1; ; i++) {
            Object searcher = list.rawGetInt(i);
            if (searcher == null) {
                throw L.error("module '" + name + "' not found:" + msg);
            }
            Object[] r = L.callBoxed(searcher, name);
            Object loader = r.length > 0 ? r[0] : null;
            if (loader instanceof LuaFunction) {
                Object extra = r.length > 1 ? r[1] : null;
                Object[] result = L.callBoxed(loader, name, extra);
                Object value = result.length > 0 ? result[0] : null;
                if (value != null) loaded.rawSet(name, value);
                else if (loaded.rawGet(name) == null) loaded.rawSet(name, Boolean.TRUE);
                L.push(loaded.rawGet(name));
                return 1 + L.push(extra);
            }
            if (loader instanceof LuaString s) msg.append("\n\t").append(s);
        }
    }

    private static int searchPreload(LuaThread L, LuaTable pkg) {
        LuaString name = L.checkString(1);
        Object preload = pkg.rawGet("preload");
        if (!(preload instanceof LuaTable t)) throw L.error("'package.preload' must be a table");
        Object loader = t.rawGet(name);
        if (loader == null) return L.pushString("no field package.preload['" + name + "']");
        L.push(loader);
        return 1 + L.pushString(":preload:");
    }

    private static int searchLua(LuaThread L, LuaTable pkg) {
        LuaString name = L.checkString(1);
        Object path = pkg.rawGet("path");
        if (!(path instanceof LuaString p)) throw L.error("'package.path' must be a string");
        StringBuilder tried = new StringBuilder();
        String file = searchPath(L, name.toString(), p.toString(), ".", "/", tried);
        if (file == null) return L.pushString(tried.toString());
        String[] error = new String[1];
        Proto proto = compileFile(L, file, "bt", error);
        if (proto == null) {
            throw L.error("error loading module '" + name + "' from file '" + file + "':\n\t" + error[0]);
        }
        L.push(L.state.closeMain(proto, L.state.globals, 0));
        return 1 + L.pushString(file);
    }

    private static int searchC(LuaThread L, LuaTable pkg, String field) {
        LuaString name = L.checkString(1);
        Object path = pkg.rawGet(field);
        if (!(path instanceof LuaString p)) throw L.error("'package.cpath' must be a string");
        StringBuilder tried = new StringBuilder();
        String file = searchPath(L, name.toString(), p.toString(), ".", "/", tried);
        if (file == null) return L.pushString(tried.toString());
        return L.pushString("C modules cannot be loaded by jlua: '" + file + "'");
    }

    private static int searchCroot(LuaThread L, LuaTable pkg) {
        String name = L.checkString(1).toString();
        int dot = name.indexOf('.');
        if (dot < 0) return 0;
        L.stack[L.argIndex(1)] = LuaString.valueOf(name.substring(0, dot));
        return searchC(L, pkg, "cpath");
    }

    /** package.searchpath: the first readable file, or null with the "no file" lines in {@code tried}. */
    static String searchPath(LuaThread L, String name, String path, String sep, String rep, StringBuilder tried) {
        if (!sep.isEmpty()) name = name.replace(sep, rep);
        // an empty template is tried too (and reported as "no file ''"), as Lua 5.4 does
        for (String template : path.split(";", -1)) {
            String file = template.replace("?", name);
            Path p = L.state.workingDir.resolve(OsLib.utf8Name(LuaString.valueOf(file)));
            if (!file.isEmpty() && Files.isReadable(p) && !Files.isDirectory(p)) return file;
            if (tried.length() > 0) tried.append("\n\t");
            tried.append("no file '").append(file).append("'");
        }
        return null;
    }

    static boolean isFunction(Object v) {
        return Values.typeName(Values.tag(v)).equals("function");
    }
}
