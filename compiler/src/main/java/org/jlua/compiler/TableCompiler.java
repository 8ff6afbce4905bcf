package org.jlua.compiler;

import static org.jlua.vm.OpCode.*;

import java.util.List;
import org.jlua.ast.Expr;
import org.jlua.ast.TableField;

/**
 * Table constructors: NEWTABLE with size hints, keyed fields stored as they come,
 * positional items gathered in registers above the table and stored by SETLIST every
 * {@link #FIELDS_PER_FLUSH}; a multi-valued last item keeps all its values.
 */
final class TableCompiler {
    /** Lua's LFIELDS_PER_FLUSH. */
    static final int FIELDS_PER_FLUSH = 50;
    /** The hash size hint is a u8 operand (the array size is a u32, and exact). */
    private static final int MAX_HINT = 255;

    private final FunctionState fs;
    private final ExprCompiler exprs;

    TableCompiler(FunctionState fs, ExprCompiler exprs) {
        this.fs = fs;
        this.exprs = exprs;
    }

    void into(Expr.Table table, int t) {
        int line = table.line();
        if (!fs.isScratch(t)) {
            // Items are gathered above the table, so it must be built at the top.
            exprs.viaTemporary(table, t);
            return;
        }
        List<TableField> fields = table.fields();
        int arrayItems = 0;
        int hashItems = 0;
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i) instanceof TableField.Positional p) {
                if (i < fields.size() - 1 || !Expr.isMultiValued(p.value())) arrayItems++;
            } else {
                hashItems++;
            }
        }
        fs.emit(NEWTABLE, line, t, arrayItems, Math.min(hashItems, MAX_HINT));
        int stored = 0;
        int pending = 0;
        for (int i = 0; i < fields.size(); i++) {
            TableField field = fields.get(i);
            if (pending == FIELDS_PER_FLUSH) {
                fs.emit(SETLIST, line, t, pending, stored);
                stored += pending;
                pending = 0;
                fs.freeReg = t + 1;
            }
            if (field instanceof TableField.Keyed k) {
                keyed(t, k);
            } else {
                Expr value = ((TableField.Positional) field).value();
                if (i == fields.size() - 1 && Expr.isMultiValued(value)) {
                    exprs.calls.multi(value, -1);
                    fs.emit(SETLIST, line, t, 0, stored);
                    fs.freeReg = t + 1;
                    return;
                }
                exprs.into(value, fs.allocReg(value.line()));
                pending++;
            }
        }
        if (pending > 0) fs.emit(SETLIST, line, t, pending, stored);
        fs.freeReg = t + 1;
    }

    private void keyed(int t, TableField.Keyed field) {
        int save = fs.freeReg;
        int line = field.value().line();
        Expr key = exprs.constantOf(field.key());
        if (key instanceof Expr.Str) {
            int k = exprs.constant(key, line);
            Expr value = exprs.constantOf(field.value());
            if (value != null) fs.emit(SETFIELDK, line, t, k, exprs.constant(value, line));
            else fs.emit(SETFIELD, line, t, k, exprs.any(field.value()));
        } else {
            int k = exprs.any(field.key());
            Expr value = exprs.constantOf(field.value());
            if (value != null) fs.emit(SETTABLEK, line, t, k, exprs.constant(value, line));
            else fs.emit(SETTABLE, line, t, k, exprs.any(field.value()));
        }
        fs.freeReg = save;
    }
}
