package org.jlua.compiler;

import static org.jlua.compiler.Compile.code;
import static org.jlua.compiler.Compile.ops;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jlua.vm.Proto;
import org.junit.jupiter.api.Test;

class StatementCodeTest {
    @Test
    void mainFunctionShape() {
        Proto p = Compile.proto("");
        assertEquals(0, p.numParams);
        assertTrue(p.isVararg);
        assertArrayEquals(new String[] {"_ENV"}, p.upvalNames);
        assertFalse(p.upvalInRegister[0]);
        assertEquals(0, p.upvalIndex[0]);
        assertEquals(0, p.lineDefined);
        assertEquals(0, p.lastLineDefined);
        assertEquals(Compile.SOURCE, p.source);
        assertEquals(List.of("RETURN0"), code(p));
    }

    @Test
    void returns() {
        assertEquals(List.of("RETURN0", "RETURN0"), code("return"));
        assertEquals(List.of("LOADNIL 0 1", "RETURN1 0", "RETURN0"), code("local x; return x"));
        assertEquals(List.of("LOADI 0 1", "LOADI 1 2", "RETURN 0 3", "RETURN0"), code("return 1, 2"));
        assertEquals(List.of("LOADI 0 1", "GETTABUP 1 0 0", "CALL 1 1 0", "RETURN 0 0", "RETURN0"),
                code("return 1, f()"));
    }

    @Test
    void returnOfACallIsATailCall() {
        // The RETURN after it returns the results of a Java function that yielded.
        assertEquals(List.of("GETTABUP 0 0 0", "LOADI 1 1", "TAILCALL 0 2", "RETURN 0 0", "RETURN0"),
                code("return f(1)"));
        assertEquals(List.of("GETTABUP 0 0 0", "SELF 0 0 1", "TAILCALL 0 2", "RETURN 0 0", "RETURN0"),
                code("return o:m()"));
        assertEquals(List.of("GETTABUP 0 0 0", "CALL 0 1 2", "RETURN1 0", "RETURN0"), code("return (f())"));
    }

    @Test
    void noTailCallInTheScopeOfAToBeClosedVariable() {
        assertEquals(List.of("LOADNIL 0 1", "TBC 0", "GETTABUP 1 0 0", "CALL 1 1 0", "RETURN 1 0", "RETURN0"),
                code("local x <close> = nil; return f()"));
        assertTrue(ops("for k in pairs(t) do return f() end").contains("CALL"));
        assertFalse(ops("for k in pairs(t) do return f() end").contains("TAILCALL"));
        assertTrue(ops("do local x <close> = nil end return f()").contains("TAILCALL"));
    }

    @Test
    void toBeClosedVariablesAreClosedAtTheEndOfTheirBlock() {
        assertEquals(List.of("LOADNIL 0 1", "TBC 0", "CLOSE 0", "RETURN0"), code("do local x <close> = nil end"));
    }

    @Test
    void breakLeavingAToBeClosedVariableCloses() {
        List<String> code = code("while true do local x <close> = nil; if y then break end end");
        // The break jumps to a CLOSE after the loop; the normal iteration closes at the body's end.
        assertEquals(2, code.stream().filter(s -> s.equals("CLOSE 0")).count(), code.toString());
    }

    @Test
    void backwardGotoOutOfAToBeClosedScopeCloses() {
        List<String> code = code("::top:: do local x <close> = nil; goto top end");
        assertEquals(List.of("LOADNIL 0 1", "TBC 0", "CLOSE 0", "JMP -12", "CLOSE 0", "RETURN0"), code);
    }

    @Test
    void forwardGotoOutOfAToBeClosedScopeClosesAtTheLabel() {
        List<String> code = code("do local x <close> = nil; goto out end ::out::");
        assertEquals(List.of("LOADNIL 0 1", "TBC 0", "JMP 2", "CLOSE 0", "CLOSE 0", "RETURN0"), code);
    }

    /** Jump offsets count bytes from the end of the jump instruction. */
    @Test
    void numericFor() {
        assertEquals(List.of("LOADI 0 1", "LOADI 1 10", "LOADI 2 1", "FORPREP 0 18", "GETTABUP 4 0 0", "MOVE 5 3",
                "CALL 4 2 1", "FORLOOP 0 -18", "RETURN0"), code("for i = 1, 10 do f(i) end"));
        assertEquals("LOADI 2 2", code("for i = 1, 10, 2 do end").get(2));
    }

