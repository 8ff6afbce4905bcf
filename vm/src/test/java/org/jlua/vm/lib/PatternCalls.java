package org.jlua.vm.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.jlua.vm.LuaError;
import org.jlua.vm.LuaString;
import org.junit.jupiter.api.function.Executable;

/**
 * The pattern functions called with Java strings (one char per byte) and their results
 * rendered the way {@code print} shows them, values separated by one space.
 */
final class PatternCalls {
    private PatternCalls() {
    }

    static LuaString ls(String s) {
        return LuaString.valueOf(s);
    }

    static String render(Object[] values) {
        if (values == null) return "nil";
        List<String> parts = new ArrayList<>();
        for (Object v : values) parts.add(String.valueOf(v));
        return String.join(" ", parts);
    }

    static String find(String s, String p) {
        return find(s, p, 1, false);
    }

    static String find(String s, String p, long init) {
        return find(s, p, init, false);
    }

    static String find(String s, String p, long init, boolean plain) {
        return render(LuaPattern.find(ls(s), ls(p), init, plain));
    }

    static String match(String s, String p) {
        return match(s, p, 1);
    }

    static String match(String s, String p, long init) {
        return render(LuaPattern.match(ls(s), ls(p), init));
    }

    /** Every iteration's captures in brackets: "[k1 v1][k2 v2]". */
    static String gmatch(String s, String p) {
        return gmatch(s, p, 1);
    }

    static String gmatch(String s, String p, long init) {
        PatternGmatch it = LuaPattern.gmatch(ls(s), ls(p), init);
        StringBuilder sb = new StringBuilder();
        for (Object[] caps = it.next(); caps != null; caps = it.next()) {
            sb.append('[').append(render(caps)).append(']');
        }
        return sb.toString();
    }

    /** The new string and the count: "hell0 w0rld 2". */
    static String gsub(String s, String p, String repl) {
        return render(LuaPattern.gsub(ls(s), ls(p), PatternReplacement.template(ls(repl))));
    }

    static String gsub(String s, String p, String repl, long maxN) {
        return render(LuaPattern.gsub(ls(s), ls(p), PatternReplacement.template(ls(repl)), maxN));
    }

    static String render(LuaPattern.GsubResult r) {
        return r.value() + " " + r.count();
    }

    static void assertError(String message, Executable call) {
        LuaError e = assertThrows(LuaError.class, call);
        assertEquals(message, e.getMessage());
    }
}
