package org.jlua.luatests;

import java.nio.charset.StandardCharsets;

/** Byte-exact text helpers: each byte is one char (ISO-8859-1), as in org.jlua.vm.LuaString. */
final class Bytes {
    private Bytes() {}

    static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** The text up to the first line break (a lone {@code \n} or {@code \r\n}). */
    static String firstLine(String text) {
        int end = text.indexOf('\n');
        if (end < 0) {
            return text;
        }
        return end > 0 && text.charAt(end - 1) == '\r' ? text.substring(0, end - 1) : text.substring(0, end);
    }

    /**
     * A line as a reader can check it: tabs, control bytes and bytes above 126 are escaped, so
     * that a tab and a space, or {@code \xff} and {@code ?}, never look alike in a report.
     */
    static String visible(String line) {
        StringBuilder sb = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\\') {
                sb.append("\\\\");
            } else if (c < 0x20 || c > 0x7e) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