    @Test
    void genericForWithItsFourHiddenRegisters() {
        assertEquals(List.of("GETTABUP 0 0 0", "GETTABUP 1 0 1", "CALL 0 2 5", "TFORPREP 0 12",
                "GETTABUP 6 0 2", "MOVE 7 4", "CALL 6 2 1", "TFORCALL 0 2", "TFORLOOP 0 -21", "CLOSE 0", "RETURN0"),
                code("for k, v in pairs(t) do f(k) end"));
        assertEquals(List.of("LOADNIL 0 1", "MOVE 1 0", "LOADNIL 2 3", "TFORPREP 1 0", "TFORCALL 1 1",
                "TFORLOOP 1 -9", "CLOSE 1", "RETURN0"), code("local n; for k in n do end"));
    }

    @Test
    void hiddenForStateIsInTheDebugInformation() {
        Proto p = Compile.proto("for i = 1, 2 do end for k, v in f do end");
        String[] names = new String[p.locals.length];
        for (int i = 0; i < names.length; i++) names[i] = p.locals[i].name();
        assertArrayEquals(new String[] {"(for state)", "(for state)", "(for state)", "i",
                "(for state)", "(for state)", "(for state)", "(for state)", "k", "v"}, names);
        assertEquals(3, p.locals[3].register());
        assertEquals(4, p.locals[8].register());
    }

    @Test
    void whileAndRepeat() {
        assertEquals(List.of("GETTABUP 0 0 0", "TEST 0 1 14", "GETTABUP 0 0 1", "CALL 0 1 1", "JMP -24", "RETURN0"),
                code("while x do f() end"));
    }

    @Test
    void repeatConditionSeesTheBodyLocals() {
        assertEquals(List.of("LOADI 0 1", "LTK 0 0 1 -11", "RETURN0"),
                code("repeat local x = 1 until x < 1"));
    }

    @Test
    void constantConditionsNeedNoTest() {
        assertEquals(List.of("GETTABUP 0 0 0", "CALL 0 1 1", "JMP -14", "RETURN0"), code("while true do f() end"));
        assertEquals(List.of("JMP 9", "GETTABUP 0 0 0", "CALL 0 1 1", "RETURN0"), code("if false then f() end"));
    }

    @Test
    void ifElseifElse() {
        assertEquals(List.of("GETTABUP 0 0 0", "TEST 0 1 14", "LOADI 0 1", "SETTABUP 0 1 0", "JMP 33",
                "GETTABUP 0 0 2", "TEST 0 1 14", "LOADI 0 2", "SETTABUP 0 1 0", "JMP 9",
                "LOADI 0 3", "SETTABUP 0 1 0", "RETURN0"),
                code("if a then x = 1 elseif b then x = 2 else x = 3 end"));
    }

    @Test
    void conditionsCompileToJumps() {
        // not, and, or in a condition: no booleans are materialised.
        List<String> ops = ops("local a, b; if a and not b or a < b then f() end");
        assertFalse(ops.contains("NOT"));
        assertFalse(ops.contains("LOADTRUE"));
        assertEquals(List.of("LOADNIL 0 2", "TEST 0 1 5", "TEST 1 1 6", "LT 0 1 1 9", "GETTABUP 2 0 0",
                "CALL 2 1 1", "RETURN0"), code("local a, b; if a and not b or a < b then f() end"));
    }

    @Test
    void aConstantValueIsStoredWithoutALoad() {
        assertEquals(List.of("NEWTABLE 0 0 0", "LOADI 1 1", "SETTABLEK 0 1 0", "SETFIELDK 0 1 2", "RETURN0"),
                code("local t, i = {}, 1; t[i] = true; t.n = 0"));
        // in a multiple assignment the values are evaluated first, into registers
        assertEquals("SETFIELD", Compile.ops("local t = {}; t.a, t.b = 1, 2").get(3));
    }

    @Test
    void tableConstructor() {
        assertEquals(List.of("NEWTABLE 0 2 1", "LOADI 1 1", "LOADI 2 2", "SETFIELDK 0 0 1",
                "SETLIST 0 2 0", "RETURN0"), code("local t = {1, 2, x = 3}"));
        assertEquals(List.of("NEWTABLE 0 0 1", "GETTABUP 1 0 0", "SETTABLEK 0 1 1", "RETURN0"),
                code("local t = {[k] = true}"));
        assertEquals(List.of("NEWTABLE 0 1 0", "LOADI 1 1", "GETTABUP 2 0 0", "CALL 2 1 0", "SETLIST 0 0 0",
                "RETURN0"), code("local t = {1, f()}"));
        assertEquals(List.of("NEWTABLE 0 0 1", "GETTABUP 1 0 0", "GETTABUP 2 0 1", "SETTABLE 0 1 2", "RETURN0"),
                code("local t = {[k] = v}"));
    }

