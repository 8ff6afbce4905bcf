package org.jlua.vm;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * The weak tables of one state, for its full collections.
 *
 * Each weak table's {@link WeakSlot}s are also held here, strongly. That is for the JVM's
 * order of work: it clears a weak reference only if it reached the reference itself while
 * marking what is strongly reachable. A weak table reachable only from an object waiting for
 * its {@code __gc} is reached after that, when the JVM keeps the object alive for its
 * finalizer, so its weak references would survive, and the finalizer would still see values
 * that nothing else refers to. C Lua clears them first (upstream gc.lua, "__gc x weak
 * tables"). Held from here, every weak slot is reached, and cleared, in the first pass.
 *
 * After a collection, {@link #sweep} turns the keys of dead entries into {@link DeadKey}s,
 * so that a dead entry does not keep its key alive until the table is rebuilt.
 */
public final class WeakTables {
    private final ArrayList<Slots> tables = new ArrayList<>();

    /**
     * The weak slots of one weak table (held weakly here, so that this list does not keep it).
     * It may also hold slots the table no longer uses (an entry overwritten, say): when it
     * fills up, it is made again from what the table holds, and at every sweep.
     */
    static final class Slots extends WeakReference<LuaTable> {
        private static final WeakSlot[] NONE = {};
        // none until the first: a weak table is often empty (a cache not filled yet, or
        // emptied by a collection, after which rebuild lets go of the array)
        private WeakSlot[] slots = NONE;
        private int size;

        /** The list of {@code owner}'s slots; it refers to the table weakly (itself a weak reference). */
        Slots(LuaTable owner) {
            super(owner);
        }

        void add(WeakSlot slot) {
            if (size == slots.length) {
                LuaTable t = get();
                if (t != null) rebuild(t);
                if (size == slots.length || size * 2 > slots.length) grow();
            }
            slots[size++] = slot;
        }

        int size() {
            return size;
        }

        /** How many slots the list has room for (for tests). */
        int capacity() {
            return slots.length;
        }

        /** Adds a slot while the list is being made again: grows, never rebuilds. */
        void append(WeakSlot slot) {
            if (size == slots.length) grow();
            slots[size++] = slot;
        }

        private void grow() {
            slots = Arrays.copyOf(slots, Math.max(4, slots.length * 2));
        }

        /** Keeps exactly the slots that {@code t} holds. */
        void rebuild(LuaTable t) {
            Arrays.fill(slots, 0, size, null);
            size = 0;
            t.collectWeakSlots(this);
            if (size == 0) slots = NONE;
        }
    }

    /** Registers a table that has just become weak; returns where its weak slots go. */
    Slots register(LuaTable table) {
        if ((tables.size() & 63) == 63) {
            for (int i = tables.size() - 1; i >= 0; i--) if (tables.get(i).get() == null) tables.remove(i);
        }
        Slots slots = new Slots(table);
        tables.add(slots);
        return slots;
    }

    /**
     * After the JVM's full collection: each live weak table lets go of the keys of its dead
     * entries, and its slot list is made again from what it holds. Returns true if some key
     * was let go of (another collection then frees it).
     */
    boolean sweep() {
        boolean released = false;
        for (int i = tables.size() - 1; i >= 0; i--) {
            Slots slots = tables.get(i);
            LuaTable t = slots.get();
            if (t == null || t.weakSlots() != slots) { // collected, or no longer weak (or registered anew)
                tables.remove(i);
                continue;
            }
            released |= t.releaseDeadKeys();
            slots.rebuild(t);
        }
        return released;
    }
}
