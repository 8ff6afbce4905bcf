package org.jlua.compiler;

import static org.jlua.compiler.Compile.code;
import static org.jlua.compiler.Compile.ops;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jlua.vm.Num;
import org.jlua.vm.Proto;
import org.junit.jupiter.api.Test;

class ExpressionCodeTest {
    @Test
    void globalPlusConstantUsesGettabupAndAddk() {
        Proto p = Compile.proto("local a = b + 1");
        assertEquals(List.of("GETTABUP 0 0 0", "ADDK 0 0 1", "RETURN0"), code(p));
        assertEquals("b", p.k[0].toString());
        assertEquals(Num.INT, p.k[1]);
        assertEquals(1L, p.kn[1]);
    }

    @Test
    void aNumeralOnTheLeftOfPlusOrTimesStaysAConstant() {
        assertEquals(List.of("GETTABUP 0 0 0", "KADD 0 0 1", "RETURN0"), code("local a = 1 + b"));
        assertEquals(List.of("GETTABUP 0 0 0", "KMUL 0 0 1", "RETURN0"), code("local a = 2.0 * b"));
    }

    @Test
    void otherOperatorsLoadANumeralOnTheLeft() {
        assertEquals(List.of("LOADI 0 1", "GETTABUP 1 0 0", "SUB 0 0 1", "RETURN0"), code("local a = 1 - b"));
    }

    @Test
    void orderComparisonsTakeANumeralOnEitherSideAsAConstant() {
        assertEquals("LTK", ops("local x; if x < 1 then x = 0 end").get(1));
        assertEquals("LEK", ops("local x; if x <= 1 then x = 0 end").get(1));
        assertEquals("GTK", ops("local x; if x > 1 then x = 0 end").get(1));
        assertEquals("GEK", ops("local x; if x >= 1.5 then x = 0 end").get(1));
        // 1 < x is x > 1; 1 >= x is x <= 1
        assertEquals("GTK", ops("local x; if 1 < x then x = 0 end").get(1));
        assertEquals("LEK", ops("local x; if 1 >= x then x = 0 end").get(1));
        // strings keep the register form
        assertEquals("LT", ops("local x; if x < 'a' then x = 0 end").get(2));
    }

    @Test
    void everyArithmeticOperatorHasARegisterAndAConstantForm() {
        String[][] cases = {
            {"+", "ADD"}, {"-", "SUB"}, {"*", "MUL"}, {"/", "DIV"}, {"%", "MOD"}, {"^", "POW"}, {"//", "IDIV"},
            {"&", "BAND"}, {"|", "BOR"}, {"~", "BXOR"}, {"<<", "SHL"}, {">>", "SHR"},
        };
        for (String[] c : cases) {
            assertEquals(c[1], ops("local x, y; local z = x " + c[0] + " y").get(1), c[0]);
            assertEquals(c[1] + "K", ops("local x; local z = x " + c[0] + " 2.5").get(1), c[0]);
        }
    }

    @Test
    void stringConstantsOnTheRightAreNotArithmeticConstants() {
        assertEquals(List.of("LOADNIL", "LOADK", "ADD", "RETURN0"), ops("local x; local y = x + '10'"));
    }

    @Test
    void integersInTheS16RangeLoadImmediately() {
        assertEquals(List.of("LOADI 0 32767", "LOADI 1 0", "LOADK 2 0", "LOADK 3 1", "RETURN0"),
                code("local a, b, c, d = 32767, 0, 32768, 1.0"));
    }

    @Test
    void nilAndBooleans() {
        assertEquals(List.of("LOADNIL 0 1", "LOADTRUE 1", "LOADFALSE 2", "RETURN0"),
                code("local a, b, c = nil, true, false"));
        assertEquals(List.of("LOADNIL 0 3", "RETURN0"), code("local a, b, c"));
    }

    @Test
    void unaryOperators() {
        assertEquals(List.of("LOADNIL 0 1", "UNM 1 0", "NOT 2 0", "LEN 3 0", "BNOT 4 0", "RETURN0"),
                code("local x; local a, b, c, d = -x, not x, #x, ~x"));
    }

    @Test
    void concatenationChainsUseConsecutiveRegistersAndOneConcat() {
        assertEquals(List.of("LOADNIL 0 1", "MOVE 1 0", "LOADK 2 0", "MOVE 3 0", "CONCAT 1 3", "RETURN0"),
                code("local x; local s = x .. 'a' .. x"));
    }

    @Test
    void leftNestedConcatenationIsTwoConcats() {
        assertEquals(2, ops("local x; local s = (x .. x) .. x").stream().filter("CONCAT"::equals).count());
    }

    /** Offsets count bytes from the next instruction: LOADTRUE (2) and JMP (3) take 5. */
    @Test
    void comparisonsKeepSourceOrderAndSwapOnlyForGreater() {
        assertEquals(List.of("LOADNIL 0 2", "LT 0 1 1 7", "LOADTRUE 2", "JMP 2", "LOADFALSE 2", "RETURN0"),
                code("local a, b; local c = a < b"));
        assertEquals("LT 1 0 1 7", code("local a, b; local c = a > b").get(1));
        assertEquals("LE 0 1 1 7", code("local a, b; local c = a <= b").get(1));
        assertEquals("LE 1 0 1 7", code("local a, b; local c = a >= b").get(1));
        assertEquals("EQ 0 1 1 7", code("local a, b; local c = a == b").get(1));
        assertEquals("EQ 0 1 0 7", code("local a, b; local c = a ~= b").get(1));
    }

