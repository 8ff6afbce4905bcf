package org.jlua.optimizer;

import static org.jlua.ast.BinOp.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jlua.ast.Attrib;
import org.jlua.ast.BinOp;
import org.jlua.ast.Block;
import org.jlua.ast.Expr;
import org.jlua.ast.FuncBody;
import org.jlua.ast.Stat;
import org.jlua.ast.UnOp;
import org.junit.jupiter.api.Test;

/** The expected values are lua5.4's results for the same expressions computed at run time. */
class ConstantFolderTest {
    private static final long MIN = Long.MIN_VALUE;

    // ---- arithmetic

    @Test
    void integerArithmeticFoldsToIntegers() {
        assertInt(3, bin(ADD, i(1), i(2)));
        assertInt(14, bin(MUL, i(2), bin(ADD, i(3), i(4))));
        assertInt(3, bin(IDIV, i(7), i(2)));
        assertInt(-4, bin(IDIV, i(-7), i(2)));
        assertInt(-1, bin(MOD, i(3), i(-2)));
        assertInt(-2, bin(MOD, i(7), i(-3)));
        assertInt(2, bin(MOD, i(-7), i(3)));
        assertInt(MIN, bin(ADD, i(Long.MAX_VALUE), i(1)));
    }

    @Test
    void floatArithmeticFoldsToFloats() {
        assertFloat(3.0, bin(IDIV, f(7.0), i(2)));
        assertFloat(1.5, bin(DIV, i(3), i(2)));
        assertFloat(0.5, bin(POW, i(2), i(-1)));
        assertFloat(8.0, bin(POW, i(2), i(3)));
        assertFloat(-0.5, bin(MOD, f(5.5), i(-2)));
        // 2^53 + 1 is not representable: the float sum rounds back to 2^53.
        assertFloat(9007199254740992.0, bin(ADD, bin(POW, i(2), i(53)), i(1)));
        assertFloat(Double.POSITIVE_INFINITY, bin(IDIV, i(5), f(0.0)));
        assertFloat(Double.NEGATIVE_INFINITY, bin(IDIV, i(-5), f(0.0)));
        assertFloat(Double.POSITIVE_INFINITY, bin(DIV, i(1), i(0)));
    }

    @Test
    void minIntegerFloorDividedByMinusOneWraps() {
        // (-9223372036854775807 - 1) // -1 is math.mininteger again.
        assertInt(MIN, bin(IDIV, bin(SUB, i(-9223372036854775807L), i(1)), i(-1)));
        // Without parentheses // binds tighter: -9223372036854775807 - (1 // -1).
        assertInt(-9223372036854775806L, bin(SUB, i(-9223372036854775807L), bin(IDIV, i(1), i(-1))));
        assertInt(0, bin(MOD, i(MIN), i(-1)));
    }

    @Test
    void bitwiseOperations() {
        assertInt(0, bin(SHL, i(1), i(64)));
        assertInt(MIN, bin(SHL, i(1), i(63)));
        assertInt(1, bin(SHR, bin(SHL, i(1), i(63)), i(63)));
        assertInt(1, bin(BAND, i(3), f(5.0)));
        assertInt(7, bin(BOR, i(3), i(4)));
        assertInt(6, bin(BXOR, i(3), i(5)));
        assertInt(0, bin(SHR, i(1), i(1)));
        assertInt(2, bin(SHL, i(4), i(-1)));
    }

    @Test
    void unaryMinusAndBitwiseNot() {
        assertInt(-2, new Expr.Unary(1, UnOp.NEG, i(2)));
        assertInt(-1, new Expr.Unary(1, UnOp.BNOT, i(0)));
        assertInt(MIN, new Expr.Unary(1, UnOp.NEG, i(MIN)));
        assertFloat(-2.5, new Expr.Unary(1, UnOp.NEG, f(2.5)));
        // -9223372036854775808 is the float 2^63 negated.
        assertFloat(-9.223372036854775808e18, new Expr.Unary(1, UnOp.NEG, f(9.223372036854775808e18)));
        assertInt(-3, new Expr.Unary(1, UnOp.NEG, new Expr.Paren(1, i(3))));
    }

    @Test
    void whatWouldRaiseAnErrorIsLeftToRunTime() {
        assertUnfolded(bin(IDIV, i(1), i(0)));
        assertUnfolded(bin(MOD, i(1), i(0)));
        assertUnfolded(bin(BOR, f(1.5), i(0)));
        assertUnfolded(bin(SHL, f(1e100), i(1)));
        assertUnfolded(new Expr.Unary(1, UnOp.BNOT, f(0.5)));
    }

