package org.jlua.vm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * HotSpot never compiles a method of more than 8000 bytes of bytecode unless told to
 * (-XX:-DontCompileHugeMethods, which ./jlua passes but an embedder or JMH does not): an
 * interpreted dispatch loop is many times slower. The loop once grew past the limit unnoticed.
 *
 * The same 8000 bytes bound what C2 inlines into the loop: the loop's own size counts, so a
 * loop of 7900 bytes gets no helper inlined (-XX:+PrintInlining: "size > DesiredMethodLimit").
 * Moving the rare instructions out ({@link OutOfLine}) left room for C2 to inline table stores
 * and call set-up into it (benchmarks/README.md, "The loop's inlining budget", has the
 * figures, a likely gain under 10%); this keeps that room.
 */
class DispatchLoopSizeTest {
    private static final int HUGE_METHOD_LIMIT = 8000;
    /** What the loop may take of those 8000 bytes, leaving the rest for inlining. */
    private static final int LOOP_BUDGET = 7500;

    @Test
    void theDispatchLoopStaysSmallEnoughForTheJit() throws IOException {
        int run = runSize();
        assertTrue(run < HUGE_METHOD_LIMIT, "Interpreter.run has " + run + " bytes of bytecode");
    }

    @Test
    void theDispatchLoopLeavesRoomForInlining() throws IOException {
        int run = runSize();
        assertTrue(run <= LOOP_BUDGET, "Interpreter.run has " + run + " bytes of bytecode, more than "
                + LOOP_BUDGET + ": move a rare instruction to OutOfLine");
    }

    private static int runSize() throws IOException {
        Map<String, Integer> sizes = codeSizes(Interpreter.class);
        Integer run = sizes.get("run");
        assertTrue(run != null, "Interpreter.run not found in " + sizes.keySet());
        return run;
    }

    /** The bytecode length of each method of a class, read from its class file (JVMS 4). */
    private static Map<String, Integer> codeSizes(Class<?> c) throws IOException {
        try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
            DataInputStream d = new DataInputStream(in);
            d.readInt(); // magic
            d.readUnsignedShort(); // minor
            d.readUnsignedShort(); // major
            int count = d.readUnsignedShort();
            String[] utf8 = new String[count];
            for (int i = 1; i < count; i++) {
                int tag = d.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = d.readUTF();
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> d.readInt();
                    case 5, 6 -> {
                        d.readLong();
                        i++; // longs and doubles take two entries
                    }
                    case 7, 8, 16, 19, 20 -> d.readUnsignedShort();
                    case 15 -> {
                        d.readUnsignedByte();
                        d.readUnsignedShort();
                    }
                    default -> throw new IOException("constant pool tag " + tag);
                }
            }
            d.readUnsignedShort(); // access
            d.readUnsignedShort(); // this
            d.readUnsignedShort(); // super
            d.skipNBytes(2L * d.readUnsignedShort()); // interfaces
            int fields = d.readUnsignedShort();
            for (int i = 0; i < fields; i++) {
                d.skipNBytes(6);
                skipAttributes(d);
            }
            Map<String, Integer> sizes = new HashMap<>();
            int methods = d.readUnsignedShort();
            for (int i = 0; i < methods; i++) {
                d.readUnsignedShort(); // access
                String name = utf8[d.readUnsignedShort()];
                d.readUnsignedShort(); // descriptor
                int attributes = d.readUnsignedShort();
                for (int j = 0; j < attributes; j++) {
                    String attribute = utf8[d.readUnsignedShort()];
                    int length = d.readInt();
                    if (attribute.equals("Code")) {
                        d.readUnsignedShort(); // max stack
                        d.readUnsignedShort(); // max locals
                        int codeLength = d.readInt();
                        sizes.merge(name, codeLength, Math::max);
                        d.skipNBytes(length - 8L);
                    } else {
                        d.skipNBytes(length);
                    }
                }
            }
            return sizes;
        }
    }

    private static void skipAttributes(DataInputStream d) throws IOException {
        int attributes = d.readUnsignedShort();
        for (int j = 0; j < attributes; j++) {
            d.readUnsignedShort();
            d.skipNBytes(Integer.toUnsignedLong(d.readInt()));
        }
    }
}
