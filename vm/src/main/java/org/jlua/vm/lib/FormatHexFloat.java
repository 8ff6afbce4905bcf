package org.jlua.vm.lib;

import java.util.Locale;

/**
 * printf's {@code %a %A} as glibc prints doubles: {@code 0x1.8p+0}, subnormals as
 * {@code 0x0.0000000000001p-1022}, zero as {@code 0x0p+0}. Without a precision all 13
 * fraction digits are kept, less trailing zeros; with one, the value is rounded half to
 * even, and a carry may make the leading digit 2 ({@code %.0a} of 1.5 is {@code 0x2p+0}).
 */
final class FormatHexFloat {
    private static final int FRACTION_DIGITS = 13;
    private static final long FRACTION_MASK = (1L << 52) - 1;

    private FormatHexFloat() {
    }

    static String format(FormatSpec spec, double v) {
        long bits = Double.doubleToRawLongBits(v);
        boolean negative = bits < 0;
        if (!Double.isFinite(v)) return FormatFloat.nonFinite(spec, negative, Double.isNaN(v));
        int biased = (int) (bits >>> 52) & 0x7FF;
        long fraction = bits & FRACTION_MASK;
        long lead;
        int exponent;
        if (biased == 0) {
            lead = 0;
            exponent = fraction == 0 ? 0 : -1022;
        } else {
            lead = 1;
            exponent = biased - 1023;
        }
        int precision = spec.precision();
        String fractionDigits;
        if (precision < 0) {
            fractionDigits = hex(fraction, FRACTION_DIGITS);
            int end = fractionDigits.length();
            while (end > 0 && fractionDigits.charAt(end - 1) == '0') end--;
            fractionDigits = fractionDigits.substring(0, end);
        } else if (precision >= FRACTION_DIGITS) {
            fractionDigits = hex(fraction, FRACTION_DIGITS)
                    + FormatInteger.zeros(precision - FRACTION_DIGITS);
        } else {
            // Round the 53-bit significand lead.fraction to 4*precision fraction bits.
            long significand = (lead << 52) | fraction;
            int drop = 4 * (FRACTION_DIGITS - precision);
            long kept = significand >>> drop;
            long rest = significand & ((1L << drop) - 1);
            long half = 1L << (drop - 1);
            if (rest > half || (rest == half && (kept & 1) != 0)) kept++;
            lead = kept >>> (4 * precision);
            fractionDigits = precision == 0 ? "" : hex(kept & ((1L << (4 * precision)) - 1), precision);
        }
        StringBuilder body = new StringBuilder();
        body.append(Character.forDigit((int) lead, 16));
        if (!fractionDigits.isEmpty() || spec.alternate()) body.append('.');
        body.append(fractionDigits).append('p').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        String prefix = spec.sign(negative) + "0x";
        String result = spec.pad(prefix, body.toString(), true);
        return spec.upperCase() ? result.toUpperCase(Locale.ROOT) : result;
    }

    /** {@code value} as exactly {@code digits} lower-case hex digits. */
    private static String hex(long value, int digits) {
        String s = Long.toHexString(value);
        return s.length() >= digits ? s : FormatInteger.zeros(digits - s.length()) + s;
    }
}
