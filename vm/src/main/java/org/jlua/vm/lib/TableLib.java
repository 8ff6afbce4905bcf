package org.jlua.vm.lib;

import java.io.ByteArrayOutputStream;
import org.jlua.vm.JavaFunction;
import org.jlua.vm.Lib;
import org.jlua.vm.LuaState;
import org.jlua.vm.LuaString;
import org.jlua.vm.LuaTable;
import org.jlua.vm.LuaThread;
import org.jlua.vm.Num;
import org.jlua.vm.Values;

/**
 * The table library (manual section 6.6). Element access goes through {@code __index},
 * {@code __newindex} and {@code __len} as in Lua 5.4, with a raw fast path for tables
 * without a metatable.
 */
public final class TableLib {
    private TableLib() {}

    public static void open(LuaState state) {
        LuaTable t = new LuaTable();
        reg(t, "concat", CONCAT);
        reg(t, "insert", INSERT);
        reg(t, "remove", REMOVE);
        reg(t, "move", MOVE);
        reg(t, "pack", PACK);
        reg(t, "unpack", UNPACK);
        reg(t, "sort", SORT);
        Stdlib.publish(state, "table", t);
    }

    private static void reg(LuaTable t, String name, int id) {
        t.rawSet(name, new TableFunction("table." + name, id));
    }

    /** The table functions' indexes, in the order open registers them. */
    private static final int CONCAT = 0, INSERT = 1, REMOVE = 2, MOVE = 3, PACK = 4, UNPACK = 5, SORT = 6;

    /**
     * The table functions, one class dispatching on an index instead of a lambda per function:
     * each lambda costs start-up time to link.
     */
    private static final class TableFunction extends JavaFunction {
        private final int id;

        TableFunction(String name, int id) {
            super(name);
            this.id = id;
        }

        @Override
        public int call(LuaThread L) {
            return switch (id) {
                case CONCAT -> concat(L);
                case INSERT -> insert(L);
                case REMOVE -> remove(L);
                case MOVE -> move(L);
                case PACK -> pack(L);
                case UNPACK -> unpack(L);
                case SORT -> new Sorter(L).sort();
                default -> throw new AssertionError("no table function " + id);
            };
        }
    }

    private static int pack(LuaThread L) {
        int n = L.nargs();
        LuaTable r = new LuaTable(n, 1);
        for (int i = 1; i <= n; i++) r.setInt(i, L.tag(i), L.bits(i));
        r.rawSet("n", (long) n);
        return L.push(r);
    }

    /** What an operation does with its table argument: read, write, take its length. */
    static final int READ = 1, WRITE = 2, LENGTH = 4;

    /**
     * Checks that argument {@code i} is a table, or has every metamethod that the operation
     * needs ({@code what}: READ __index, WRITE __newindex, LENGTH __len).
     */
    static void checkTableLike(LuaThread L, int i, int what) {
        Object t = L.tag(i);
        if (t instanceof LuaTable) return;
        LuaTable mt = L.state.metatableOf(t);
        if (mt != null
                && ((what & READ) == 0 || mt.rawGet("__index") != null)
                && ((what & WRITE) == 0 || mt.rawGet("__newindex") != null)
                && ((what & LENGTH) == 0 || mt.rawGet("__len") != null)) {
            return;
        }
        throw L.typeArgError(i, "table");
    }

    /** #t with __len (luaL_len): must be an integer. */
    static long length(LuaThread L, int i) {
        Object t = L.tag(i);
        if (t instanceof LuaTable tab && tab.metatable == null) return tab.length();
        int slot = L.top;
        L.pushNil();
        Lib.length(L, t, L.bits(i), slot);
        Object r = L.stack[slot];
        long n = L.nstack[slot];
        L.top = slot;
        if (r == Num.INT) return n;
        if (r == Num.FLT) {
            Long l = org.jlua.vm.Arith.floatToInteger(Double.longBitsToDouble(n));
            if (l != null) return l;
        }
        throw L.error("object length is not an integer");
    }

    /** Pushes t[k] (lua_geti). */
    static void geti(LuaThread L, Object t, long tb, long k) {
        int slot = L.top;
        L.pushNil();
        if (t instanceof LuaTable tab && tab.metatable == null) {
            tab.getInt(k, L.stack, L.nstack, slot);
        } else {
            Lib.index(L, t, tb, Num.INT, k, slot);
        }
    }

