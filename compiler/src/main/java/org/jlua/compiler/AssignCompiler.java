package org.jlua.compiler;

import static org.jlua.vm.OpCode.*;

import java.util.ArrayList;
import java.util.List;
import org.jlua.ast.Expr;

/**
 * Assignments. A single {@code x = e} computes e straight into its destination. A multiple
 * assignment first evaluates the table and key of every indexed target, then every value
 * into temporaries, and only then stores, last target first (as Lua does); a table or key
 * that is itself assigned by the statement is copied first, so {@code t[i], i = i, 1} uses
 * the old i.
 */
final class AssignCompiler {
    private enum Kind { REGISTER, CELL, UPVALUE, GLOBAL, INDEXED, INDEXED_UPVALUE }

    /** Where a value will be stored: a variable, or a table and key already evaluated. */
    private record Place(Kind kind, int slot, int key, boolean constantKey, String name) {}

    private final FunctionState fs;
    private final ExprCompiler exprs;

    AssignCompiler(FunctionState fs, ExprCompiler exprs) {
        this.fs = fs;
        this.exprs = exprs;
    }

    void assign(List<Expr> targets, List<Expr> values, int line) {
        if (targets.size() == 1 && values.size() == 1) {
            single(targets.get(0), values.get(0), Lines.last(values.get(0)));
        } else {
            multiple(targets, values, Lines.lastOf(values, line));
        }
    }

    /** {@code target = value}, stamping the store with {@code storeLine}. */
    void single(Expr target, Expr value, int storeLine) {
        int save = fs.freeReg;
        if (target instanceof Expr.Name n && resolveTarget(n) instanceof VarRef.Register r) {
            exprs.into(value, r.var().register);
        } else {
            Place place = prepare(target, List.of());
            Expr k = place.kind() == Kind.INDEXED ? exprs.constantOf(value) : null;
            if (k != null) {
                // t[i] = true, t.n = 0: the value stays a constant of the store
                int kv = exprs.constant(k, storeLine);
                fs.emit(place.constantKey() ? SETFIELDK : SETTABLEK, storeLine, place.slot(), place.key(), kv);
            } else {
                store(place, exprs.any(value), storeLine);
            }
        }
        fs.freeReg = save;
    }

    private void multiple(List<Expr> targets, List<Expr> values, int storeLine) {
        int save = fs.freeReg;
        List<VarRef> assigned = new ArrayList<>();
        for (Expr t : targets) {
            if (t instanceof Expr.Name n) assigned.add(resolveTarget(n));
        }
        List<Place> places = new ArrayList<>();
        for (Expr t : targets) places.add(prepare(t, assigned));
        int base = fs.freeReg;
        exprs.calls.explist(values, targets.size());
        for (int i = targets.size() - 1; i >= 0; i--) store(places.get(i), base + i, storeLine);
        fs.freeReg = save;
    }

    /** Resolves an assigned name, refusing read-only variables. */
    private VarRef resolveTarget(Expr.Name n) {
        VarRef ref = fs.resolve(n.name(), n.line());
        boolean readonly = ref instanceof VarRef.Constant
                || ref instanceof VarRef.Register r && r.var().readonly
                || ref instanceof VarRef.InCell c && c.var().readonly
                || ref instanceof VarRef.Upvalue u && u.readonly();
        if (readonly) throw fs.error(n.line(), "attempt to assign to const variable '" + n.name() + "'");
        return ref;
    }

