package org.jlua.ast;

import java.util.List;

/**
 * Prints trees as S-expressions for tests and debugging: {@code (+ 1 (* 2 3))},
 * {@code (local (x y) (1 2))}, {@code (call (name print) ("hi"))}.
 *
 * <p>Operators print as their Lua symbol, names as {@code (name x)}, strings quoted with
 * Lua escapes ({@code \ddd} for unprintable bytes). A block inlines its statements at the
 * end of the form that owns it ({@code (while c s1 s2)}); a chunk prints one statement a
 * line. The {@code withLines} variants append {@code @line} to every node's head and
 * {@code [line-endLine]} to every function, e.g. {@code (+@2 1@2 x@3)}.
 */
public final class AstPrinter {
    private final StringBuilder out = new StringBuilder();
    private final boolean lines;

    private AstPrinter(boolean lines) {
        this.lines = lines;
    }

    public static String print(Block b) {
        return new AstPrinter(false).chunk(b);
    }

    public static String print(Stat s) {
        return new AstPrinter(false).stat(s).out.toString();
    }

    public static String print(Expr e) {
        return new AstPrinter(false).expr(e).out.toString();
    }

    public static String print(FuncBody f) {
        return new AstPrinter(false).function("function", -1, f, null).out.toString();
    }

    public static String withLines(Block b) {
        return new AstPrinter(true).chunk(b);
    }

    public static String withLines(Stat s) {
        return new AstPrinter(true).stat(s).out.toString();
    }

    public static String withLines(Expr e) {
        return new AstPrinter(true).expr(e).out.toString();
    }

    public static String withLines(FuncBody f) {
        return new AstPrinter(true).function("function", -1, f, null).out.toString();
    }

    private String chunk(Block b) {
        for (Stat s : b.stats()) {
            if (!out.isEmpty()) out.append('\n');
            stat(s);
        }
        return out.toString();
    }

    private AstPrinter stat(Stat s) {
        if (s instanceof Stat.Local l) {
            open("local", l.line()).append(" (");
            for (int i = 0; i < l.names().size(); i++) {
                if (i > 0) out.append(' ');
                out.append(l.names().get(i)).append(attrib(l.attribs().get(i)));
            }
            out.append(") ");
            list(l.values());
        } else if (s instanceof Stat.Assign a) {
            open("assign", a.line()).append(' ');
            list(a.targets());
            out.append(' ');
            list(a.values());
        } else if (s instanceof Stat.CallStat c) {
            return expr(c.call());
        } else if (s instanceof Stat.Do d) {
            open("do", d.line());
            stats(d.body());
        } else if (s instanceof Stat.While w) {
            open("while", w.line()).append(' ');
            expr(w.cond());
            stats(w.body());
        } else if (s instanceof Stat.Repeat r) {
            open("repeat", r.line());
            stats(r.body());
            out.append(" (until ");
            expr(r.cond()).close();
        } else if (s instanceof Stat.If i) {
            open("if", i.line());
            for (int k = 0; k < i.conds().size(); k++) {
                out.append(' ');
                expr(i.conds().get(k));
                out.append(" (then");
                stats(i.blocks().get(k));
                close();
            }
            if (i.orElse() != null) {
                out.append(" (else");
                stats(i.orElse());
                close();
            }
        } else if (s instanceof Stat.NumericFor f) {
            open("fornum", f.line()).append(" (").append(f.var()).append(' ');
            expr(f.start()).out.append(' ');
            expr(f.limit());
            if (f.step() != null) {
                out.append(' ');
                expr(f.step());
            }
            close();
            stats(f.body());
        } else if (s instanceof Stat.GenericFor f) {
            open("forin", f.line()).append(" (").append(String.join(" ", f.names())).append(") ");
            list(f.exprs());
            stats(f.body());
        } else if (s instanceof Stat.FunctionStat f) {
            String name = String.join(".", f.path()) + (f.method() == null ? "" : ":" + f.method());
            return function("function", f.line(), f.body(), name);
        } else if (s instanceof Stat.LocalFunction f) {
            return function("local-function", f.line(), f.body(), f.name());
        } else if (s instanceof Stat.Return r) {
            open("return", r.line());
            for (Expr e : r.values()) {
                out.append(' ');
                expr(e);
            }
        } else if (s instanceof Stat.Break b) {
            open("break", b.line());
        } else if (s instanceof Stat.Goto g) {
            open("goto", g.line()).append(' ').append(g.label());
        } else if (s instanceof Stat.Label l) {
            open("label", l.line()).append(' ').append(l.name());
        } else {
            throw new IllegalArgumentException(s.toString());
        }
        return close();
    }

