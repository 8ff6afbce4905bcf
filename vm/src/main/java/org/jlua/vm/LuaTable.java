package org.jlua.vm;

/**
 * A Lua table: an array part for the keys 1..n and an open-addressing hash part for the
 * rest. Keys and values are stored as value pairs (see {@link Num}), so integer keys and
 * number values are never boxed.
 *
 * Removing a key just stores nil in its slot and keeps the key (a dead key), so that
 * {@code next} can continue from it while a traversal clears fields; dead keys are dropped
 * when the hash part is rebuilt.
 */
public final class LuaTable {
    private static final Object[] NO_OBJECTS = {};
    private static final long[] NO_LONGS = {};

    // Array part: key i (1-based) lives at index i - 1; a null tag is nil.
    private Object[] arr = NO_OBJECTS;
    private long[] arrn = NO_LONGS;

    // Hash part: capacity is 0 or a power of two; a null key marks a never-used slot.
    private Object[] hk = NO_OBJECTS;
    private long[] hkn = NO_LONGS;
    private Object[] hv = NO_OBJECTS;
    private long[] hvn = NO_LONGS;
    private int hused;

    /** A border found by the last {@code #}, to answer the next one in O(1) for sequences. */
    private int lengthHint;

    public LuaTable metatable;
    /** The collector's attachments (finalization, ephemerons, weak slots), or null: see {@link TableGc}. */
    private TableGc gc;
    /** Weak table modes (from the metatable's __mode when it is set). */
    private boolean weakKeys, weakValues;

    /**
     * Bits of metamethod events known to be absent from this table, when it serves as a
     * metatable (see {@link Metamethods}); cleared by every store into the hash part.
     */
    public byte absentEvents;

    public LuaTable() {}

    public LuaTable(int narray, int nhash) {
        if (narray > 0) {
            arr = new Object[narray];
            arrn = new long[narray];
        }
        if (nhash > 0) allocHash(capacityFor(nhash));
    }

    private TableGc gc() {
        TableGc g = gc;
        if (g == null) gc = g = new TableGc();
        return g;
    }

    /** Set while the table is marked for finalization (see {@link Finalizers}). */
    Object gcGuard() {
        return gc == null ? null : gc.guard;
    }

    void setGcGuard(Object guard) {
        if (guard != null || gc != null) gc().guard = guard;
    }

    /** The values this table keeps as a key of weak-keyed tables, or null. */
    Ephemerons ephemerons() {
        return gc == null ? null : gc.ephemerons;
    }

    void setEphemerons(Ephemerons e) {
        gc().ephemerons = e;
    }

    /** Where a weak table's weak slots are also kept, for the state's collections ({@link WeakTables}). */
    WeakTables.Slots weakSlots() {
        return gc == null ? null : gc.weakSlots;
    }

    /** Sets the metatable, and with it the table's weakness from {@code __mode}. */
    public void setMetatable(LuaTable mt) {
        setMetatable(mt, null);
    }

    /**
     * As {@link #setMetatable(LuaTable)}; a table that becomes weak registers with {@code weakTables},
     * its state's, so that the state's full collections clear it as C Lua's do (null: not registered).
     */
    public void setMetatable(LuaTable mt, WeakTables weakTables) {
        metatable = mt;
        boolean k = false, v = false;
        if (mt != null && mt.rawGetStr(MODE) instanceof LuaString mode) {
            k = mode.toString().indexOf('k') >= 0;
            v = mode.toString().indexOf('v') >= 0;
        }
        if (!(k || v)) {
            if (gc != null) gc.weakSlots = null;
        } else if (weakSlots() == null && weakTables != null) {
            gc().weakSlots = weakTables.register(this);
        }
        if (k != weakKeys || v != weakValues) setWeakness(k, v);
    }

    private static final LuaString MODE = LuaString.valueOf("__mode");

    /** A weak reference to {@code o} for this (weak) table's slots. */
    WeakSlot newSlot(Object o) {
        WeakSlot slot = new WeakSlot(o);
        WeakTables.Slots slots = weakSlots();
        if (slots != null) slots.add(slot);
        return slot;
    }

    private Object weakened(Object vt) {
        return WeakSlot.collectable(vt) ? newSlot(vt) : vt;
    }

