package org.jlua.vm.lib;

import java.math.BigInteger;

/**
 * A positive double rounded to a number of significant decimal digits, exactly and half to
 * even, as {@code digits} times 10^({@code exponent} - count + 1): the digits {@code %e}
 * and {@code %g} print. The double is m * 2^e exactly, so m * 2^e * 10^s is computed in
 * integers, with shifts for the powers of two; this is several times cheaper than going
 * through BigDecimal, which matters because {@code tostring} of every float uses
 * {@code %.14g}.
 */
record FormatDigits(String digits, int exponent) {
    private static final int MAX_CACHED_POWER = 40;
    private static final BigInteger[] POWERS_OF_TEN = new BigInteger[MAX_CACHED_POWER + 1];

    static {
        for (int i = 0; i <= MAX_CACHED_POWER; i++) POWERS_OF_TEN[i] = BigInteger.TEN.pow(i);
    }

    static FormatDigits of(double abs, int count) {
        if (abs == 0) return new FormatDigits(FormatInteger.zeros(count), 0);
        long bits = Double.doubleToRawLongBits(abs);
        int biased = (int) (bits >>> 52) & 0x7FF;
        long m = bits & ((1L << 52) - 1);
        int e;
        if (biased == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = biased - 1075;
        }
        // Guess the decimal exponent, then correct it if the quotient has the wrong length.
        int exponent = (int) Math.floor(Math.log10(abs));
        BigInteger low = powerOfTen(count - 1);
        BigInteger high = powerOfTen(count);
        while (true) {
            int s = count - 1 - exponent;
            BigInteger num = BigInteger.valueOf(m);
            BigInteger den = BigInteger.ONE;
            if (s >= 0) num = num.multiply(powerOfTen(s));
            else den = powerOfTen(-s);
            BigInteger q;
            int cmpHalf; // remainder against half the divisor
            if (e >= 0) {
                num = num.shiftLeft(e);
            }
            if (e < 0 && s >= 0) {
                // Dividing by a power of two: the remainder is the low bits.
                int shift = -e;
                q = num.shiftRight(shift);
                if (q.compareTo(high) >= 0) {
                    exponent++;
                    continue;
                }
                if (q.compareTo(low) < 0) {
                    exponent--;
                    continue;
                }
                cmpHalf = compareLowBitsToHalf(num, shift);
            } else {
                if (e < 0) den = den.shiftLeft(-e);
                BigInteger[] qr = num.divideAndRemainder(den);
                q = qr[0];
                if (q.compareTo(high) >= 0) {
                    exponent++;
                    continue;
                }
                if (q.compareTo(low) < 0) {
                    exponent--;
                    continue;
                }
                cmpHalf = qr[1].shiftLeft(1).compareTo(den);
            }
            if (cmpHalf > 0 || (cmpHalf == 0 && q.testBit(0))) {
                q = q.add(BigInteger.ONE);
                if (q.equals(high)) {
                    // 9.99... rounded up to 10.0...: one more digit before the point.
                    q = low;
                    exponent++;
                }
            }
            return new FormatDigits(q.toString(), exponent);
        }
    }

    /** Compares {@code n mod 2^shift} with {@code 2^(shift-1)}. */
    private static int compareLowBitsToHalf(BigInteger n, int shift) {
        if (!n.testBit(shift - 1)) return -1;
        // The half bit is set: above half if any lower bit is set.
        int lowest = n.getLowestSetBit();
        return lowest < shift - 1 ? 1 : 0;
    }

    private static BigInteger powerOfTen(int n) {
        return n <= MAX_CACHED_POWER ? POWERS_OF_TEN[n] : BigInteger.TEN.pow(n);
    }
}
