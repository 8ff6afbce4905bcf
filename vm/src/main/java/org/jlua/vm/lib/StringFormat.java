package org.jlua.vm.lib;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jlua.vm.LuaString;

/**
 * {@code string.format} (manual 6.4): the format string is copied, each {@code %} item is
 * replaced by its argument formatted as C's printf would. Lua accepts only a subset of
 * printf: per conversion a set of flags, a width and a precision of at most two digits, and
 * no length modifiers; anything else is an error.
 */
public final class StringFormat {
    /** Characters a specification may hold before its conversion letter ('0' counts as a flag). */
    private static final String SPEC_CHARS = "-+ #0123456789.";
    /** Lua's MAX_FORMAT (32) less room for the length modifier: longer items are refused. */
    private static final int MAX_SPEC = 22;
    /** Strings at least this long are copied whole when the item has no precision. */
    private static final int MAX_PADDED_STRING = 100;

    private static final String FLOAT_FLAGS = "-+ #0";
    private static final String HEX_FLAGS = "-#0";
    private static final String SIGNED_FLAGS = "-+ 0";
    private static final String UNSIGNED_FLAGS = "-0";
    private static final String CHAR_FLAGS = "-";

    private StringFormat() {
    }

    /** {@code string.format(fmt, ...)}: arguments come from {@code args}, starting at 2. */
    public static byte[] format(byte[] fmt, FormatArgs args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(fmt.length + 16);
        int top = args.top();
        int arg = 1;
        int i = 0;
        while (i < fmt.length) {
            byte c = fmt[i++];
            if (c != '%') {
                out.write(c);
                continue;
            }
            if (i < fmt.length && fmt[i] == '%') {
                out.write('%');
                i++;
                continue;
            }
            if (++arg > top) throw args.argError(arg, "no value");
            int specEnd = i;
            while (specEnd < fmt.length && SPEC_CHARS.indexOf(fmt[specEnd]) >= 0) specEnd++;
            // The conversion letter; past the end C sees the string's terminating '\0'.
            int conversion = specEnd < fmt.length ? fmt[specEnd] & 0xFF : 0;
            if (specEnd - i + 1 >= MAX_SPEC) throw args.error("invalid format (too long)");
            String form = "%" + new String(fmt, i, specEnd - i, StandardCharsets.ISO_8859_1)
                    + (conversion == 0 ? "" : String.valueOf((char) conversion));
            i = specEnd + 1;
            item(form, conversion, arg, args, out);
        }
        return out.toByteArray();
    }

    /** Formats one item, {@code form} being its specification ("%5.2f"). */
    private static void item(String form, int conversion, int arg, FormatArgs args,
                             ByteArrayOutputStream out) {
        switch (conversion) {
            case 'c' -> {
                FormatSpec spec = check(form, CHAR_FLAGS, false, args);
                byte b = (byte) args.checkInteger(arg);
                String pad = spec.pad("", " ", false);
                // The byte itself may be anything, so pad around a placeholder space.
                int at = spec.leftAlign() ? 0 : pad.length() - 1;
                byte[] bytes = ascii(pad);
                bytes[at] = b;
                out.writeBytes(bytes);
            }
            case 'd', 'i' -> integer(form, SIGNED_FLAGS, arg, args, out);
            case 'u' -> integer(form, UNSIGNED_FLAGS, arg, args, out);
            case 'o', 'x', 'X' -> integer(form, HEX_FLAGS, arg, args, out);
            case 'a', 'A' -> {
                // Lua checks this item before its argument, the other floats after.
                FormatSpec spec = check(form, FLOAT_FLAGS, true, args);
                out.writeBytes(ascii(FormatHexFloat.format(spec, args.checkNumber(arg))));
            }
            case 'e', 'E', 'f', 'g', 'G' -> {
                double v = args.checkNumber(arg);
                out.writeBytes(ascii(FormatFloat.format(check(form, FLOAT_FLAGS, true, args), v)));
            }
            case 'p' -> {
                FormatSpec spec = check(form, CHAR_FLAGS, false, args);
                long p = args.pointer(arg);
                String body = p == 0 ? "(null)" : "0x" + Long.toHexString(p);
                out.writeBytes(ascii(spec.pad("", body, false)));
            }
            case 'q' -> {
                if (form.length() > 2) throw args.error("specifier '%q' cannot have modifiers");
                byte[] literal = FormatQuoted.literal(args.value(arg));
                if (literal == null) throw args.argError(arg, "value has no literal form");
                out.writeBytes(literal);
            }
            case 's' -> string(form, arg, args, out);
            default -> throw args.error("invalid conversion '" + form + "' to 'format'");
        }
    }

    private static void integer(String form, String flags, int arg, FormatArgs args,
                                ByteArrayOutputStream out) {
        long v = args.checkInteger(arg);
        out.writeBytes(ascii(FormatInteger.format(check(form, flags, true, args), v)));
    }

    private static void string(String form, int arg, FormatArgs args, ByteArrayOutputStream out) {
        byte[] s = args.toLuaString(arg).bytes();
        if (form.length() == 2) {
            out.writeBytes(s);
            return;
        }
        for (byte b : s) {
            if (b == 0) throw args.argError(arg, "string contains zeros");
        }
        FormatSpec spec = check(form, CHAR_FLAGS, true, args);
        if (spec.precision() < 0 && s.length >= MAX_PADDED_STRING) {
            out.writeBytes(s);
            return;
        }
        int len = spec.precision() < 0 ? s.length : Math.min(s.length, spec.precision());
        int fill = Math.max(spec.width() - len, 0);
        if (!spec.leftAlign()) writeSpaces(out, fill);
        out.write(s, 0, len);
        if (spec.leftAlign()) writeSpaces(out, fill);
    }

    private static void writeSpaces(ByteArrayOutputStream out, int n) {
        for (int i = 0; i < n; i++) out.write(' ');
    }

    /**
     * Lua's check of an item: only {@code flags}, then a width of at most two digits (not
     * starting with 0), then, if {@code precision} is allowed, '.' and at most two digits.
     */
    private static FormatSpec check(String form, String flags, boolean precision, FormatArgs args) {
        int i = 1;
        while (flags.indexOf(form.charAt(i)) >= 0) i++;
        if (form.charAt(i) != '0') {
            i = skip2Digits(form, i);
            if (form.charAt(i) == '.' && precision) i = skip2Digits(form, i + 1);
        }
        if (i != form.length() - 1) {
            throw args.error("invalid conversion specification: '" + form + "'");
        }
        return FormatSpec.parse(form);
    }

    private static int skip2Digits(String form, int i) {
        if (Character.isDigit(form.charAt(i))) {
            i++;
            if (Character.isDigit(form.charAt(i))) i++;
        }
        return i;
    }

    /** One item formatted on its own, e.g. {@code formatFloat("%.14g", x)} for {@code tostring}. */
    public static String formatFloat(String spec, double v) {
        FormatSpec s = FormatSpec.parse(spec);
        return s.conversion() == 'a' || s.conversion() == 'A'
                ? FormatHexFloat.format(s, v) : FormatFloat.format(s, v);
    }

    /** One integer item formatted on its own, e.g. {@code formatInteger("%5d", n)}. */
    public static String formatInteger(String spec, long v) {
        return FormatInteger.format(FormatSpec.parse(spec), v);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