    /**
     * Re-stores every entry under the new mode. A weak-keyed table whose values are not weak
     * is an ephemeron table: a collectable key keeps its collectable value ({@link Ephemerons}).
     */
    private void setWeakness(boolean k, boolean v) {
        boolean wasEphemeron = weakKeys && !weakValues, ephemeron = k && !v;
        weakKeys = k;
        weakValues = v;
        for (int i = 0; i < arr.length; i++) {
            Object o = WeakSlot.deref(arr[i]);
            arr[i] = v ? weakened(o) : o;
        }
        for (int i = 0; i < hk.length; i++) {
            if (hk[i] == null) continue;
            Object key = WeakSlot.deref(hk[i]);
            Object val = WeakSlot.deref(hv[i]);
            if (key == null) {
                hv[i] = null; // a collected key: the entry is dead
                continue;
            }
            boolean collectableKey = WeakSlot.collectable(key);
            hk[i] = k && collectableKey ? newSlot(key) : key;
            if (ephemeron && collectableKey) {
                hv[i] = Ephemerons.store(key, this, val);
            } else {
                if (wasEphemeron && collectableKey) Ephemerons.release(key, this);
                hv[i] = v ? weakened(val) : val;
            }
        }
    }

    // ---------------------------------------------------------------- reads

    /** Copies the value of {@code t[key]} into {@code s[d], n[d]}; returns false if it is nil. */
    public boolean getStr(LuaString key, Object[] s, long[] n, int d) {
        int i = findStr(key);
        if (i < 0) {
            s[d] = null;
            return false;
        }
        Object v = WeakSlot.deref(hv[i]);
        s[d] = v;
        n[d] = hvn[i];
        return v != null;
    }

    /** As {@link #getStr}, for an integer key. */
    public boolean getInt(long key, Object[] s, long[] n, int d) {
        long i = key - 1;
        if (Long.compareUnsigned(i, arr.length) < 0) {
            Object v = WeakSlot.deref(arr[(int) i]);
            s[d] = v;
            n[d] = arrn[(int) i];
            return v != null;
        }
        int j = findNum(Num.INT, key);
        if (j < 0) {
            s[d] = null;
            return false;
        }
        Object v = WeakSlot.deref(hv[j]);
        s[d] = v;
        n[d] = hvn[j];
        return v != null;
    }

    /** As {@link #getStr}, for a key of any type given as a value pair. */
    public boolean get(Object kt, long kb, Object[] s, long[] n, int d) {
        if (kt == Num.INT) return getInt(kb, s, n, d);
        if (kt instanceof LuaString str) return getStr(str, s, n, d);
        if (kt == Num.FLT) {
            double f = Double.longBitsToDouble(kb);
            long asInt = (long) f;
            if (asInt == f && asInt != Long.MAX_VALUE) return getInt(asInt, s, n, d);
        }
        int i = kt == null ? -1 : find(kt, kb);
        if (i < 0) {
            s[d] = null;
            return false;
        }
        Object v = WeakSlot.deref(hv[i]);
        s[d] = v;
        n[d] = hvn[i];
        return v != null;
    }

    /** {@code t[key]} for a string key, boxed: for library code off the hot path. */
    public Object rawGet(String key) {
        return rawGet(LuaString.valueOf(key));
    }

    /** {@code t[key]} with the key and the result boxed (Long/Double for numbers). */
    public Object rawGet(Object key) {
        Object[] s = new Object[1];
        long[] n = new long[1];
        get(Values.tag(key), Values.bits(key), s, n, 0);
        return Values.box(s[0], n[0]);
    }

    /** {@code t[key]} for a string key, boxed, without allocating for non-numbers. */
    public Object rawGetStr(LuaString key) {
        int i = findStr(key);
        return i < 0 ? null : Values.box(WeakSlot.deref(hv[i]), hvn[i]);
    }

    /** {@code t[key]} for an integer key, boxed. */
    public Object rawGetInt(long key) {
        long i = key - 1;
        if (Long.compareUnsigned(i, arr.length) < 0) return Values.box(WeakSlot.deref(arr[(int) i]), arrn[(int) i]);
        int j = findNum(Num.INT, key);
        return j < 0 ? null : Values.box(WeakSlot.deref(hv[j]), hvn[j]);
    }

