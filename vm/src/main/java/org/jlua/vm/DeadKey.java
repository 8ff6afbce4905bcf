package org.jlua.vm;

import java.lang.ref.WeakReference;

/**
 * The key of a removed entry of a weak table, after a full collection: held weakly, so that
 * a dead entry no longer keeps its key (a long string, say) alive, as in C Lua, where the
 * collector does not mark dead keys. Lookups and stores never match it; {@code next} still
 * does, by identity, so that a traversal that holds the key can go on from it.
 */
final class DeadKey extends WeakReference<Object> {
    /**
     * What a dead key becomes once its key has been collected: nothing can ask {@code next}
     * to go on from it any more, so all such entries share this one marker (they stay in the
     * table as markers, so that the searches that run past them still reach the keys beyond).
     */
    static final DeadKey COLLECTED = new DeadKey(null);

    DeadKey(Object key) {
        super(key);
    }
}