    /** Evaluates the parts of a target that come before the values. */
    private Place prepare(Expr target, List<VarRef> assigned) {
        if (target instanceof Expr.Name n) {
            VarRef ref = resolveTarget(n);
            if (ref instanceof VarRef.Register r) return new Place(Kind.REGISTER, r.var().register, 0, false, null);
            if (ref instanceof VarRef.InCell c) return new Place(Kind.CELL, c.var().register, 0, false, null);
            if (ref instanceof VarRef.Upvalue u) return new Place(Kind.UPVALUE, u.index(), 0, false, null);
            int key = exprs.stringConstant(n.name(), n.line());
            if (key >= ConstantPool.OPERAND_LIMIT) {
                // a name among the constants no operand can name: _ENV[name], both in registers
                int env = fs.allocReg(n.line());
                exprs.into(new Expr.Name(n.line(), "_ENV"), env);
                int k = fs.allocReg(n.line());
                fs.emit(LOADKX, n.line(), k, key);
                return new Place(Kind.INDEXED, env, k, false, null);
            }
            if (isAssigned(fs.resolve("_ENV", n.line()), assigned)) {
                // _ENV itself is assigned by this statement: keep the old one.
                int env = fs.allocReg(n.line());
                exprs.into(new Expr.Name(n.line(), "_ENV"), env);
                return new Place(Kind.INDEXED, env, key, true, null);
            }
            return new Place(Kind.GLOBAL, 0, key, true, n.name());
        }
        Expr.Index index = (Expr.Index) target;
        int line = index.line();
        Expr key = exprs.constantOf(index.key());
        boolean stringKey = key instanceof Expr.Str;
        int up = exprs.upvalueOf(index.object());
        if (stringKey && up >= 0 && !isAssigned(fs.resolve(nameOf(index.object()), line), assigned)) {
            return new Place(Kind.INDEXED_UPVALUE, up, exprs.constant(key, line), true, null);
        }
        int table = stable(exprs.any(index.object()), assigned, line);
        int kx = stringKey ? exprs.operandConstant(key, line) : -1;
        if (kx >= 0) return new Place(Kind.INDEXED, table, kx, true, null);
        int k = stable(exprs.any(index.key()), assigned, line);
        return new Place(Kind.INDEXED, table, k, false, null);
    }

    /** A register that the statement's stores will not change: copies an assigned local's. */
    private int stable(int register, List<VarRef> assigned, int line) {
        for (VarRef ref : assigned) {
            if (ref instanceof VarRef.Register r && r.var().register == register) {
                int copy = fs.allocReg(line);
                fs.emit(MOVE, line, copy, register);
                return copy;
            }
        }
        return register;
    }

    private static boolean isAssigned(VarRef ref, List<VarRef> assigned) {
        for (VarRef a : assigned) {
            if (a.equals(ref)) return true;
        }
        return false;
    }

    private static String nameOf(Expr e) {
        while (e instanceof Expr.Paren p) e = p.inner();
        return ((Expr.Name) e).name();
    }

    private void store(Place p, int value, int line) {
        switch (p.kind()) {
            case REGISTER -> {
                if (p.slot() != value) fs.emit(MOVE, line, p.slot(), value);
            }
            case CELL -> fs.emit(SETCELL, line, p.slot(), value);
            case UPVALUE -> fs.emit(SETUPVAL, line, value, p.slot());
            case INDEXED_UPVALUE -> fs.emit(SETTABUP, line, p.slot(), p.key(), value);
            case INDEXED -> {
                if (p.constantKey()) {
                    fs.emit(SETFIELD, line, p.slot(), p.key(), value);
                } else {
                    fs.emit(SETTABLE, line, p.slot(), p.key(), value);
                }
            }
            case GLOBAL -> storeGlobal(p.key(), value, line);
        }
    }

    /** _ENV.name = value, reading _ENV where it lives at the time of the store. */
    private void storeGlobal(int key, int value, int line) {
        VarRef env = fs.resolve("_ENV", line);
        if (env instanceof VarRef.Upvalue u) {
            fs.emit(SETTABUP, line, u.index(), key, value);
        } else if (env instanceof VarRef.Register r) {
            fs.emit(SETFIELD, line, r.var().register, key, value);
        } else {
            int save = fs.freeReg;
            int t = fs.allocReg(line);
            exprs.into(new Expr.Name(line, "_ENV"), t);
            fs.emit(SETFIELD, line, t, key, value);
            fs.freeReg = save;
        }
    }
}