    /** The tag of the value at integer key {@code key}; cheaper than a full get for tests of nil. */
    public boolean hasInt(long key) {
        long i = key - 1;
        if (Long.compareUnsigned(i, arr.length) < 0) return WeakSlot.deref(arr[(int) i]) != null;
        int j = findNum(Num.INT, key);
        return j >= 0 && WeakSlot.deref(hv[j]) != null;
    }

    /** True if {@code t[key]} is not nil. */
    public boolean hasStr(LuaString key) {
        int i = findStr(key);
        return i >= 0 && WeakSlot.deref(hv[i]) != null;
    }

    // ---------------------------------------------------------------- writes

    public void setStr(LuaString key, Object vt, long vb) {
        if (weakValues) vt = weakened(vt);
        int i = findStr(key);
        if (i >= 0) {
            hv[i] = vt;
            hvn[i] = vb;
            absentEvents = 0;
        } else if (vt != null) {
            insertNew(key, 0, vt, vb);
        }
    }

    public void setInt(long key, Object vt, long vb) {
        if (weakValues) vt = weakened(vt);
        long i = key - 1;
        if (Long.compareUnsigned(i, arr.length) < 0) {
            arr[(int) i] = vt;
            arrn[(int) i] = vb;
            return;
        }
        int j = findNum(Num.INT, key);
        if (j >= 0) {
            hv[j] = vt;
            hvn[j] = vb;
        } else if (vt != null) {
            if (i == arr.length && i < Integer.MAX_VALUE / 2) {
                growArray();
                arr[(int) i] = vt;
                arrn[(int) i] = vb;
            } else {
                insertNew(Num.INT, key, vt, vb);
            }
        }
    }

    /**
     * {@code t[key] = value} for any key, as a raw set: raises "table index is nil" or
     * "table index is NaN"; float keys with an integer value are stored as integers.
     */
    public void set(Object kt, long kb, Object vt, long vb) {
        if (kt == Num.INT) {
            setInt(kb, vt, vb);
            return;
        }
        if (kt instanceof LuaString str) {
            setStr(str, vt, vb);
            return;
        }
        if (kt == Num.FLT) {
            double f = Double.longBitsToDouble(kb);
            long asInt = (long) f;
            if (asInt == f && !(f == 0x1p63)) {
                setInt(asInt, vt, vb);
                return;
            }
            if (f != f) throw new LuaError("table index is NaN");
        } else if (kt == null) {
            throw new LuaError("table index is nil");
        }
        if (weakValues) vt = weakened(vt);
        else if (weakKeys && WeakSlot.collectable(kt)) vt = Ephemerons.store(kt, this, vt);
        int i = find(kt, kb);
        if (i >= 0) {
            hv[i] = vt;
            hvn[i] = vb;
        } else if (vt != null) {
            insertNew(weakKeys && WeakSlot.collectable(kt) ? newSlot(kt) : kt, kb, vt, vb);
        }
    }

    /** Raw set with boxed key and value, for library code off the hot path. */
    public void rawSet(Object key, Object value) {
        set(Values.tag(key), Values.bits(key), Values.tag(value), Values.bits(value));
    }

    public void rawSet(String key, Object value) {
        rawSet(LuaString.valueOf(key), value);
    }

    // ---------------------------------------------------------------- length

    /** A border of the table, as the length operator (without {@code __len}) returns. */
    public long length() {
        int cap = arr.length;
        if (cap > 0 && arr[cap - 1] == null) {
            int h = lengthHint;
            if (h < cap && (h == 0 || arr[h - 1] != null) && arr[h] == null) return h;
            // a border inside the array part: binary search between a non-nil and a nil slot
            int lo = 0, hi = cap; // invariant: lo == 0 or arr[lo-1] != null; arr[hi-1] == null
            while (hi - lo > 1) {
                int m = (lo + hi) >>> 1;
                if (arr[m - 1] == null) hi = m; else lo = m;
            }
            lengthHint = lo;
            return lo;
        }
        if (hused == 0) return cap;
        return hashBorder(cap);
    }