    @Test
    void constantsPastWhatAnOperandNamesAreLoadedIntoRegisters() {
        StringBuilder src = new StringBuilder("local t = {}\n");
        for (int i = 0; i < 65536; i++) src.append("t[").append(i + 100000).append("] = 1\n");
        src.append("late = t.late + 0.5\n");
        List<String> code = code(src.toString());
        // the 65,536 keys and the 1 take constants 0 to 65536, past what a u16 operand names:
        // "late" (65537) and 0.5 (65538) are loaded with LOADKX, and the global store becomes
        // _ENV (GETUPVAL) [key in a register] := value, the field read t[key in a register]
        List<String> tail = code.subList(code.size() - 8, code.size());
        assertEquals(List.of("GETUPVAL 1 0", "LOADKX 2 65537", "LOADKX 4 65537", "GETTABLE 3 0 4",
                "LOADKX 4 65538", "ADD 3 3 4", "SETTABLE 1 2 3", "RETURN0"), tail);
    }

    @Test
    void aConditionTooFarFromItsTargetJumpsThroughAJmp() {
        String body = "x = x + 1 ".repeat(3000); // about 50 KB of code: past a 16-bit jump
        List<String> loop = code("while x do " + body + "end");
        // TEST's k flipped: while x holds it jumps over the JMP into the body; else the JMP leaves
        assertEquals(List.of("GETTABUP 0 0 0", "TEST 0 0 5"), loop.subList(0, 2));
        int exit = Integer.parseInt(loop.get(2).substring("JMP ".length()));
        assertTrue(exit > Short.MAX_VALUE, "the JMP out of the loop: " + exit);
        List<String> repeat = code("repeat " + body + "until x");
        assertEquals("TEST 0 0 5", repeat.get(repeat.size() - 3));
        int back = Integer.parseInt(repeat.get(repeat.size() - 2).substring("JMP ".length()));
        assertTrue(back < Short.MIN_VALUE, "the JMP back to the top: " + back);
        // a function with no such jump keeps the one-instruction tests
        assertEquals("TEST 0 1 20", code("while x do x = x + 1 end").get(1)); // over GETTABUP, ADDK, SETTABUP, JMP
    }

    @Test
    void tableItemsAreFlushedEveryFifty() {
        StringBuilder src = new StringBuilder("local t = {");
        for (int i = 0; i < 120; i++) src.append(i).append(',');
        src.append("f()}");
        List<String> setlists = code(src.toString()).stream().filter(s -> s.startsWith("SETLIST")).toList();
        assertEquals(List.of("SETLIST 0 50 0", "SETLIST 0 50 50", "SETLIST 0 0 100"), setlists);
        assertEquals("NEWTABLE 0 120 0", code(src.toString()).get(0));
        // the array size is exact at any size (SETLIST then never grows the array)
        String big = "local t = {" + "1,".repeat(300) + "}";
        assertEquals("NEWTABLE 0 300 0", code(big).get(0));
    }

    @Test
    void multipleAssignmentEvaluatesEverythingBeforeStoring() {
        assertEquals(List.of("LOADNIL 0 2", "MOVE 2 1", "MOVE 3 0", "MOVE 1 3", "MOVE 0 2", "RETURN0"),
                code("local a, b; a, b = b, a"));
        // t[i], i = i, 1: the key register is copied because i is assigned too.
        assertEquals(List.of("LOADNIL 0 2", "MOVE 2 1", "MOVE 3 1", "LOADI 4 1", "MOVE 1 4", "SETTABLE 0 2 3",
                "RETURN0"), code("local t, i; t[i], i = i, 1"));
    }

    @Test
    void multipleAssignmentStoresLastTargetFirst() {
        assertEquals(List.of("LOADI 0 1", "LOADI 1 2", "SETTABUP 0 0 1", "SETTABUP 0 0 0", "RETURN0"),
                code("a, a = 1, 2"));
    }

    @Test
    void assigningEnvKeepsTheOldOneForGlobalTargets() {
        Proto p = Compile.proto("local _ENV = {}; a, _ENV = 1, 2");
        assertEquals(List.of("NEWTABLE 0 0 0", "MOVE 1 0", "LOADI 2 1", "LOADI 3 2", "MOVE 0 3", "SETFIELD 1 0 2",
                "RETURN0"), code(p));
    }

    @Test
    void capturedLocalsLiveInCells() {
        Proto p = Compile.proto("local x = 1; local function f() x = x + 1 end; x = 2; return x");
        assertEquals(List.of("LOADI 0 1", "NEWCELL 0", "CLOSURE 1 0", "LOADI 2 2", "SETCELL 0 2", "GETCELL 2 0",
                "RETURN1 2", "RETURN0"), code(p));
        Proto f = p.protos[0];
        assertArrayEquals(new String[] {"x"}, f.upvalNames);
        assertTrue(f.upvalInRegister[0]);
        assertEquals(0, f.upvalIndex[0]);
        assertEquals(List.of("GETUPVAL 0 0", "ADDK 0 0 0", "SETUPVAL 0 0", "RETURN0"), code(f));
    }