    @Test
    void nanAndFloatZeroAreLeftToRunTime() {
        assertUnfolded(bin(DIV, i(0), i(0)));
        assertUnfolded(bin(MUL, f(0.0), i(-1)));
        assertUnfolded(bin(SUB, f(0.5), f(0.5)));
        assertUnfolded(new Expr.Unary(1, UnOp.NEG, f(0.0)));
        assertUnfolded(bin(MOD, i(1), f(0.0)));
    }

    @Test
    void stringsAreNotCoerced() {
        assertUnfolded(bin(ADD, s("10"), i(1)));
        assertUnfolded(new Expr.Unary(1, UnOp.NEG, s("2")));
        assertUnfolded(bin(CONCAT, s("a"), s("b")));
    }

    @Test
    void notComparisonsAndLogicalOperatorsStay() {
        assertUnfolded(new Expr.Unary(1, UnOp.NOT, i(1)));
        assertUnfolded(new Expr.Unary(1, UnOp.LEN, s("abc")));
        for (BinOp op : List.of(EQ, NE, LT, LE, GT, GE, AND, OR)) assertUnfolded(bin(op, i(1), i(2)));
    }

    @Test
    void foldingReachesInsideOtherExpressions() {
        Expr call = fold(new Expr.Call(1, new Expr.Name(1, "f"), List.of(bin(ADD, i(1), i(1)))));
        assertEquals(new Expr.Int(1, 2), ((Expr.Call) call).args().get(0));
        Expr index = fold(new Expr.Index(1, new Expr.Name(1, "t"), bin(SUB, i(3), i(1))));
        assertEquals(new Expr.Int(1, 2), ((Expr.Index) index).key());
        Expr partly = fold(bin(ADD, new Expr.Name(1, "x"), bin(MUL, i(2), i(3))));
        assertEquals(bin(ADD, new Expr.Name(1, "x"), i(6)), partly);
    }

    @Test
    void foldedNodesKeepTheLineOfTheNodeTheyReplace() {
        Expr e = fold(new Expr.Binary(7, ADD, new Expr.Int(5, 1), new Expr.Int(9, 2)));
        assertEquals(new Expr.Int(7, 3), e);
        assertEquals(new Expr.Int(4, -1), fold(new Expr.Unary(4, UnOp.NEG, new Expr.Int(6, 1))));
    }

    // ---- dead branches

    @Test
    void ifFalseLosesItsBlockButKeepsItsTest() {
        // Lua codes the jump of a false condition: line hooks see it
        assertEquals(List.of(ifStat(new Expr.False(1))), foldStats(ifStat(new Expr.False(1), call("a"))));
        assertEquals(List.of(ifStat(new Expr.Nil(1))), foldStats(ifStat(new Expr.Nil(1), call("a"))));
    }

    @Test
    void ifTrueKeepsItsBlockAsADoBlock() {
        Stat s = new Stat.If(3, List.of(new Expr.True(3)), List.of(block(call("a"))), block(call("b")));
        assertEquals(List.of(new Stat.Do(3, block(call("a")))), foldStats(s));
        assertEquals(List.of(new Stat.Do(2, block(call("a")))), foldStats(ifStat(new Expr.Int(2, 0), call("a"))));
    }

    @Test
    void deadBranchesOfAnElseifChainAreDropped() {
        Expr x = new Expr.Name(1, "x");
        Stat s = new Stat.If(1, List.of(new Expr.False(1), x, new Expr.True(1), new Expr.Name(1, "y")),
                List.of(block(call("a")), block(call("b")), block(call("c")), block(call("d"))), block(call("e")));
        assertEquals(List.of(new Stat.If(1, List.of(new Expr.False(1), x), List.of(block(), block(call("b"))),
                block(call("c")))), foldStats(s));
        Stat onlyElse = new Stat.If(1, List.of(new Expr.False(1)), List.of(block(call("a"))), block(call("e")));
        assertEquals(List.of(new Stat.If(1, List.of(new Expr.False(1)), List.of(block()), block(call("e")))),
                foldStats(onlyElse));
    }

    @Test
    void conditionsFoldedToConstantsCount() {
        Stat s = ifStat(bin(SUB, i(1), i(1)), call("a"));
        assertEquals(List.of(new Stat.Do(1, block(call("a")))), foldStats(s), "0 is true in Lua");
    }

    @Test
    void whileFalseDisappearsButWhileTrueStays() {
        assertEquals(List.of(), foldStats(new Stat.While(1, new Expr.False(1), block(call("a")))));
        Stat forever = new Stat.While(1, new Expr.True(1), block(new Stat.Break(1)));
        assertEquals(List.of(forever), foldStats(forever));
    }

