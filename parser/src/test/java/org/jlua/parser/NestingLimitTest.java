package org.jlua.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deep nesting ends in lua5.4's "C stack overflow", at the same depth as in
 * {@code luac5.4 -p} / {@code lua5.4 file.lua}: each case's deepest accepted nesting was
 * found by running lua5.4 on generated files.
 */
class NestingLimitTest {
    private static String rep(String s, int n) {
        return s.repeat(n);
    }

    static Stream<Arguments> shapes() {
        return Stream.of(
                shape("parentheses", 196, n -> "x = " + rep("(", n) + "1" + rep(")", n)),
                shape("table constructors", 197, n -> "x = " + rep("{", n) + rep("}", n)),
                shape("do blocks", 198, n -> rep("do ", n) + rep(" end", n)),
                shape("if blocks", 197, n -> rep("if x then ", n) + rep(" end", n)),
                shape("while loops", 197, n -> rep("while x do ", n) + rep(" end", n)),
                shape("repeat loops", 197, n -> rep("repeat ", n) + rep(" until x", n)),
                shape("functions", 98, n -> "x = " + rep("function() return ", n) + "1" + rep(" end", n)),
                shape("unary minus", 196, n -> "x = " + rep("- ", n) + "1"),
                shape("not", 196, n -> "x = " + rep("not ", n) + "1"),
                shape("concatenations", 196, n -> "x = " + rep("a..", n) + "a"),
                shape("powers", 196, n -> "x = " + rep("a^", n) + "a"),
                shape("call arguments", 196, n -> "x = " + rep("f(", n) + "1" + rep(")", n)),
                shape("index keys", 196, n -> "x = a" + rep("[a", n) + rep("]", n)),
                shape("assignment targets", 196, n -> "a" + rep(",a", n) + "=1"),
                shape("labels", 198, n -> IntStream.range(0, n).mapToObj(i -> "::l" + i + "::")
                        .collect(Collectors.joining(" "))));
    }

    private static Arguments shape(String name, int deepestAccepted, IntFunction<String> source) {
        return Arguments.of(name, deepestAccepted, source);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void luaDepthIsAcceptedOneMoreOverflows(String name, int deepestAccepted, IntFunction<String> source) {
        assertNotNull(Parse.chunk(source.apply(deepestAccepted)));
        assertEquals("C stack overflow", SyntaxErrorTest.errorOf(source.apply(deepestAccepted + 1), "=test"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void tenThousandLevelsEndInLuasErrorNotJavas(String name, int deepestAccepted, IntFunction<String> source) {
        assertEquals("C stack overflow", SyntaxErrorTest.errorOf(source.apply(10_000), "=test"));
    }

    static Stream<Arguments> flatShapes() {
        return Stream.of(
                Arguments.of("left-associative operators", "x = 1" + rep(" + 1", 10_000)),
                Arguments.of("field chains", "x = a" + rep(".a", 10_000)),
                Arguments.of("call chains", "f" + rep("()", 10_000)),
                Arguments.of("statements", rep("x = 1 ", 10_000)),
                Arguments.of("table items", "x = {" + rep("1, ", 10_000) + "}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flatShapes")
    void longButFlatConstructsAreNotNesting(String name, String source) {
        assertNotNull(Parse.chunk(source));
    }
}
