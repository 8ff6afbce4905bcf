package org.jlua.compiler;

import org.jlua.vm.OpCode;
import org.jlua.vm.Operand;

/**
 * How many registers an instruction needs: one past the highest register it reads or
 * writes, counting the runs that counted operands imply (call arguments and results,
 * LOADNIL, CONCAT, SETLIST, the hidden registers of the for loops). Open counts (0 = up to
 * the top) are the VM's business and add nothing here.
 */
final class RegisterSpan {
    private RegisterSpan() {
    }

    static int top(OpCode op, int[] operands) {
        int top = 0;
        for (int i = 0; i < op.operands.length; i++) {
            if (op.operands[i] == Operand.REG) top = Math.max(top, operands[i] + 1);
        }
        int a = operands.length > 0 ? operands[0] : 0;
        int run = switch (op) {
            case LOADNIL, CONCAT -> a + operands[1];
            case SELF -> a + 2;
            case SETLIST -> a + 1 + operands[1];
            case CALL -> Math.max(a + Math.max(operands[1], 1), a + operands[2] - 1);
            case TAILCALL -> a + Math.max(operands[1], 1);
            case RETURN -> a + operands[1] - 1;
            case VARARG -> a + operands[1] - 1;
            case FORPREP, FORLOOP, TFORPREP -> a + 4;
            case TFORCALL -> a + 4 + operands[1];
            case TFORLOOP -> a + 5;
            default -> 0;
        };
        return Math.max(top, run);
    }
}
