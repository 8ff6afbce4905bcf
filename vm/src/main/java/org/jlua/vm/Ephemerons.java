package org.jlua.vm;

import java.lang.ref.WeakReference;
import java.util.Arrays;

/**
 * The values that one object keeps alive as a key of weak-keyed tables (mode "k").
 *
 * Lua's weak-keyed tables are ephemeron tables: an entry's value is kept only while its key
 * is reachable from outside the entry, even when the value refers back to its own key, or
 * to other keys of the table. A Java map with weak keys (WeakHashMap, say) holds its values
 * strongly, so a value that refers to its key keeps the key, and the entry, forever. The JVM
 * has no ephemerons, so jlua makes the key the owner: the table holds a collectable value
 * weakly ({@link WeakSlot}), and the key holds it strongly, here. The value then lives
 * exactly as long as the key does (or as anything else that refers to it), and a chain of
 * entries whose values refer to other keys goes in one collection once nothing outside
 * refers to it.
 *
 * Each object that is a key of such an entry has one of these ({@code ephemerons} in
 * {@link LuaTable}'s {@link TableGc}, {@link LuaFunction}, {@link Userdata} and
 * {@link Coroutine}): pairs of
 * a table, held weakly so that a key does not keep the tables it is in, and the value the
 * object is the key of there. A pair whose table was collected is dropped when it is found.
 * The pairs of one key are few (one per weak-keyed table it is in), so they are searched in
 * order.
 */
final class Ephemerons {
    /** Tables at even indices (as weak references), the values at the odd ones after them. */
    private Object[] pairs = new Object[4];
    private int size;

    /**
     * The form in which {@code table}, a weak-keyed table whose values are not weak, stores
     * {@code value} under the collectable {@code key}: a collectable value is recorded as the
     * key's and stored as a {@link WeakSlot}; any other value (nil included) is stored as it
     * is and ends whatever the key held for this table before.
     */
    static Object store(Object key, LuaTable table, Object value) {
        boolean collectable = WeakSlot.collectable(value);
        Ephemerons e = of(key);
        if (e == null) {
            if (!collectable) return value;
            e = new Ephemerons();
            attach(key, e);
        }
        if (collectable) {
            e.put(table, value);
            return table.newSlot(value);
        }
        e.remove(table);
        return value;
    }

    /** Drops what {@code key} held for {@code table} (the table stopped being weak-keyed). */
    static void release(Object key, LuaTable table) {
        Ephemerons e = of(key);
        if (e != null) e.remove(table);
    }

    private void put(LuaTable table, Object value) {
        int i = indexOf(table);
        if (i < 0) {
            if (size == pairs.length) pairs = Arrays.copyOf(pairs, size * 2);
            i = size;
            pairs[i] = new WeakReference<>(table);
            size += 2;
        }
        pairs[i + 1] = value;
    }

    private void remove(LuaTable table) {
        int i = indexOf(table);
        if (i < 0) return;
        size -= 2;
        pairs[i] = pairs[size];
        pairs[i + 1] = pairs[size + 1];
        pairs[size] = pairs[size + 1] = null;
    }

    /** The index of {@code table}'s pair, or -1; drops the pairs of collected tables on the way. */
    @SuppressWarnings("unchecked")
    private int indexOf(LuaTable table) {
        int i = 0;
        while (i < size) {
            Object t = ((WeakReference<LuaTable>) pairs[i]).get();
            if (t == table) return i;
            if (t == null) {
                size -= 2;
                pairs[i] = pairs[size];
                pairs[i + 1] = pairs[size + 1];
                pairs[size] = pairs[size + 1] = null;
            } else {
                i += 2;
            }
        }
        return -1;
    }

    private static Ephemerons of(Object key) {
        if (key instanceof LuaTable t) return t.ephemerons();
        if (key instanceof LuaFunction f) return f.ephemerons;
        if (key instanceof Userdata u) return u.ephemerons;
        if (key instanceof Coroutine c) return c.ephemerons;
        return null;
    }

    private static void attach(Object key, Ephemerons e) {
        if (key instanceof LuaTable t) t.setEphemerons(e);
        else if (key instanceof LuaFunction f) f.ephemerons = e;
        else if (key instanceof Userdata u) u.ephemerons = e;
        else if (key instanceof Coroutine c) c.ephemerons = e;
        else throw new IllegalArgumentException("not a collectable key: " + key);
    }
}
