package org.jlua.vm.lib;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * printf's decimal float conversions {@code %e %E %f %g %G} as glibc prints them: from the
 * exact binary value, rounded half to even (so {@code %.0f} of 0.5 is "0" and of 2.5 is
 * "2"), with "inf" and "nan" (signed like the value) for the non-finite.
 */
final class FormatFloat {
    private FormatFloat() {
    }

    static String format(FormatSpec spec, double v) {
        boolean negative = Double.doubleToRawLongBits(v) < 0;
        if (!Double.isFinite(v)) return nonFinite(spec, negative, Double.isNaN(v));
        double abs = Math.abs(v);
        int precision = spec.precision() < 0 ? 6 : spec.precision();
        String body = switch (spec.conversion()) {
            case 'f', 'F' -> fixed(abs, precision, spec.alternate());
            case 'e', 'E' -> exponential(abs, precision, spec.alternate());
            case 'g', 'G' -> general(abs, precision, spec.alternate());
            default -> throw new IllegalArgumentException("not a float conversion: " + spec);
        };
        if (spec.upperCase()) body = body.toUpperCase(Locale.ROOT);
        return spec.pad(spec.sign(negative), body, true);
    }

    /** "inf" or "nan" with the value's sign; the '0' flag pads them with spaces. */
    static String nonFinite(FormatSpec spec, boolean negative, boolean nan) {
        String body = nan ? "nan" : "inf";
        if (spec.upperCase()) body = body.toUpperCase(Locale.ROOT);
        return spec.pad(spec.sign(negative), body, false);
    }

    /** {@code %f}: {@code precision} digits after the point. */
    static String fixed(double abs, int precision, boolean alternate) {
        String s = new BigDecimal(abs).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return precision == 0 && alternate ? s + "." : s;
    }

    /** {@code %e}: one digit, the point, {@code precision} digits, then the exponent. */
    static String exponential(double abs, int precision, boolean alternate) {
        FormatDigits d = FormatDigits.of(abs, precision + 1);
        return mantissa(d.digits(), 1, alternate) + exponent(d.exponent());
    }

    /**
     * {@code %g}: {@code precision} significant digits, in %f style when the exponent is
     * at least -4 and less than the precision, else in %e style; trailing zeros dropped
     * unless '#'.
     */
    static String general(double abs, int precision, boolean alternate) {
        int p = precision == 0 ? 1 : precision;
        FormatDigits d = FormatDigits.of(abs, p);
        int x = d.exponent();
        String s;
        if (x < p && x >= -4) {
            // Rounding to p significant digits is rounding to p-1-x decimals here.
            if (x >= 0) {
                s = mantissa(d.digits(), x + 1, alternate);
            } else {
                s = mantissa(FormatInteger.zeros(-x) + d.digits(), 1, alternate);
            }
            return alternate ? s : stripZeros(s);
        }
        if (alternate && x == p && new BigDecimal(abs).compareTo(BigDecimal.TEN.pow(p)) < 0) {
            // glibc picks the style before rounding: a value that was in %f range and
            // rounds up to 10^p keeps the (zero) fraction digits of that style: "1.e+06".
            return "1." + exponent(x);
        }
        s = mantissa(d.digits(), 1, alternate);
        return (alternate ? s : stripZeros(s)) + exponent(x);
    }

    /** The digits with a point after the first {@code intDigits}; no lone point without '#'. */
    private static String mantissa(String digits, int intDigits, boolean alternate) {
        if (digits.length() == intDigits) return alternate ? digits + "." : digits;
        return digits.substring(0, intDigits) + "." + digits.substring(intDigits);
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) return s;
        int end = s.length();
        while (s.charAt(end - 1) == '0') end--;
        if (s.charAt(end - 1) == '.') end--;
        return s.substring(0, end);
    }

    /** e+XX: sign always, at least two digits. */
    private static String exponent(int e) {
        int abs = Math.abs(e);
        return (e < 0 ? "e-" : "e+") + (abs < 10 ? "0" : "") + abs;
    }
}
