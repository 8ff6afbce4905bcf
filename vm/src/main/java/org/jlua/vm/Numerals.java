package org.jlua.vm;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Lua's one set of rules between numbers and strings: what counts as a numeral (shared by
 * the lexer, {@code tonumber} and string arithmetic) and how a number is written
 * ({@code tostring}, concatenation). The acceptance follows C Lua's {@code luaO_str2num},
 * which first tries an integer and then C's {@code strtod} without "inf" and "nan".
 */
public final class Numerals {
    /** Floats are written as C's {@code "%.14g"}. */
    private static final int FLOAT_DIGITS = 14;
    private static final MathContext FLOAT_CONTEXT = new MathContext(FLOAT_DIGITS, RoundingMode.HALF_EVEN);
    /** Caps a huge written exponent; any value past it over- or underflows anyway. */
    private static final long EXPONENT_CAP = 1L << 40;

    private Numerals() {
    }

    /** The value of a Lua numeral in {@code s}: a Long, a Double, or null if it is not one. */
    public static Object parse(LuaString s) {
        return parse(s.bytes(), 0, s.length());
    }

    /**
     * The value of the numeral in {@code s[from, to)}, surrounding white space allowed:
     * a Long, a Double, or null if the text is not a Lua numeral.
     */
    public static Object parse(byte[] s, int from, int to) {
        Long i = parseLuaInteger(s, from, to);
        if (i != null) return i;
        return parseFloat(s, from, to);
    }

    /**
     * {@code tonumber(s, base)}: an integer written in {@code base} (2 to 36, which the caller
     * checks) with letters for digits past 9, an optional '-', white space around; it wraps
     * around on overflow. Null if the text is not such a numeral.
     */
    public static Long parseInteger(byte[] s, int from, int to, int base) {
        int i = skipSpace(s, from, to);
        boolean negative = false;
        if (i < to && s[i] == '-') {
            negative = true;
            i++;
        } else if (i < to && s[i] == '+') {
            i++;
        }
        if (i >= to || digitValue(s[i]) < 0) return null;
        long n = 0;
        do {
            int d = digitValue(s[i]);
            if (d >= base) return null;
            n = n * base + d;
            i++;
        } while (i < to && digitValue(s[i]) >= 0);
        if (skipSpace(s, i, to) != to) return null;
        return negative ? -n : n;
    }

    /** {@code tostring} of an integer. */
    public static String toString(long i) {
        return Long.toString(i);
    }

    /** {@code tostring} of a float: {@code "%.14g"}, plus ".0" when that looks like an integer. */
    public static String toString(double d) {
        String s = formatG14(d);
        return looksLikeInteger(s) ? s + ".0" : s;
    }

    public static LuaString toLuaString(long i) {
        return LuaString.valueOf(toString(i));
    }

    public static LuaString toLuaString(double d) {
        return LuaString.valueOf(toString(d));
    }

    // ---- string -> integer ------------------------------------------------------------

    /** Decimal or hexadecimal integer; null also when a decimal one does not fit (it is a float then). */
    private static Long parseLuaInteger(byte[] s, int from, int to) {
        int i = skipSpace(s, from, to);
        boolean negative = false;
        if (i < to && s[i] == '-') {
            negative = true;
            i++;
        } else if (i < to && s[i] == '+') {
            i++;
        }
        long a = 0;
        boolean empty = true;
        if (i + 1 < to && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) {
            // Hexadecimal integers wrap around modulo 2^64.
            for (i += 2; i < to && hexValue(s[i]) >= 0; i++) {
                a = a * 16 + hexValue(s[i]);
                empty = false;
            }
        } else {
            for (; i < to && isDigit(s[i]); i++) {
                int d = s[i] - '0';
                // Past Long.MAX_VALUE (or one more when negative) the numeral is a float.
                if (Long.compareUnsigned(a, Long.MAX_VALUE / 10) >= 0
                        && (Long.compareUnsigned(a, Long.MAX_VALUE / 10) > 0 || d > 7 + (negative ? 1 : 0))) {
                    return null;
                }
                a = a * 10 + d;
                empty = false;
            }
        }
        if (empty || skipSpace(s, i, to) != to) return null;
        return negative ? -a : a;
    }

    // ---- string -> float ----------------------------------------------------------------

    /** What C's strtod accepts, less "inf", "nan" and anything left over but white space. */
    private static Double parseFloat(byte[] s, int from, int to) {
        int start = skipSpace(s, from, to);
        int end = to;
        while (end > start && isSpace(s[end - 1])) end--;
        int i = start;
        boolean negative = false;
        if (i < end && (s[i] == '-' || s[i] == '+')) {
            negative = s[i] == '-';
            i++;
        }
        Double magnitude;
        if (i + 1 < end && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) {
            magnitude = parseHexFloat(s, i + 2, end);
        } else {
            magnitude = parseDecimalFloat(s, i, end);
        }
        if (magnitude == null) return null;
        return negative ? -magnitude : magnitude;
    }

    /** digits [. digits] [(e|E) [sign] digits], with at least one mantissa digit. */
    private static Double parseDecimalFloat(byte[] s, int from, int to) {
        int i = from;
        int digits = 0;
        while (i < to && isDigit(s[i])) {
            i++;
            digits++;
        }
        if (i < to && s[i] == '.') {
            i++;
            while (i < to && isDigit(s[i])) {
                i++;
                digits++;
            }
        }
        if (digits == 0) return null;
        if (i < to && (s[i] == 'e' || s[i] == 'E')) {
            i = skipExponent(s, i + 1, to);
            if (i < 0) return null;
        }
        if (i != to) return null;
        // The text is now plain decimal syntax, which Java rounds correctly as strtod does.
        return Double.parseDouble(new String(s, from, to - from, StandardCharsets.ISO_8859_1));
    }

