package org.jlua.compiler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jlua.vm.LuaString;
import org.jlua.vm.Num;

/**
 * A function's constants as value pairs (see {@link Num}), each stored once. Numbers are
 * told apart by type and raw bits, so 1 and 1.0, 0.0 and -0.0, and different NaNs each get
 * their own slot.
 */
final class ConstantPool {
    /** Constants a function may have, as in C Lua (the largest index its LOADKX takes). */
    static final int LIMIT = (1 << 25) - 1;
    /** Constants an instruction can name as an operand (u16); LOADKX loads the others. */
    static final int OPERAND_LIMIT = 65536;

    private record IntKey(long value) {}

    private record FloatKey(long bits) {}

    private static final Object NIL_KEY = new Object();

    private final List<Object> objects = new ArrayList<>();
    private long[] numbers = new long[16];
    private final Map<Object, Integer> index = new HashMap<>();
    private final LimitReporter limits;

    /** Raises the error when a function needs more constants than the operands can address. */
    interface LimitReporter {
        RuntimeException tooMany(int limit, String what);
    }

    private final int limit;

    ConstantPool(LimitReporter limits) {
        this(limits, LIMIT);
    }

    /** A pool with a smaller limit (for tests: C Lua's takes 32 million constants to reach). */
    ConstantPool(LimitReporter limits, int limit) {
        this.limits = limits;
        this.limit = limit;
    }

    int integer(long value) {
        return add(new IntKey(value), Num.INT, value);
    }

    int floating(double value) {
        long bits = Double.doubleToRawLongBits(value);
        return add(new FloatKey(bits), Num.FLT, bits);
    }

    int string(LuaString value) {
        return add(value, value, 0);
    }

    int nil() {
        return add(NIL_KEY, null, 0);
    }

    int bool(boolean value) {
        return add(value, value, 0);
    }

    int size() {
        return objects.size();
    }

    Object[] objects() {
        return objects.toArray();
    }

    long[] numbers() {
        return Arrays.copyOf(numbers, objects.size());
    }

    private int add(Object key, Object object, long number) {
        Integer found = index.get(key);
        if (found != null) return found;
        int i = objects.size();
        if (i >= limit) throw limits.tooMany(limit, "constants");
        objects.add(object);
        if (i == numbers.length) numbers = Arrays.copyOf(numbers, i * 2);
        numbers[i] = number;
        index.put(key, i);
        return i;
    }
}