    @Test
    void equalityWithAConstantUsesEqk() {
        Proto p = Compile.proto("local a; local b, c, d = a == nil, 'x' ~= a, a == 2");
        List<String> code = code(p);
        assertEquals("EQK 0 0 1 7", code.get(1));
        assertEquals("EQK 0 1 0 7", code.get(5));
        assertEquals("EQK 0 2 1 7", code.get(9));
        assertEquals(null, p.k[0]);
        assertEquals("x", p.k[1].toString());
        assertEquals(Num.INT, p.k[2]);
    }

    @Test
    void andOrInValueContextTestTheTarget() {
        assertEquals(List.of("LOADNIL 0 2", "MOVE 2 0", "TEST 2 1 3", "MOVE 2 1", "RETURN0"),
                code("local a, b; local c = a and b"));
        assertEquals(List.of("LOADNIL 0 2", "MOVE 2 0", "TEST 2 0 3", "MOVE 2 1", "RETURN0"),
                code("local a, b; local c = a or b"));
    }

    @Test
    void andWithAComparisonOnTheLeftJumpsStraightToFalse() {
        assertEquals(List.of("LOADNIL 0 2", "LT 0 1 1 8", "MOVE 2 1", "JMP 2", "LOADFALSE 2", "RETURN0"),
                code("local a, b; local c = a < b and b"));
    }

    @Test
    void assigningAndOrToALiveLocalGoesThroughATemporary() {
        // x = y and x must read the old x after testing y.
        assertEquals(List.of("LOADNIL 0 2", "MOVE 2 1", "TEST 2 1 3", "MOVE 2 0", "MOVE 0 2", "RETURN0"),
                code("local x, y; x = y and x"));
    }

    @Test
    void singleAssignmentToALocalComputesIntoItsRegister() {
        assertEquals(List.of("LOADNIL 0 2", "ADDK 0 1 0", "RETURN0"), code("local x, y; x = y + 1"));
    }

    @Test
    void indexingWithStringKeysUsesFieldInstructions() {
        assertEquals(List.of("LOADNIL 0 2", "GETFIELD 2 0 0", "GETTABLE 3 0 1", "RETURN0"),
                code("local t, k; local a, b = t.x, t[k]"));
        assertEquals(List.of("GETTABUP 0 0 0", "GETFIELD 0 0 1", "GETFIELD 0 0 2", "RETURN0"),
                code("local a = x.y.z"));
    }

    @Test
    void varargKeepsOneValueOrAll() {
        assertEquals(List.of("VARARG 0 2", "RETURN0"), code("local a = ..."));
        assertEquals(List.of("VARARG 0 3", "RETURN0"), code("local a, b = ..."));
        assertEquals(List.of("VARARG 0 0", "RETURN 0 0", "RETURN0"), code("return ..."));
        assertEquals(List.of("VARARG 0 2", "RETURN1 0", "RETURN0"), code("return (...)"));
    }

    @Test
    void callsAdjustTheirResults() {
        assertEquals(List.of("GETTABUP 0 0 0", "CALL 0 1 1", "RETURN0"), code("f()"));
        assertEquals(List.of("GETTABUP 0 0 0", "CALL 0 1 3", "RETURN0"), code("local a, b = f()"));
        assertEquals(List.of("GETTABUP 0 0 0", "GETTABUP 1 0 0", "CALL 1 1 0", "CALL 0 0 1", "RETURN0"),
                code("f(f())"));
        assertEquals(List.of("GETTABUP 0 0 0", "GETTABUP 1 0 0", "CALL 1 1 2", "CALL 0 2 1", "RETURN0"),
                code("f((f()))"));
        assertEquals(List.of("GETTABUP 0 0 0", "VARARG 1 0", "CALL 0 0 1", "RETURN0"), code("f(...)"));
    }

    @Test
    void methodCallsUseSelf() {
        assertEquals(List.of("LOADNIL 0 1", "SELF 1 0 0", "LOADI 3 1", "CALL 1 3 1", "RETURN0"),
                code("local o; o:m(1)"));
        assertEquals(List.of("GETTABUP 0 0 0", "SELF 0 0 1", "CALL 0 2 1", "RETURN0"), code("o:m()"));
    }

    @Test
    void closuresAndNestedPrototypes() {
        Proto p = Compile.proto("local f = function(a) return a end");
        assertEquals(List.of("CLOSURE 0 0", "RETURN0"), code(p));
        assertEquals(1, p.protos[0].numParams);
        assertFalse(p.protos[0].isVararg);
        assertEquals(List.of("RETURN1 0", "RETURN0"), code(p.protos[0]));
    }

    @Test
    void aGlobalThroughALocalEnvUsesFieldInstructions() {
        // The target's name is resolved before the value, so "y" is constant 0.
        assertEquals(List.of("NEWTABLE 0 0 0", "GETFIELD 1 0 1", "SETFIELD 0 0 1", "RETURN0"),
                code("local _ENV = {}; y = x"));
    }

    @Test
    void aGlobalThroughACapturedEnvReadsItsCell() {
        Proto p = Compile.proto("local _ENV = {}; local function f() return _ENV end; y = x");
        List<String> code = code(p);
        assertTrue(code.containsAll(List.of("NEWCELL 0", "GETCELL 2 0", "GETFIELD 2 2 1", "GETCELL 3 0",
                "SETFIELD 3 0 2")), code.toString());
    }

    @Test
    void parenthesesAroundANameOrLiteralCostNothing() {
        assertEquals(code("local x; local y = x + 1"), code("local x; local y = (x) + (1)"));
    }
}
