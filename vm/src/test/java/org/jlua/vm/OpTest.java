package org.jlua.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

class OpTest {
    @Test
    void intConstantsMatchTheEnum() throws Exception {
        int constants = 0;
        for (Field f : Op.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) continue;
            constants++;
            assertEquals(OpCode.valueOf(f.getName()).ordinal(), f.getInt(null), f.getName());
        }
        assertEquals(OpCode.values().length, constants, "every opcode has a constant");
    }

    @Test
    void instructionSizesFollowTheOperands() {
        assertEquals(4, OpCode.ADD.size);
        assertEquals(4, OpCode.LOADK.size);
        assertEquals(6, OpCode.EQ.size);
        assertEquals(7, OpCode.SETLIST.size);
        assertEquals(1, OpCode.RETURN0.size);
    }
}