    private long hashBorder(long j) {
        // j is present (or 0); look for an absent j by doubling, then binary search
        long i = j;
        j = j + 1;
        while (hasInt(j)) {
            i = j;
            if (j > Long.MAX_VALUE / 2) {
                long k = 1;
                while (hasInt(k)) k++;
                return k - 1;
            }
            j *= 2;
        }
        while (j - i > 1) {
            long m = (i + j) >>> 1;
            if (hasInt(m)) i = m; else j = m;
        }
        return i;
    }

    // ---------------------------------------------------------------- traversal

    /**
     * The position just after the given key in traversal order, for {@code next}: 0 for a
     * nil key. Raises "invalid key to 'next'" for a key not in the table.
     */
    public int positionAfter(Object kt, long kb) {
        if (kt == null) return 0;
        if (kt == Num.FLT) {
            double f = Double.longBitsToDouble(kb);
            long asInt = (long) f;
            if (asInt == f && asInt != Long.MAX_VALUE) {
                kt = Num.INT;
                kb = asInt;
            }
        }
        if (kt == Num.INT && kb >= 1 && kb <= arr.length) return (int) kb;
        int i = find(kt, kb);
        if (i < 0) i = findDead(kt, kb);
        if (i < 0) throw new LuaError("invalid key to 'next'");
        return arr.length + i + 1;
    }

    /** The slot of a removed entry whose key is {@code kt} itself (a {@link DeadKey}), or -1. */
    private int findDead(Object kt, long kb) {
        if (kt == Num.INT || kt == Num.FLT) return -1;
        Object[] keys = hk;
        int mask = keys.length - 1;
        if (mask < 0) return -1;
        int i = hashOf(kt, kb) & mask;
        for (Object k; (k = keys[i]) != null; i = (i + 1) & mask) {
            if (k instanceof DeadKey d && d.get() == kt) return i;
        }
        return -1;
    }

    /**
     * After a full collection (see {@link WeakTables#sweep}): the entries of this weak table
     * whose key or value was collected, or whose value was removed, let go of their keys.
     * Returns true if a key held strongly was let go of.
     */
    boolean releaseDeadKeys() {
        boolean released = false;
        for (int i = 0; i < arr.length; i++) {
            if (arr[i] instanceof WeakSlot w && w.get() == null) arr[i] = null;
        }
        boolean onlyMarkers = true;
        for (int i = 0; i < hk.length; i++) {
            Object k = hk[i];
            if (k instanceof java.lang.ref.Reference<?> r && r.get() == null) { // a DeadKey's or WeakSlot's
                // the key was collected, so no traversal can go on from it: the entry keeps its
                // place as a shared marker, and lets go of its own weak reference
                hk[i] = DeadKey.COLLECTED;
                hv[i] = null;
                continue;
            }
            if (k != null) onlyMarkers = false;
            if (k == null || (WeakSlot.deref(k) != null && WeakSlot.deref(hv[i]) != null)) continue;
            hv[i] = null;
            if (k instanceof LuaString || WeakSlot.collectable(k)) {
                hk[i] = new DeadKey(k);
                released = true;
            }
        }
        if (onlyMarkers && hk.length > 0) {
            // every entry died and its key was collected: nothing is left to find or to go on
            // from, so the hash part goes, as if the table had never held those keys
            hk = hv = NO_OBJECTS;
            hkn = hvn = NO_LONGS;
            hused = 0;
            released = true;
        }
        return released;
    }

    /** Adds every weak slot this table holds to {@code slots}. */
    void collectWeakSlots(WeakTables.Slots slots) {
        for (Object o : arr) if (o instanceof WeakSlot w) slots.append(w);
        for (Object o : hk) if (o instanceof WeakSlot w) slots.append(w);
        for (Object o : hv) if (o instanceof WeakSlot w) slots.append(w);
    }

    /** The first position at or after {@code pos} that holds a non-nil value, or -1. */
    public int nextPosition(int pos) {
        int cap = arr.length;
        for (; pos < cap; pos++) {
            if (WeakSlot.deref(arr[pos]) != null) return pos;
        }
        for (int i = pos - cap; i < hk.length; i++) {
            if (WeakSlot.deref(hk[i]) != null && WeakSlot.deref(hv[i]) != null) return cap + i;
        }
        return -1;
    }

    public Object keyTagAt(int pos) {
        return pos < arr.length ? Num.INT : WeakSlot.deref(hk[pos - arr.length]);
    }

