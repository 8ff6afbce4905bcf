package org.jlua.compiler;

import java.util.ArrayList;
import java.util.List;
import org.jlua.vm.OpCode;

/**
 * Labels and gotos of one function, with Lua 5.4's rules: a goto sees the labels of its
 * block and the enclosing blocks; a forward goto stays pending until its label appears in
 * the same block or one it moves out to; it may not jump into the scope of a local, except
 * to a label at the end of a block; {@code break} is a goto to the loop's end. A jump that
 * leaves the scope of a to-be-closed variable runs a CLOSE.
 */
final class Labels {
    private record Label(String name, int line, int pc, int nactvar) {}

    private static final class PendingGoto {
        final String name;
        final int line;
        final int pc;
        int nactvar;
        /** The register level at the goto: the variables above it are left by the jump. */
        int level;
        boolean needsClose;

        PendingGoto(String name, int line, int pc, int nactvar, int level) {
            this.name = name;
            this.line = line;
            this.pc = pc;
            this.nactvar = nactvar;
            this.level = level;
        }
    }

    static final String BREAK = "break";

    private final FunctionState fs;
    private final List<Label> labels = new ArrayList<>();
    private final List<PendingGoto> gotos = new ArrayList<>();

    Labels(FunctionState fs) {
        this.fs = fs;
    }

    int labelCount() {
        return labels.size();
    }

    int gotoCount() {
        return gotos.size();
    }

    /** {@code goto name}: backward to a visible label, or pending until the label appears. */
    void jump(String name, int line) {
        Label label = find(name);
        if (label == null) {
            pending(name, line);
            return;
        }
        int level = fs.regLevel(label.nactvar());
        if (fs.hasToBeClosedFrom(level)) fs.emit(OpCode.CLOSE, line, level);
        int pc = fs.emit(OpCode.JMP, line, 0);
        fs.code.patchJump(pc, label.pc(), line);
    }

    /** {@code break}: a goto to the enclosing loop's end. */
    void breakJump(int line) {
        pending(BREAK, line);
    }

    private void pending(String name, int line) {
        int pc = fs.emit(OpCode.JMP, line, 0);
        gotos.add(new PendingGoto(name, line, pc, fs.nactvar(), fs.varLevel()));
    }

    /** Lua's error for a label name already visible. */
    void checkRepeated(String name, int errorLine) {
        Label found = find(name);
        if (found != null) {
            throw fs.error(errorLine, "label '" + name + "' already defined on line " + found.line());
        }
    }

    /**
     * Places a label at the current pc and solves the pending gotos of the current block that
     * name it. {@code last}: the label ends its block, so the block's locals count as out of
     * scope. Returns true if it emitted a CLOSE for gotos leaving to-be-closed variables.
     */
    boolean create(String name, int line, boolean last, int errorLine) {
        int nactvar = last ? fs.block().nactvar : fs.nactvar();
        Label label = new Label(name, line, fs.code.pc(), nactvar);
        labels.add(label);
        boolean needsClose = false;
        for (int i = fs.block().firstGoto; i < gotos.size(); ) {
            PendingGoto g = gotos.get(i);
            if (g.name.equals(name)) {
                needsClose |= g.needsClose;
                if (g.nactvar < label.nactvar()) {
                    throw fs.error(errorLine, "<goto " + name + "> at line " + g.line
                            + " jumps into the scope of local '" + fs.activeName(g.nactvar) + "'");
                }
                fs.code.patchJump(g.pc, label.pc(), line);
                gotos.remove(i);
            } else {
                i++;
            }
        }
        if (needsClose) {
            fs.emit(OpCode.CLOSE, line, fs.varLevel());
            return true;
        }
        return false;
    }

    /** Forgets the labels of a block being left. */
    void dropLabels(int firstLabel) {
        labels.subList(firstLabel, labels.size()).clear();
    }

    /** The pending gotos of a block being left now belong to the enclosing block. */
    void moveOut(BlockScope block, int blockLevel) {
        for (int i = block.firstGoto; i < gotos.size(); i++) {
            PendingGoto g = gotos.get(i);
            if (g.level > blockLevel) g.needsClose |= block.hasToBeClosed;
            g.nactvar = block.nactvar;
            g.level = blockLevel;
        }
    }

    /** At the end of a function every goto must have found its label. */
    void checkAllSolved(int errorLine) {
        if (gotos.isEmpty()) return;
        PendingGoto g = gotos.get(0);
        String message = g.name.equals(BREAK)
                ? "break outside loop at line " + g.line
                : "no visible label '" + g.name + "' for <goto> at line " + g.line;
        throw fs.error(errorLine, message);
    }

    private Label find(String name) {
        for (Label l : labels) {
            if (l.name().equals(name)) return l;
        }
        return null;
    }
}
