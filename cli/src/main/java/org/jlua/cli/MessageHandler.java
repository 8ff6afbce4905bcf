package org.jlua.cli;

import org.jlua.vm.Event;
import org.jlua.vm.JavaFunction;
import org.jlua.vm.LuaError;
import org.jlua.vm.LuaString;
import org.jlua.vm.LuaThread;
import org.jlua.vm.Metamethods;
import org.jlua.vm.Traceback;
import org.jlua.vm.Values;

/**
 * lua.c's message handler, which makes the report of an uncaught error: a string or number
 * message gets a traceback; another value is replaced by what its {@code __tostring} returns
 * when that is a string (then without a traceback), else by "(error object is a T value)"
 * with a traceback.
 *
 * It runs as a Java function called on top of the failed call's frames, where C Lua calls
 * its handler: so a {@code __tostring} sees the same levels through debug.getinfo (itself
 * 1, the handler 2, the function that raised the error 3, ...), and the traceback starts at
 * the function that raised the error. An error inside the handler is handled in turn, with
 * the handler's own frame in its traceback, as in C Lua.
 */
final class MessageHandler extends JavaFunction {
    /**
     * How many errors inside the handler are handled in turn: each nests the handler and
     * what it called on the last ones, two C calls a time in C Lua, until its C stack limit
     * (200 calls) makes the error a "C stack overflow", which the handler still reports.
     */
    private static final int MAX_NESTED = 200 / 2;

    MessageHandler() {
        super("?");
    }

    /** The report of {@code e}, made on top of the frames it was raised in; they are left in place. */
    static String report(LuaThread L, LuaError e) {
        MessageHandler handler = new MessageHandler();
        Object value = e.value();
        for (int nested = 0; nested < MAX_NESTED; nested++) {
            try {
                Object[] r = L.callBoxed(handler, value);
                return r.length > 0 && r[0] instanceof LuaString s ? s.toString() : "?";
            } catch (LuaError inner) {
                value = inner.value(); // raised inside the handler, whose frames are still there
            }
        }
        return Traceback.of(L, "C stack overflow", 0);
    }

    @Override
    public int call(LuaThread L) {
        Object tag = L.tag(1);
        long bits = L.bits(1);
        LuaString message;
        if (tag instanceof LuaString || Values.isNumber(tag)) {
            message = Values.toLuaString(tag, bits);
        } else {
            Object tm = Metamethods.of(L.state, tag, Event.TOSTRING);
            if (tm != null) {
                Object[] r = L.callBoxed(tm, Values.box(tag, bits));
                if (r.length > 0 && r[0] instanceof LuaString s) return L.push(s);
            }
            message = LuaString.valueOf("(error object is a " + Values.typeName(tag) + " value)");
        }
        return L.pushString(Traceback.of(L, message.toString(), 1));
    }
}