    public long keyBitsAt(int pos) {
        return pos < arr.length ? pos + 1 : hkn[pos - arr.length];
    }

    public Object valueTagAt(int pos) {
        return WeakSlot.deref(pos < arr.length ? arr[pos] : hv[pos - arr.length]);
    }

    public long valueBitsAt(int pos) {
        return pos < arr.length ? arrn[pos] : hvn[pos - arr.length];
    }

    /** Size of the array part, for table.sort and friends that want direct access. */
    public int arrayCapacity() {
        return arr.length;
    }

    // ---------------------------------------------------------------- hash part

    private static int hashOf(Object kt, long kb) {
        if (kt == Num.INT || kt == Num.FLT) {
            long h = kb * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
        int h = kt instanceof WeakSlot w ? w.hash : kt.hashCode();
        return h ^ (h >>> 16);
    }

    private int findStr(LuaString key) {
        Object[] keys = hk;
        int mask = keys.length - 1;
        if (mask < 0) return -1;
        int i = hashOf(key, 0) & mask;
        for (Object k; (k = keys[i]) != null; i = (i + 1) & mask) {
            if (k == key || (k instanceof LuaString && k.equals(key))) return i;
        }
        return -1;
    }

    private int findNum(Object kt, long kb) {
        Object[] keys = hk;
        int mask = keys.length - 1;
        if (mask < 0) return -1;
        int i = hashOf(kt, kb) & mask;
        for (Object k; (k = keys[i]) != null; i = (i + 1) & mask) {
            if (k == kt && hkn[i] == kb) return i;
        }
        return -1;
    }

    /** Finds a normalised key (integer-valued floats already turned into integers). */
    private int find(Object kt, long kb) {
        if (kt == Num.INT || kt == Num.FLT) return findNum(kt, kb);
        if (kt instanceof LuaString s) return findStr(s);
        Object[] keys = hk;
        int mask = keys.length - 1;
        if (mask < 0) return -1;
        int i = hashOf(kt, kb) & mask;
        for (Object k; (k = keys[i]) != null; i = (i + 1) & mask) {
            if (k == kt || (k instanceof WeakSlot w && w.get() == kt)) return i;
        }
        return -1;
    }

    private void insertNew(Object kt, long kb, Object vt, long vb) {
        absentEvents = 0;
        if ((hused + 1) * 4 > hk.length * 3) {
            rehash(kt, kb);
            if (kt == Num.INT && kb >= 1 && kb <= arr.length) {
                arr[(int) kb - 1] = vt;
                arrn[(int) kb - 1] = vb;
                return;
            }
        }
        int mask = hk.length - 1;
        int i = hashOf(kt, kb) & mask;
        while (hk[i] != null) i = (i + 1) & mask;
        hk[i] = kt;
        hkn[i] = kb;
        hv[i] = vt;
        hvn[i] = vb;
        hused++;
    }

    private void allocHash(int capacity) {
        // all four first: running out of memory part way must leave the table as it was
        Object[] keys = new Object[capacity], values = new Object[capacity];
        long[] keyBits = new long[capacity], valueBits = new long[capacity];
        hk = keys;
        hkn = keyBits;
        hv = values;
        hvn = valueBits;
        hused = 0;
    }

    /** The number of slots in the hash part (for tests). */
    int hashSlots() {
        return hk.length;
    }

    /** How many keys of the hash part are weak references of their own (for tests). */
    int keyReferences() {
        int count = 0;
        for (Object k : hk) if (k instanceof java.lang.ref.Reference && k != DeadKey.COLLECTED) count++;
        return count;
    }

    private static int capacityFor(int entries) {
        // one entry in two slots (a probe must end at an empty one): a table of one field, such
        // as a metatable with only __index or __mode, takes 48 bytes less than in four
        if (entries <= 1) return 2;
        int cap = 4;
        while (cap * 3 < entries * 4) cap <<= 1;
        return cap;
    }

    /** Doubles the array part after an append at its end, pulling in hash keys that now fit. */
    private void growArray() {
        growArrayTo(Math.max(4, arr.length * 2));
    }

    /**
     * A table constructor's list (SETLIST) of {@code size} values: the array part holds them
     * all, nils included, as C Lua sizes it, so that {@code #{f()}} counts what f returned
     * up to its last non-nil value as there.
     */
    public void reserveArray(int size) {
        if (size > arr.length) growArrayTo(size);
    }

    /** Widens the array part to {@code cap} slots, pulling in the hash part's keys that now fit. */
    private void growArrayTo(int cap) {
        int old = arr.length;
        // both copies first: running out of memory between them must leave the table whole
        Object[] newArr = java.util.Arrays.copyOf(arr, cap);
        long[] newArrn = java.util.Arrays.copyOf(arrn, cap);
        arr = newArr;
        arrn = newArrn;
        if (hused == 0) return;
        for (int i = 0; i < hk.length; i++) {
            if (hk[i] == Num.INT) {
                long k = hkn[i];
                if (k > old && k <= cap && hv[i] != null) {
                    arr[(int) k - 1] = hv[i];
                    arrn[(int) k - 1] = hvn[i];
                    hv[i] = null; // leaves a dead key; dropped at the next rehash
                }
            }
        }
    }

    /**
     * Rebuilds the table for one more key: picks the largest power-of-two array size that
     * would be more than half full (as Lua does), moves integer keys accordingly, and sizes
     * the hash part for the remaining live keys.
     */
    private void rehash(Object newKt, long newKb) {
        int[] bins = new int[64]; // bins[b]: integer keys k with 2^(b-1) < k <= 2^b
        int live = 0;
        int intKeys = 0;
        for (int i = 0; i < arr.length; i++) {
            if (arr[i] != null) {
                bins[ceilLog2(i + 1)]++;
                intKeys++;
            }
        }
        for (int i = 0; i < hk.length; i++) {
            if (WeakSlot.deref(hk[i]) != null && WeakSlot.deref(hv[i]) != null) {
                live++;
                if (hk[i] == Num.INT && hkn[i] >= 1 && hkn[i] <= (1 << 30)) {
                    bins[ceilLog2(hkn[i])]++;
                    intKeys++;
                }
            }
        }
        if (newKt == Num.INT && newKb >= 1 && newKb <= (1 << 30)) {
            bins[ceilLog2(newKb)]++;
            intKeys++;
        }
        int arraySize = 0;
        int accumulated = 0;
        for (int b = 0, twoToB = 1; b < 31 && twoToB / 2 < intKeys; b++, twoToB <<= 1) {
            accumulated += bins[b];
            if (accumulated > twoToB / 2) arraySize = twoToB;
        }
        if (arraySize < arr.length) arraySize = arr.length; // never shrink the array part here

        Object[] oldK = hk, oldV = hv;
        long[] oldKn = hkn, oldVn = hvn;
        int inHash = 1;
        for (int i = 0; i < oldK.length; i++) {
            if (WeakSlot.deref(oldK[i]) != null && WeakSlot.deref(oldV[i]) != null
                    && !(oldK[i] == Num.INT && oldKn[i] >= 1 && oldKn[i] <= arraySize)) inHash++;
        }
        // every new part is made before any is installed: running out of memory here must
        // leave the table as it was (the error is catchable, and the table may still be used)
        Object[] newArr = arr;
        long[] newArrn = arrn;
        if (arraySize > arr.length) {
            newArr = java.util.Arrays.copyOf(arr, arraySize);
            newArrn = java.util.Arrays.copyOf(arrn, arraySize);
        }
        allocHash(capacityFor(inHash)); // whole or not at all, and the last allocation here
        arr = newArr;
        arrn = newArrn;
        for (int i = 0; i < oldK.length; i++) {
            Object k = oldK[i];
            if (WeakSlot.deref(k) == null || WeakSlot.deref(oldV[i]) == null) continue;
            long kb = oldKn[i];
            if (k == Num.INT && kb >= 1 && kb <= arraySize) {
                arr[(int) kb - 1] = oldV[i];
                arrn[(int) kb - 1] = oldVn[i];
            } else {
                int mask = hk.length - 1;
                int j = hashOf(k, kb) & mask;
                while (hk[j] != null) j = (j + 1) & mask;
                hk[j] = k;
                hkn[j] = kb;
                hv[j] = oldV[i];
                hvn[j] = oldVn[i];
                hused++;
            }
        }
    }

    private static int ceilLog2(long x) {
        return x <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(x - 1);
    }
}