    /** t[k] = the value at stack slot {@code from} (lua_seti). */
    static void seti(LuaThread L, Object t, long tb, long k, Object vt, long vb) {
        if (t instanceof LuaTable tab && tab.metatable == null) {
            tab.setInt(k, vt, vb);
        } else {
            Lib.newIndex(L, t, tb, Num.INT, k, vt, vb);
        }
    }

    private static int insert(LuaThread L) {
        checkTableLike(L, 1, READ | WRITE | LENGTH);
        Object t = L.tag(1);
        long tb = L.bits(1);
        long e = length(L, 1) + 1; // first empty element
        switch (L.nargs()) {
            case 2: {
                int v = L.argIndex(2);
                seti(L, t, tb, e, L.stack[v], L.nstack[v]);
                return 0;
            }
            case 3: {
                long pos = L.checkInteger(2);
                if (Long.compareUnsigned(pos - 1, e) >= 0) throw L.argError(2, "position out of bounds");
                for (long i = e; i > pos; i--) {
                    geti(L, t, tb, i - 1);
                    L.top--;
                    seti(L, t, tb, i, L.stack[L.top], L.nstack[L.top]);
                }
                int v = L.argIndex(3);
                seti(L, t, tb, pos, L.stack[v], L.nstack[v]);
                return 0;
            }
            default:
                throw L.error("wrong number of arguments to 'insert'");
        }
    }

    private static int remove(LuaThread L) {
        checkTableLike(L, 1, READ | WRITE | LENGTH);
        Object t = L.tag(1);
        long tb = L.bits(1);
        long size = length(L, 1);
        long pos = L.optInteger(2, size);
        // a position other than the default must lie in [1, size + 1]; lua5.4 blames argument 1
        if (pos != size && Long.compareUnsigned(pos - 1, size) > 0) throw L.argError(1, "position out of bounds");
        geti(L, t, tb, pos);
        int result = L.top - 1;
        for (; pos < size; pos++) {
            geti(L, t, tb, pos + 1);
            L.top--;
            seti(L, t, tb, pos, L.stack[L.top], L.nstack[L.top]);
        }
        seti(L, t, tb, pos, null, 0);
        L.top = result + 1;
        return 1;
    }

    private static int move(LuaThread L) {
        checkTableLike(L, 1, READ);
        long f = L.checkInteger(2), e = L.checkInteger(3), t = L.checkInteger(4);
        int dst = L.isNoneOrNil(5) ? 1 : 5;
        checkTableLike(L, dst, WRITE);
        Object a1 = L.tag(1), a2 = L.tag(dst);
        long b1 = L.bits(1), b2 = L.bits(dst);
        if (e >= f) {
            if (!(f > 0 || e < Long.MAX_VALUE + f)) throw L.argError(3, "too many elements to move");
            if (t > Long.MAX_VALUE - (e - f)) throw L.argError(4, "destination wrap around");
            boolean sameTable = dst == 1 || (a1 == a2);
            if (t > e || t <= f || !sameTable) {
                for (long i = 0; i <= e - f; i++) {
                    geti(L, a1, b1, f + i);
                    L.top--;
                    seti(L, a2, b2, t + i, L.stack[L.top], L.nstack[L.top]);
                }
            } else {
                for (long i = e - f; i >= 0; i--) {
                    geti(L, a1, b1, f + i);
                    L.top--;
                    seti(L, a2, b2, t + i, L.stack[L.top], L.nstack[L.top]);
                }
            }
        }
        return L.pushArg(dst);
    }

    private static int unpack(LuaThread L) {
        Object t = L.tag(1);
        long tb = L.bits(1);
        long i = L.optInteger(2, 1);
        long e = L.isNoneOrNil(3) ? length(L, 1) : L.checkInteger(3);
        if (i > e) return 0;
        long n = e - i; // as unsigned: the count can exceed the long range
        if (Long.compareUnsigned(n, Integer.MAX_VALUE) >= 0 || !L.checkStack((int) n + 1)) {
            throw L.error("too many results to unpack");
        }
        for (long k = 0; k <= n; k++) geti(L, t, tb, i + k); // counted, so e = maxinteger cannot overflow
        return (int) (n + 1);
    }