    @Test
    void deadCodeThatLuaWouldRejectIsKept() {
        // Lua compiles dead code too, so these still raise their compile errors.
        assertEquals(1, foldStats(ifStat(new Expr.False(1), new Stat.Break(1))).size());
        assertEquals(1, foldStats(ifStat(new Expr.False(1), new Stat.Goto(1, "l"))).size());
        assertEquals(1, foldStats(ifStat(new Expr.False(1), new Stat.Label(1, "l"))).size());
        Stat constant = new Stat.Local(1, List.of("k"), List.of(Attrib.CONST), List.of(i(1)));
        Stat assign = new Stat.Assign(1, List.of(new Expr.Name(1, "k")), List.of(i(2)));
        assertEquals(2, foldStats(constant, ifStat(new Expr.False(1), assign)).size());
        Stat twoClose = new Stat.Local(1, List.of("a", "b"), List.of(Attrib.CLOSE, Attrib.CLOSE), List.of());
        assertEquals(1, foldStats(ifStat(new Expr.False(1), twoClose)).size());
    }

    @Test
    void deadBreakInsideALoopMayGo() {
        Stat loop = new Stat.While(1, new Expr.Name(1, "x"), block(ifStat(new Expr.False(1), new Stat.Break(1))));
        assertEquals(List.of(new Stat.While(1, new Expr.Name(1, "x"), block(ifStat(new Expr.False(1))))),
                foldStats(loop));
        Stat innerLoop = ifStat(new Expr.False(1), new Stat.While(1, new Expr.Name(1, "x"), block(new Stat.Break(1))));
        assertEquals(List.of(ifStat(new Expr.False(1))), foldStats(innerLoop));
    }

    @Test
    void foldingReachesNestedFunctionsAndStatements() {
        FuncBody inner = new FuncBody(1, 1, List.of(), false, block(new Stat.Return(1, List.of(bin(ADD, i(1), i(1))))));
        Stat local = new Stat.Local(1, List.of("f"), List.of(Attrib.NONE), List.of(new Expr.Function(1, inner)));
        Stat.Local folded = (Stat.Local) foldStats(local).get(0);
        FuncBody body = ((Expr.Function) folded.values().get(0)).body();
        assertEquals(new Stat.Return(1, List.of(i(2))), body.block().stats().get(0));
    }

    @Test
    void theChunkKeepsItsShape() {
        FuncBody chunk = new FuncBody(0, 9, List.of(), true, block());
        FuncBody folded = ConstantFolder.fold(chunk);
        assertEquals(0, folded.line());
        assertEquals(9, folded.endLine());
        assertTrue(folded.isVararg());
    }

    // ---- helpers

    private static Expr i(long v) {
        return new Expr.Int(1, v);
    }

    private static Expr f(double v) {
        return new Expr.Flt(1, v);
    }

    private static Expr s(String v) {
        return new Expr.Str(1, v.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Expr bin(BinOp op, Expr a, Expr b) {
        return new Expr.Binary(1, op, a, b);
    }

    private static Stat call(String name) {
        return new Stat.CallStat(1, new Expr.Call(1, new Expr.Name(1, name), List.of()));
    }

    private static Block block(Stat... stats) {
        return new Block(List.of(stats));
    }

    private static Stat ifStat(Expr cond, Stat... body) {
        return new Stat.If(cond.line(), List.of(cond), List.of(block(body)), null);
    }

    private static List<Stat> foldStats(Stat... stats) {
        return ConstantFolder.fold(new FuncBody(0, 1, List.of(), true, new Block(Arrays.asList(stats)))).block().stats();
    }

    private static Expr fold(Expr e) {
        Stat s = foldStats(new Stat.Return(1, List.of(e))).get(0);
        return ((Stat.Return) s).values().get(0);
    }

    private static void assertInt(long expected, Expr e) {
        Expr folded = fold(e);
        assertInstanceOf(Expr.Int.class, folded, "folds to an integer: " + e);
        assertEquals(expected, ((Expr.Int) folded).value());
    }

    private static void assertFloat(double expected, Expr e) {
        Expr folded = fold(e);
        assertInstanceOf(Expr.Flt.class, folded, "folds to a float: " + e);
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(((Expr.Flt) folded).value()));
    }

    private static void assertUnfolded(Expr e) {
        Expr folded = fold(e);
        assertSame(e.getClass(), folded.getClass(), "left alone: " + e);
        assertEquals(e, folded);
    }
}