    @Test
    void upvaluesOfUpvaluesGoThroughTheEnclosingFunction() {
        Proto p = Compile.proto("local x; return function() return function() return x, y end end");
        Proto middle = p.protos[0];
        Proto inner = middle.protos[0];
        assertArrayEquals(new String[] {"x", "_ENV"}, middle.upvalNames);
        assertTrue(middle.upvalInRegister[0]);
        assertFalse(middle.upvalInRegister[1]);
        assertArrayEquals(new String[] {"x", "_ENV"}, inner.upvalNames);
        assertFalse(inner.upvalInRegister[0]);
        assertEquals(0, inner.upvalIndex[0]);
        assertFalse(inner.upvalInRegister[1]);
        assertEquals(1, inner.upvalIndex[1]);
    }

    @Test
    void capturedParametersAndLoopVariablesGetFreshCells() {
        Proto p = Compile.proto("local function f(a) return function() return a end end");
        assertEquals("NEWCELL 0", code(p.protos[0]).get(0));
        List<String> loop = code("for i = 1, 3 do g(function() return i end) end");
        assertEquals("NEWCELL 3", loop.get(4), "the body starts by boxing the loop variable");
    }

    @Test
    void localFunctionSeesItself() {
        Proto p = Compile.proto("local function f() return f() end");
        assertEquals(List.of("NEWCELL 0", "CLOSURE 1 0", "SETCELL 0 1", "RETURN0"), code(p));
        assertEquals(List.of("CLOSURE 0 0", "RETURN0"), code("local function f() end"));
    }

    @Test
    void functionStatementsStoreIntoTheirPath() {
        assertEquals(List.of("CLOSURE 0 0", "SETTABUP 0 0 0", "RETURN0"), code("function f() end"));
        assertEquals(List.of("GETTABUP 0 0 0", "GETFIELD 0 0 1", "CLOSURE 1 0", "SETFIELD 0 2 1", "RETURN0"),
                code("function a.b:c() end"));
        assertEquals(1, Compile.proto("function a.b:c() end").protos[0].numParams, "self");
    }

    @Test
    void compileTimeConstantsTakeNoRegister() {
        Proto p = Compile.proto("local k <const> = 10; local s <const> = 'x'; local y = k + 1; return s");
        assertEquals(List.of("LOADI 0 10", "ADDK 0 0 0", "LOADK 1 1", "RETURN1 1", "RETURN0"), code(p));
        assertEquals(1, p.locals.length, "only y is in a register");
        // Only the last of a list can be one; the others are read-only registers.
        assertEquals(List.of("LOADI 0 1", "RETURN1 0", "RETURN0"), code("local a <const>, b <const> = 1, 2; return a"));
        assertEquals(List.of("GETTABUP 0 0 0", "CALL 0 1 2", "RETURN1 0", "RETURN0"),
                code("local a <const> = f(); return a"));
    }

    @Test
    void capturedConstantsNeedNoUpvalue() {
        Proto p = Compile.proto("local k <const> = 2.5; return function() return k end");
        assertEquals(0, p.protos[0].upvalNames.length);
    }

    @Test
    void capturedToBeClosedVariableKeepsItsValueAndSharesACopy() {
        Proto p = Compile.proto("local x <close> = nil; local f = function() return x end");
        assertEquals(List.of("LOADNIL 0 1", "MOVE 1 0", "NEWCELL 1", "TBC 0", "CLOSURE 2 0", "RETURN0"), code(p));
        assertTrue(p.protos[0].upvalInRegister[0]);
        assertEquals(1, p.protos[0].upvalIndex[0]);
    }

    @Test
    void localVariableDebugRanges() {
        Proto p = Compile.proto("local a = 1\ndo local b = 2 end\nlocal c = 3");
        assertEquals(3, p.locals.length);
        Proto.LocalVar a = p.locals[0];
        Proto.LocalVar b = p.locals[1];
        Proto.LocalVar c = p.locals[2];
        assertEquals("a", a.name());
        assertEquals(4, a.startPc(), "after LOADI");
        assertEquals(p.code.length, a.endPc());
        assertEquals(1, b.register());
        assertEquals(8, b.startPc());
        assertEquals(8, b.endPc());
        assertEquals(1, c.register(), "b's register is reused");
        assertEquals("a", p.localName(0, 4));
        assertEquals("c", p.localName(1, 12));
        assertEquals(null, p.localName(1, 10), "c is not active during its own initialisation");
    }
}
