package org.jlua.vm;

import java.lang.ref.WeakReference;

/**
 * Weak references inside weak tables (mode "k", "v" or "kv"): a collectable key or value
 * (table, function, userdata, thread) is stored wrapped, so the JVM's collector may
 * reclaim it; a cleared slot then reads as absent. Strings and numbers are values, never
 * removed from weak tables, as the Lua manual says.
 */
final class WeakSlot extends WeakReference<Object> {
    /** The referent's hash, kept so a key stays findable (and rehashable) by identity. */
    final int hash;

    WeakSlot(Object referent) {
        super(referent);
        this.hash = referent.hashCode();
    }

    static boolean collectable(Object tag) {
        return tag instanceof LuaTable || tag instanceof LuaFunction || tag instanceof Userdata || tag instanceof Coroutine;
    }

    /** The slot's content: the referent of a weak slot (null once collected), else itself. */
    static Object deref(Object o) {
        return o instanceof WeakSlot w ? w.get() : o;
    }
}
