package org.jlua.vm.lib;

import java.util.Locale;

/**
 * printf's integer conversions on Lua integers: {@code %d %i} signed, {@code %u %o %x %X}
 * on the 64-bit two's-complement pattern, as C's {@code long long} conversions print them.
 */
final class FormatInteger {
    private FormatInteger() {
    }

    static String format(FormatSpec spec, long v) {
        String digits;
        String prefix = "";
        switch (spec.conversion()) {
            case 'd', 'i' -> {
                // The magnitude of Long.MIN_VALUE only fits when read as unsigned.
                digits = Long.toUnsignedString(v < 0 ? -v : v);
                prefix = spec.sign(v < 0);
            }
            case 'u' -> digits = Long.toUnsignedString(v);
            case 'o' -> digits = Long.toOctalString(v);
            case 'x' -> digits = Long.toHexString(v);
            case 'X' -> digits = Long.toHexString(v).toUpperCase(Locale.ROOT);
            default -> throw new IllegalArgumentException("not an integer conversion: " + spec);
        }
        int precision = spec.precision();
        if (precision == 0 && v == 0) digits = "";
        if (digits.length() < precision) digits = zeros(precision - digits.length()) + digits;
        if (spec.alternate()) {
            char c = spec.conversion();
            // '#' makes octal start with a 0 and puts 0x before a non-zero hexadecimal.
            if (c == 'o' && !digits.startsWith("0")) digits = "0" + digits;
            else if ((c == 'x' || c == 'X') && v != 0) prefix = c == 'x' ? "0x" : "0X";
        }
        // A precision turns the '0' flag off for integers.
        return spec.pad(prefix, digits, precision < 0);
    }

    static String zeros(int n) {
        StringBuilder sb = new StringBuilder(n);
        FormatSpec.repeat(sb, '0', n);
        return sb.toString();
    }
}
