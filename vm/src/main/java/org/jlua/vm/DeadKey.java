package org.jlua.vm;

import java.lang.ref.WeakReference;

/**
 * The key of a removed entry of a weak table, after a full collection: held weakly, so that
 * a dead entry no longer keeps its key (a long string, say) alive, as in C Lua, where the
 * collector does not mark dead keys. Lookups and stores never match it; {@code next} still
 * does, by identity, so that a traversal that holds the key can go on from it.
 */
final class DeadKey extends WeakReference<Object> {
    DeadKey(Object key) {
        super(key);
    }
}
