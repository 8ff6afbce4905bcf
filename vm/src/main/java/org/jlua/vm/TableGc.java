package org.jlua.vm;

/**
 * What the collector's machinery attaches to a table, kept apart so that tables without any
 * of it (nearly all of them) stay one field smaller: the guard of a table marked for
 * finalization ({@link Finalizers}), the values it keeps as a key of weak-keyed tables
 * ({@link Ephemerons}), and, for a weak table, where its weak slots are registered
 * ({@link WeakTables}).
 */
final class TableGc {
    Object guard;
    Ephemerons ephemerons;
    WeakTables.Slots weakSlots;
}