    private static int concat(LuaThread L) {
        checkTableLike(L, 1, READ | LENGTH);
        LuaString sep = L.optString(2, LuaString.EMPTY);
        long i = L.optInteger(3, 1);
        long last = L.isNoneOrNil(4) ? length(L, 1) : L.checkInteger(4);
        Object t = L.tag(1);
        long tb = L.bits(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (; i <= last; i++) {
            geti(L, t, tb, i);
            L.top--;
            Object v = L.stack[L.top];
            LuaString s = Values.toLuaString(v, L.nstack[L.top]);
            if (s == null) {
                throw L.error("invalid value (" + Values.typeName(v) + ") at index " + i + " in table for 'concat'");
            }
            out.write(s.bytes(), 0, s.length());
            if (i != last) out.write(sep.bytes(), 0, sep.length());
            if (i == Long.MAX_VALUE) break;
        }
        return L.pushString(LuaString.wrap(out.toByteArray()));
    }

    /** table.sort: Lua's quicksort, on a copy of the elements, with its checks for bad order functions. */
    private static final class Sorter {
        private final LuaThread L;
        private Object[] tags;
        private long[] bits;
        private final boolean hasComparator;

        Sorter(LuaThread L) {
            this.L = L;
            this.hasComparator = !L.isNoneOrNil(2);
        }

        int sort() {
            checkTableLike(L, 1, READ | WRITE | LENGTH);
            long n = length(L, 1);
            if (n > 1) {
                if (n >= Integer.MAX_VALUE) throw L.argError(1, "array too big");
                if (hasComparator) L.checkType(2, "function");
                Object t = L.tag(1);
                long tb = L.bits(1);
                int size = (int) n;
                tags = new Object[size + 1];
                bits = new long[size + 1];
                for (int i = 1; i <= size; i++) {
                    geti(L, t, tb, i);
                    L.top--;
                    tags[i] = L.stack[L.top];
                    bits[i] = L.nstack[L.top];
                }
                auxsort(1, size);
                for (int i = 1; i <= size; i++) seti(L, t, tb, i, tags[i], bits[i]);
            }
            return 0;
        }

        private boolean less(int i, int j) {
            if (!hasComparator) return Lib.lessThan(L, tags[i], bits[i], tags[j], bits[j]);
            int func = L.top;
            L.pushArg(2);
            L.pushValue(tags[i], bits[i]);
            L.pushValue(tags[j], bits[j]);
            L.call(func, 2, 1);
            boolean r = !Values.isFalse(L.stack[func]);
            L.top = func;
            return r;
        }

        private void swap(int i, int j) {
            Object t = tags[i];
            tags[i] = tags[j];
            tags[j] = t;
            long b = bits[i];
            bits[i] = bits[j];
            bits[j] = b;
        }

        private void auxsort(int lo, int up) {
            while (lo < up) {
                if (less(up, lo)) swap(lo, up);
                if (up - lo == 1) break;
                int p = lo + (up - lo) / 2;
                if (less(p, lo)) swap(p, lo);
                else if (less(up, p)) swap(p, up);
                if (up - lo == 2) break;
                // the pivot goes to up - 1
                swap(p, up - 1);
                p = partition(lo, up);
                if (p - lo < up - p) {
                    auxsort(lo, p - 1);
                    lo = p + 1;
                } else {
                    auxsort(p + 1, up);
                    up = p - 1;
                }
            }
        }

        /** Partitions [lo, up] around the pivot at up - 1; returns the pivot's final place. */
        private int partition(int lo, int up) {
            int i = lo, j = up - 1;
            int pivot = up - 1;
            // keep a copy of the pivot: swaps move elements around it
            Object pt = tags[pivot];
            long pb = bits[pivot];
            for (;;) {
                while (lessThanPivot(++i, pt, pb, true)) {
                    if (i == up - 1) throw L.error("invalid order function for sorting");
                }
                while (lessThanPivot(--j, pt, pb, false)) {
                    if (j < i) throw L.error("invalid order function for sorting");
                }
                if (j < i) {
                    swap(up - 1, i);
                    return i;
                }
                swap(i, j);
            }
        }

        /** a[i] < P (elementFirst) or P < a[i]. */
        private boolean lessThanPivot(int i, Object pt, long pb, boolean elementFirst) {
            // compare through slot 0, which holds a copy of the pivot meanwhile
            Object saveT = tags[0];
            long saveB = bits[0];
            tags[0] = pt;
            bits[0] = pb;
            try {
                return elementFirst ? less(i, 0) : less(0, i);
            } finally {
                tags[0] = saveT;
                bits[0] = saveB;
            }
        }
    }
}
