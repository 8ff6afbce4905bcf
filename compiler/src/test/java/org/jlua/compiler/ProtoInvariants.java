package org.jlua.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jlua.vm.Disassembler;
import org.jlua.vm.OpCode;
import org.jlua.vm.Operand;
import org.jlua.vm.Proto;

/** Checks what the VM relies on in every prototype the compiler makes, and in the nested ones. */
final class ProtoInvariants {
    private ProtoInvariants() {
    }

    static void check(Proto p, String what) {
        List<Disassembler.Instruction> code = Disassembler.decode(p.code);
        Set<Integer> starts = new HashSet<>();
        for (Disassembler.Instruction in : code) starts.add(in.pc());
        assertTrue(p.maxStack < CodeBuffer.MAX_STACK, what + ": maxStack " + p.maxStack);
        assertEquals(p.code.length, p.lines.length, what + ": a line for every code byte");
        assertEquals(OpCode.RETURN0, code.get(code.size() - 1).op(), what + ": ends with RETURN0");
        for (Disassembler.Instruction in : code) {
            String at = what + " at pc " + in.pc() + " " + in.op();
            int target = in.jumpTarget();
            if (target >= 0 || in.op() == OpCode.JMP) {
                assertTrue(starts.contains(target), at + ": jump to " + target + " is not an instruction start");
            }
            assertTrue(RegisterSpan.top(in.op(), in.operands()) <= p.maxStack,
                    at + ": uses registers beyond maxStack " + p.maxStack);
            for (int b = in.pc(); b < in.next(); b++) {
                assertEquals(p.lines[in.pc()], p.lines[b], at + ": one line per instruction");
            }
            assertTrue(p.lines[in.pc()] >= 0, at + ": line");
            for (int i = 0; i < in.operands().length; i++) {
                int v = in.operands()[i];
                Operand kind = in.op().operands[i];
                if (kind == Operand.CONST) assertTrue(v < p.k.length, at + ": constant " + v);
                if (kind == Operand.PROTO) assertTrue(v < p.protos.length, at + ": function " + v);
                if (kind == Operand.UPVAL) assertTrue(v < p.upvalNames.length, at + ": upvalue " + v);
            }
        }
        for (Proto.LocalVar v : p.locals) {
            assertTrue(0 <= v.startPc() && v.startPc() <= v.endPc() && v.endPc() <= p.code.length,
                    what + ": range of local " + v);
            assertTrue(v.register() < p.maxStack, what + ": register of local " + v);
        }
        for (int i = 0; i < p.upvalNames.length; i++) {
            assertTrue(p.upvalIndex[i] >= 0, what + ": upvalue index");
        }
        for (int i = 0; i < p.protos.length; i++) {
            Proto nested = p.protos[i];
            for (int u = 0; u < nested.upvalNames.length; u++) {
                if (nested.upvalInRegister[u]) {
                    assertTrue(nested.upvalIndex[u] < p.maxStack, what + ": captured register");
                } else {
                    assertTrue(nested.upvalIndex[u] < p.upvalNames.length, what + ": captured upvalue");
                }
            }
            check(nested, what + "/function " + i);
        }
    }
}
