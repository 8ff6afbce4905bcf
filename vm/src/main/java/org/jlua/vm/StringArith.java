package org.jlua.vm;

/**
 * An arithmetic metamethod of the string metatable ({@code __add} ... {@code __unm}): Lua 5.4
 * converts numeric strings in arithmetic through these, not in the VM, so a script that
 * replaces or removes one changes what {@code "10" + 1} does. The VM recognises its own
 * instances and runs the same conversion without a call ({@link Arith#arith}).
 */
public final class StringArith extends JavaFunction {
    /** The operator, an {@link Arith} number (ADD..IDIV or UNM). */
    final int op;

    public StringArith(int op) {
        super(Event.ofArith(op).key.toString());
        this.op = op;
    }

    @Override
    public int call(LuaThread L) {
        Object ta = L.tag(1), tb = L.tag(2);
        long a = L.bits(1), b = L.bits(2);
        Object[] s = new Object[1];
        long[] n = new long[1];
        if (Arith.coerceStrings(op, ta, a, tb, b, s, n, 0)) return L.pushValue(s[0], n[0]);
        // the second operand's own metamethod, when it is not a string (lstrlib's trymt)
        Object tm = tb instanceof LuaString ? null : Metamethods.of(L.state, tb, Event.ofArith(op));
        if (tm == null) throw L.error(Arith.stringArithMessage(op, ta, tb));
        Object[] r = L.callBoxed(tm, Values.box(ta, a), Values.box(tb, b));
        return L.push(r.length > 0 ? r[0] : null);
    }
}
