package org.jlua.vm.lib;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jlua.vm.LuaString;

/**
 * {@code %q}: a value written as Lua source that reads back as the same value. Floats are
 * written in hexadecimal so no digit is lost; inf and nan become expressions.
 */
final class FormatQuoted {
    private FormatQuoted() {
    }

    /** The literal for {@code value}, or null when it has none (tables, functions, ...). */
    static byte[] literal(Object value) {
        if (value instanceof LuaString s) return quote(s.bytes());
        if (value instanceof Long n) {
            // The most negative integer has no decimal literal: -9223372036854775808 reads as a float.
            String text = n == Long.MIN_VALUE ? "0x8000000000000000" : Long.toString(n);
            return ascii(text);
        }
        if (value instanceof Double d) return ascii(floatLiteral(d));
        if (value == null) return ascii("nil");
        if (value instanceof Boolean b) return ascii(b.toString());
        return null;
    }

    static String floatLiteral(double d) {
        if (d == Double.POSITIVE_INFINITY) return "1e9999";
        if (d == Double.NEGATIVE_INFINITY) return "-1e9999";
        if (Double.isNaN(d)) return "(0/0)";
        return FormatHexFloat.format(FormatSpec.parse("%a"), d);
    }

    /**
     * A string between double quotes. Quote, backslash and newline are escaped by a
     * backslash; other control bytes become decimal escapes, three digits wide when a digit
     * follows so that the escape does not swallow it.
     */
    static byte[] quote(byte[] s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length + 2);
        out.write('"');
        for (int i = 0; i < s.length; i++) {
            int c = s[i] & 0xFF;
            if (c == '"' || c == '\\' || c == '\n') {
                out.write('\\');
                out.write(c);
            } else if (PatternClass.isControl(c)) {
                boolean digitNext = i + 1 < s.length && PatternClass.isDigit(s[i + 1] & 0xFF);
                String escape = "\\" + (digitNext && c < 10 ? "00" : digitNext && c < 100 ? "0" : "") + c;
                out.writeBytes(ascii(escape));
            } else {
                out.write(c);
            }
        }
        out.write('"');
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
