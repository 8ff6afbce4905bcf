package org.jlua.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Behaviour that depends on the compiler's choices (evaluation order, register reuse, cells,
 * closing, value adjustment), run through the VM. Each expectation is what lua5.4 printed for
 * the same chunk run as c.lua.
 */
class SemanticsTest {
    private static final String[][] CASES = {
            {"local a, b = 1, 2; a, b = b, a; print(a, b)",
             "2\t1\n"},
            {"local t, i = {}, 1; t[i], i = i, 5; print(t[1], t[5], i)",
             "1\tnil\t5\n"},
            {"a, a = 1, 2; print(a)",
             "1\n"},
            {"local fs = {} for i = 1, 3 do fs[i] = function() return i end end print(fs[1](), fs[2](), fs[3]())",
             "1\t2\t3\n"},
            {"local fs = {} for _, v in ipairs({\"a\", \"b\"}) do fs[#fs + 1] = function() return v end end print(fs[1](), fs[2]())",
             "a\tb\n"},
            {"local fs, n = {}, 0 while n < 3 do n = n + 1; local m = n * 10; fs[n] = function() m = m + 1; return m end end print(fs[1](), fs[1](), fs[2](), fs[3]())",
             "11\t12\t21\t31\n"},
            {"local function counter() local c = 0; return function() c = c + 1; return c end, function() return c end end local inc, get = counter(); inc(); inc(); print(get())",
             "2\n"},
            {"local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end print(fact(20))",
             "2432902008176640000\n"},
            {"local function f() return 1, 2, 3 end local a, b, c, d = f(); print(a, b, c, d); print(f(), f()); print((f())); print(#{f()}, #{f(), f()}, #{(f())})",
             "1\t2\t3\tnil\n1\t1\t2\t3\n1\n3\t4\t1\n"},
            {"local function v(...) local a, b = ...; return select('#', ...), a, b, ... end print(v()); print(v(1, nil, 3))",
             "0\tnil\tnil\n3\t1\tnil\t1\tnil\t3\n"},
            {"print(nil and 1, false or nil, 1 and nil or 3, 1 < 2 and \"y\" or \"n\", not (1 < 2), 1 == 1.0, \"1\" == 1)",
             "nil\tnil\t3\ty\tfalse\ttrue\tfalse\n"},
            {"local out = {} for i = 1, 5 do if i % 2 == 0 then goto continue end out[#out + 1] = i ::continue:: end print(table.concat and #out or #out, out[1], out[2], out[3])",
             "3\t1\t3\t5\n"},
            {"local fs, i = {}, 1 ::top:: do local x = i * 2; fs[i] = function() return x end end i = i + 1 if i <= 3 then goto top end print(fs[1](), fs[2](), fs[3]())",
             "2\t4\t6\n"},
            {"local log = {} local function c(n) return setmetatable({}, {__close = function() log[#log + 1] = n end}) end for i = 1, 3 do local x <close> = c(i) if i == 2 then break end end do local y <close> = c(\"g\") goto out end ::out:: local function r() local z <close> = c(\"r\") return \"ret\" end print(r(), log[1], log[2], log[3], log[4])",
             "ret\t1\t2\tg\tr\n"},
            {"local s = \"a\" .. 1 .. \"b\" .. 2.5 .. -3; print(s)",
             "a1b2.5-3\n"},
            {"local o = {n = 5} function o:get(d) return self.n + d end print(o:get(1), o.get(o, 2)) function o.sub:m() end",
             "6\t7\nerror: c.lua:1: attempt to index a nil value (field 'sub')\n"},
            {"local function g(...) return ... end local function h(...) return g(...) end print(h(1, nil, 3))",
             "1\tnil\t3\n"},
            {"local n = 0 repeat local k = n; n = n + 1 until k >= 3 print(n)",
             "4\n"},
            {"local x = 1; x = x + x * 2; print(x); x = {x, x}; print(x[1], x[2]); local s = \"a\"; s = \"b\" .. s .. s; print(s)",
             "3\n3\t3\nbaa\n"},
            {"local t = {1, 2, [1] = 5} print(t[1], t[2])",
             "1\t2\n"},
            {"local function f() return 7, 8, 9 end local t = {} for i = 1, 60 do t[i] = i end local u = {table.unpack and 0 or 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, f()} print(#u, u[57], u[59])",
             "59\t7\t9\n"},
            {"local print = print do local _ENV = {x = 42}; print(x) end",
             "42\n"},
            {"print(1, 1.0, -0.0, 0x10, 1e2, 2^53, 7 // 2, 7.0 // 2, -7 // 2, 7 % -3, 3 / 2, 1 << 62)",
             "1\t1.0\t-0.0\t16\t100.0\t9.007199254741e+15\t3\t3.0\t-4\t-2\t1.5\t4611686018427387904\n"},
            {"local t = setmetatable({}, {__index = function(_, k) return k .. \"!\" end}) print(t.a, t[1], t[\"b\"])",
             "a!\t1!\tb!\n"},
            {"local a = {} a.x, a.y = 1, 2 local k = \"y\" a[k] = a[k] + 10 print(a.x, a.y)",
             "1\t12\n"},
            {"local x <const> = 10 local y <const> = x local function f() return x + y end print(f(), x * 2)",
             "20\t20\n"},
            {"local t = {} t.a = {} t.a.b = function(self, v) return v end print(t.a:b(3), t.a.b(nil, 4))",
             "3\t4\n"},
            {"local i = 0 local function nxt() i = i + 1 if i <= 3 then return i end end for v in nxt do io = nil end print(i)",
             "4\n"},
            {"local s = 0 for i = 10, 1, -3 do s = s + i end for i = 1.0, 2.0, 0.5 do s = s + i end print(s)",
             "26.5\n"},
            {"local function mr() return 1, 2 end local t = {mr(), mr()} local a, b, c = mr(), 10 print(#t, a, b, c)",
             "3\t1\t10\tnil\n"},
            {"local up = 0 local function bump() up = up + 1 return up end local t = {bump(), bump(), x = bump(), bump()} print(t[1], t[2], t[3], t.x)",
             "1\t2\t4\t3\n"},
            {"local a, b, c = (function() return 1, 2, 3 end)() print(a, b, c)",
             "1\t2\t3\n"},
            {"local x = 0 for i = 1, 3 do x = x + i end print(x, i)",
             "6\tnil\n"},
            {"local a = 5; local b = -a; local c = ~a; local d = #\"abc\"; local e = not a print(b, c, d, e)",
             "-5\t-6\t3\tfalse\n"},
            {"local t = {} local function f() return t end f().x = 1 f()[\"y\"] = 2 print(t.x, t.y)",
             "1\t2\n"},
    };

    @TestFactory
    Stream<DynamicTest> behavesAsLua() {
        return Arrays.stream(CASES).map(c -> DynamicTest.dynamicTest(c[0],
                () -> assertEquals(c[1], Run.output(c[0], "@c.lua"), c[0])));
    }
}
