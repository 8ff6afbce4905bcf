package org.jlua.vm;

/**
 * A Lua error in flight. It carries the Lua value passed to {@code error} (any value,
 * not only strings); position prefixes are already part of a string value where Lua
 * adds them. Syntax errors from the lexer, parser and compiler are LuaErrors too.
 */
public class LuaError extends RuntimeException {
    private final Object value;
    /** The traceback captured where the error was raised, for the command line to print. */
    private String traceback;

    /** An error whose value is the Lua string {@code message} (chars are bytes). */
    public LuaError(String message) {
        super(message, null, false, false);
        this.value = LuaString.valueOf(message);
    }

    /** An error carrying any Lua value, boxed ({@code Long}, {@code Double}, {@code LuaString}, ...). */
    public LuaError(Object value) {
        super(null, null, false, false);
        this.value = value;
    }

    public Object value() {
        return value;
    }

    public String traceback() {
        return traceback;
    }

    public void setTraceback(String traceback) {
        this.traceback = traceback;
    }

    @Override
    public String getMessage() {
        return value instanceof LuaString || value instanceof Long || value instanceof Double
                ? String.valueOf(value) : "(error object is a " + typeName(value) + " value)";
    }

    private static String typeName(Object v) {
        if (v == null) return "nil";
        if (v instanceof Boolean) return "boolean";
        return "non-string";
    }
}
