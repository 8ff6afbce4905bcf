package org.jlua.vm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisassemblerTest {
    /**
     * pc 0: GETTABUP 0 0 0 ; pc 5: LOADK 1 1 ; pc 9: EQK 1 2 1 +3 ; pc 16: CALL 0 2 1 ;
     * pc 20: JMP -25 (to 0, a 32-bit offset) ; pc 25: CLOSURE 0 0 (a 32-bit index) ; pc 31: LOADI 1 -2 ;
     * pc 35: RETURN0
     */
    private static final byte[] CODE = {
        11, 0, 0, 0, 0,
        1, 1, 0, 1,
        53, 1, 0, 2, 1, 0, 3,
        55, 0, 2, 1,
        49, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xE7,
        61, 0, 0, 0, 0, 0,
        2, 1, (byte) 0xFF, (byte) 0xFE,
        58,
    };

    private static Proto nested() {
        return new Proto(new byte[] {58}, new Object[0], new long[0], new Proto[0], new boolean[0], new int[0],
                new String[0], 1, false, 1, new int[] {3}, new Proto.LocalVar[0], "@x.lua", 2, 3);
    }

    private static Proto main() {
        int[] lines = new int[CODE.length];
        for (int i = 0; i < lines.length; i++) lines[i] = i < 20 ? 1 : 2;
        return new Proto(CODE, new Object[] {LuaString.valueOf("print"), LuaString.valueOf("a\"b\n\001"), Num.FLT},
                new long[] {0, 0, Double.doubleToRawLongBits(0.5)}, new Proto[] {nested()},
                new boolean[] {false}, new int[] {0}, new String[] {"_ENV"}, 0, true, 2, lines,
                new Proto.LocalVar[] {new Proto.LocalVar("x", 1, 9, 32)}, "@x.lua", 0, 0);
    }

    @Test
    void decodesByTheOperandFormats() {
        List<Disassembler.Instruction> code = Disassembler.decode(CODE);
        assertEquals(8, code.size());
        assertEquals(OpCode.EQK, code.get(2).op());
        assertEquals(9, code.get(2).pc());
        assertArrayEquals(new int[] {1, 2, 1, 3}, code.get(2).operands());
        assertEquals(19, code.get(2).jumpTarget());
        assertEquals(0, code.get(4).jumpTarget(), "negative offsets are signed");
        assertArrayEquals(new int[] {1, -2}, code.get(6).operands());
        assertEquals(-1, code.get(0).jumpTarget());
        assertEquals(36, code.get(7).next());
    }

    @Test
    void listsEveryInstructionWithItsLineAndComments() {
        String expected = String.join("\n",
                "main <x.lua:0,0> (8 instructions, 36 bytes)",
                "0+ params, 2 registers, 1 upvalue, 1 local, 3 constants, 1 function",
                "\t0\t[1]\tGETTABUP \t0 0 0\t; _ENV \"print\"",
                "\t5\t[1]\tLOADK    \t1 1\t; \"a\\\"b\\n\\001\"",
                "\t9\t[1]\tEQK      \t1 2 1 3\t; 0.5 to 19",
                "\t16\t[1]\tCALL     \t0 2 1",
                "\t20\t[2]\tJMP      \t-25\t; to 0",
                "\t25\t[2]\tCLOSURE  \t0 0\t; <x.lua:2,3>",
                "\t31\t[2]\tLOADI    \t1 -2",
                "\t35\t[2]\tRETURN0  ",
                "constants (3):",
                "\t0\tS\t\"print\"",
                "\t1\tS\t\"a\\\"b\\n\\001\"",
                "\t2\tF\t0.5",
                "locals (1):",
                "\t0\tx\tR1\t9\t32",
                "upvalues (1):",
                "\t0\t_ENV\tupvalue\t0",
                "",
                "function <x.lua:2,3> (1 instruction, 1 byte)",
                "1 param, 1 register, 0 upvalues, 0 locals, 0 constants, 0 functions",
                "\t0\t[3]\tRETURN0  ",
                "constants (0):",
                "locals (0):",
                "upvalues (0):",
                "");
        assertEquals(expected, Disassembler.listing(main()));
    }
}
