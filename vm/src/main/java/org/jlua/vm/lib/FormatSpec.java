package org.jlua.vm.lib;

/**
 * One conversion specification of {@code string.format}, as C's printf reads it: flags,
 * minimum field width, precision (-1 when absent) and the conversion letter.
 */
public record FormatSpec(boolean leftAlign, boolean plus, boolean space, boolean alternate,
                         boolean zeroPad, int width, int precision, char conversion) {

    /**
     * Reads a C-style specification such as {@code "%-08.3f"} or {@code "%.14g"}. Lua's own
     * limits (which flags go with which conversion, two-digit width and precision) are
     * checked by {@link StringFormat}; this only requires the general shape.
     */
    public static FormatSpec parse(String spec) {
        int i = 0;
        int n = spec.length();
        if (n < 2 || spec.charAt(i++) != '%') throw new IllegalArgumentException(spec);
        boolean left = false, plus = false, space = false, alt = false, zero = false;
        for (; i < n; i++) {
            char c = spec.charAt(i);
            if (c == '-') left = true;
            else if (c == '+') plus = true;
            else if (c == ' ') space = true;
            else if (c == '#') alt = true;
            else if (c == '0') zero = true;
            else break;
        }
        int width = 0;
        while (i < n && Character.isDigit(spec.charAt(i))) width = width * 10 + spec.charAt(i++) - '0';
        int precision = -1;
        if (i < n && spec.charAt(i) == '.') {
            i++;
            precision = 0;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                precision = precision * 10 + spec.charAt(i++) - '0';
            }
        }
        if (i != n - 1) throw new IllegalArgumentException(spec);
        return new FormatSpec(left, plus, space, alt, zero, width, precision, spec.charAt(i));
    }

    /** Whether the conversion letter is upper case ({@code %X}, {@code %E}, {@code %G}, {@code %A}). */
    boolean upperCase() {
        return conversion >= 'A' && conversion <= 'Z';
    }

    /** The sign a number shows: '-' when negative, else what the '+' or ' ' flag asks for. */
    String sign(boolean negative) {
        return negative ? "-" : plus ? "+" : space ? " " : "";
    }

    /**
     * {@code prefix} (sign, "0x") and {@code body} filled to the field width: spaces on the
     * right with '-', zeros between prefix and body with '0' (where {@code zerosAllowed}),
     * otherwise spaces on the left.
     */
    String pad(String prefix, String body, boolean zerosAllowed) {
        int fill = width - prefix.length() - body.length();
        if (fill <= 0) return prefix + body;
        StringBuilder sb = new StringBuilder(width);
        if (leftAlign) {
            sb.append(prefix).append(body);
            repeat(sb, ' ', fill);
        } else if (zeroPad && zerosAllowed) {
            sb.append(prefix);
            repeat(sb, '0', fill);
            sb.append(body);
        } else {
            repeat(sb, ' ', fill);
            sb.append(prefix).append(body);
        }
        return sb.toString();
    }

    static void repeat(StringBuilder sb, char c, int count) {
        for (int i = 0; i < count; i++) sb.append(c);
    }
}
