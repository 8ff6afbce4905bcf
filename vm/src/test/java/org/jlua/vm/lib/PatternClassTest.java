package org.jlua.vm.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Class membership over all 256 bytes, as lua5.4 computes it in the C locale. */
class PatternClassTest {
    @ParameterizedTest(name = "%{0}")
    @CsvSource(delimiter = ';', value = {
        "a; 65-90,97-122",
        "c; 0-31,127-127",
        "d; 48-57",
        "g; 33-126",
        "l; 97-122",
        "p; 33-47,58-64,91-96,123-126",
        "s; 9-13,32-32",
        "u; 65-90",
        "w; 48-57,65-90,97-122",
        "x; 48-57,65-70,97-102",
        "z; 0-0",
    })
    void classesHoldExactlyTheseBytes(char letter, String ranges) {
        assertEquals(ranges, ranges(c -> PatternClass.matches(c, letter)));
        // The upper-case letter is the complement over all 256 bytes.
        assertEquals(ranges(c -> !PatternClass.matches(c, letter)),
                ranges(c -> PatternClass.matches(c, Character.toUpperCase(letter))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "[a-c]; 97-99",
        "[^a-c]; 0-96,100-255",
        "[%d_]; 48-57,95-95",
        "[]]; 93-93",
        "[^]]; 0-92,94-255",
        "[a-]; 45-45,97-97",
        "[-a]; 45-45,97-97",
        "[%]]; 93-93",
        "[%a-z]; 45-45,65-90,97-122",
        "[\u0080-\u00ff]; 128-255",
        "[z-a]; ''",
    })
    void setsHoldExactlyTheseBytes(String set, String ranges) {
        byte[] p = PatternCalls.ls(set).bytes();
        assertEquals(ranges, ranges(c -> PatternClass.inSet(c, p, 0, p.length - 1)));
    }

    @ParameterizedTest(name = "%{0}")
    @CsvSource({"b", "y", "B", "Y", "%", ".", "]"})
    void otherLettersStandForThemselves(char letter) {
        assertEquals((int) letter + "-" + (int) letter, ranges(c -> PatternClass.matches(c, letter)));
    }

    private interface BytePredicate {
        boolean test(int c);
    }

    private static String ranges(BytePredicate in) {
        List<String> out = new ArrayList<>();
        int c = 0;
        while (c < 256) {
            if (!in.test(c)) {
                c++;
                continue;
            }
            int from = c;
            while (c + 1 < 256 && in.test(c + 1)) c++;
            out.add(from + "-" + c);
            c++;
        }
        return String.join(",", out);
    }
}