    /** After "0x": hexdigits [. hexdigits] [(p|P) [sign] digits], with at least one hex digit. */
    private static Double parseHexFloat(byte[] s, int from, int to) {
        // The value is mantissa * 2^exponent; digits past 60 bits only matter as a sticky bit.
        long mantissa = 0;
        long exponent = 0;
        boolean sticky = false;
        int digits = 0;
        int i = from;
        boolean seenDot = false;
        for (; i < to; i++) {
            if (s[i] == '.' && !seenDot) {
                seenDot = true;
                continue;
            }
            int d = hexValue(s[i]);
            if (d < 0) break;
            digits++;
            if (mantissa < (1L << 56)) {
                mantissa = mantissa * 16 + d;
                if (seenDot) exponent -= 4;
            } else {
                sticky |= d != 0;
                if (!seenDot) exponent += 4;
            }
        }
        if (digits == 0) return null;
        if (i < to && (s[i] == 'p' || s[i] == 'P')) {
            int j = i + 1;
            boolean negative = j < to && s[j] == '-';
            if (j < to && (s[j] == '-' || s[j] == '+')) j++;
            if (j >= to || !isDigit(s[j])) return null;
            long e = 0;
            for (; j < to && isDigit(s[j]); j++) {
                e = Math.min(e * 10 + (s[j] - '0'), EXPONENT_CAP);
            }
            exponent += negative ? -e : e;
            i = j;
        }
        if (i != to) return null;
        if (sticky) {
            mantissa = mantissa << 1 | 1;
            exponent -= 1;
        }
        return scaleRounded(mantissa, exponent);
    }

    /** mantissa * 2^exponent rounded to the nearest double, ties to even, like strtod. */
    private static double scaleRounded(long mantissa, long exponent) {
        if (mantissa == 0) return 0.0;
        int bitLength = 64 - Long.numberOfLeadingZeros(mantissa);
        long leading = exponent + bitLength - 1;
        if (leading > Double.MAX_EXPONENT) return Double.POSITIVE_INFINITY;
        // Subnormals keep fewer significant bits.
        long precision = leading >= Double.MIN_EXPONENT ? 53 : leading - (Double.MIN_EXPONENT - 53);
        long drop = bitLength - precision;
        if (drop <= 0) return Math.scalb((double) mantissa, (int) exponent);
        if (drop > bitLength) return 0.0;
        long kept = mantissa >>> drop;
        long rest = mantissa & (-1L >>> (64 - drop));
        long half = 1L << (drop - 1);
        if (rest > half || (rest == half && (kept & 1) == 1)) kept++;
        return Math.scalb((double) kept, (int) (exponent + drop));
    }

    /** [sign] digits; the index past them, or -1 if there is no digit. */
    private static int skipExponent(byte[] s, int i, int to) {
        if (i < to && (s[i] == '-' || s[i] == '+')) i++;
        if (i >= to || !isDigit(s[i])) return -1;
        while (i < to && isDigit(s[i])) i++;
        return i;
    }

    // ---- float -> string ----------------------------------------------------------------

    /** C's printf("%.14g"), as glibc writes it (exact value, ties to even; "-nan" for a negative NaN). */
    private static String formatG14(double d) {
        boolean negative = (Double.doubleToRawLongBits(d) & Long.MIN_VALUE) != 0;
        String sign = negative ? "-" : "";
        if (Double.isNaN(d)) return sign + "nan";
        if (Double.isInfinite(d)) return sign + "inf";
        if (d == 0) return sign + "0";
        BigDecimal rounded = new BigDecimal(Math.abs(d)).round(FLOAT_CONTEXT);
        int exponent = rounded.precision() - rounded.scale() - 1;
        String digits = stripTrailingZeros(rounded.unscaledValue().toString());
        StringBuilder out = new StringBuilder(sign);
        if (exponent < -4 || exponent >= FLOAT_DIGITS) {
            out.append(digits.charAt(0));
            if (digits.length() > 1) out.append('.').append(digits, 1, digits.length());
            out.append('e').append(exponent < 0 ? '-' : '+');
            int magnitude = Math.abs(exponent);
            if (magnitude < 10) out.append('0');
            out.append(magnitude);
        } else if (exponent < 0) {
            out.append("0.").append("0".repeat(-exponent - 1)).append(digits);
        } else if (digits.length() <= exponent + 1) {
            out.append(digits).append("0".repeat(exponent + 1 - digits.length()));
        } else {
            out.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, digits.length());
        }
        return out.toString();
    }

    private static String stripTrailingZeros(String digits) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') end--;
        return digits.substring(0, end);
    }

    private static boolean looksLikeInteger(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '-' && (c < '0' || c > '9')) return false;
        }
        return true;
    }

    // ---- character classes (the C locale) -----------------------------------------------

    private static int skipSpace(byte[] s, int i, int to) {
        while (i < to && isSpace(s[i])) i++;
        return i;
    }

    /** C's isspace: space, \t, \n, \v, \f, \r. */
    private static boolean isSpace(byte c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static int hexValue(byte c) {
        int d = digitValue(c);
        return d < 16 ? d : -1;
    }

    /** 0-9, then a/A = 10 up to z/Z = 35; -1 for anything else. */
    private static int digitValue(byte c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        return -1;
    }
}