    private static String attrib(Attrib a) {
        return switch (a) {
            case NONE -> "";
            case CONST -> "<const>";
            case CLOSE -> "<close>";
        };
    }

    private AstPrinter expr(Expr e) {
        if (e instanceof Expr.Nil) {
            atom("nil", e.line());
        } else if (e instanceof Expr.True) {
            atom("true", e.line());
        } else if (e instanceof Expr.False) {
            atom("false", e.line());
        } else if (e instanceof Expr.Int i) {
            atom(Long.toString(i.value()), e.line());
        } else if (e instanceof Expr.Flt f) {
            atom(number(f.value()), e.line());
        } else if (e instanceof Expr.Str s) {
            atom(quote(s.value()), e.line());
        } else if (e instanceof Expr.Vararg) {
            atom("...", e.line());
        } else if (e instanceof Expr.Function f) {
            function("function", f.line(), f.body(), null);
        } else if (e instanceof Expr.Table t) {
            open("table", t.line());
            for (TableField field : t.fields()) {
                out.append(' ');
                if (field instanceof TableField.Keyed k) {
                    out.append("(= ");
                    expr(k.key()).out.append(' ');
                    expr(k.value()).close();
                } else {
                    expr(((TableField.Positional) field).value());
                }
            }
            close();
        } else if (e instanceof Expr.Binary b) {
            open(b.op().symbol, b.line()).append(' ');
            expr(b.left()).out.append(' ');
            expr(b.right()).close();
        } else if (e instanceof Expr.Unary u) {
            open(u.op().symbol, u.line()).append(' ');
            expr(u.operand()).close();
        } else if (e instanceof Expr.Name n) {
            open("name", n.line()).append(' ').append(n.name());
            close();
        } else if (e instanceof Expr.Index i) {
            open("index", i.line()).append(' ');
            expr(i.object()).out.append(' ');
            expr(i.key()).close();
        } else if (e instanceof Expr.Call c) {
            open("call", c.line()).append(' ');
            expr(c.function()).out.append(' ');
            list(c.args());
            close();
        } else if (e instanceof Expr.MethodCall m) {
            open("method", m.line()).append(' ');
            expr(m.object()).out.append(' ').append(m.method()).append(' ');
            list(m.args());
            close();
        } else if (e instanceof Expr.Paren p) {
            open("paren", p.line()).append(' ');
            expr(p.inner()).close();
        } else {
            throw new IllegalArgumentException(e.toString());
        }
        return this;
    }

    /** {@code (head@line[from-to] name (params) stats...)}; line is -1 for a bare body. */
    private AstPrinter function(String head, int line, FuncBody f, String name) {
        out.append('(').append(head);
        if (lines) {
            if (line >= 0) out.append('@').append(line);
            out.append('[').append(f.line()).append('-').append(f.endLine()).append(']');
        }
        if (name != null) out.append(' ').append(name);
        out.append(" (").append(String.join(" ", f.params()));
        if (f.isVararg()) out.append(f.params().isEmpty() ? "..." : " ...");
        out.append(')');
        stats(f.block());
        return close();
    }

    private void stats(Block b) {
        for (Stat s : b.stats()) {
            out.append(' ');
            stat(s);
        }
    }

    private void list(List<Expr> exprs) {
        out.append('(');
        for (int i = 0; i < exprs.size(); i++) {
            if (i > 0) out.append(' ');
            expr(exprs.get(i));
        }
        out.append(')');
    }

    private StringBuilder open(String head, int line) {
        out.append('(').append(head);
        if (lines) out.append('@').append(line);
        return out;
    }

    private AstPrinter close() {
        out.append(')');
        return this;
    }

    private void atom(String text, int line) {
        out.append(text);
        if (lines) out.append('@').append(line);
    }

    /** Integral floats keep a ".0" as Lua prints them; others use Java's shortest form. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return (v == 0 && 1 / v < 0 ? "-0" : Long.toString((long) v)) + ".0";
        }
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        return Double.toString(v);
    }

    static String quote(byte[] bytes) {
        StringBuilder sb = new StringBuilder("\"");
        for (byte b : bytes) {
            int c = b & 0xFF;
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c >= 32 && c < 127) sb.append((char) c);
                    else sb.append('\\').append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
