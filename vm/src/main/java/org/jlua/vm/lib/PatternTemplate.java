package org.jlua.vm.lib;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jlua.vm.LuaError;
import org.jlua.vm.LuaString;

/** A string replacement of {@code string.gsub}, expanded straight into the result. */
final class PatternTemplate implements PatternReplacement {
    private final byte[] text;

    PatternTemplate(byte[] text) {
        this.text = text;
    }

    @Override
    public LuaString replace(PatternMatcher m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        appendTo(m, out);
        return LuaString.wrap(out.toByteArray());
    }

    @Override
    public boolean appendTo(PatternMatcher m, ByteArrayOutputStream out) {
        int n = text.length;
        int plainFrom = 0;
        for (int i = 0; i < n; i++) {
            if (text[i] != '%') continue;
            out.write(text, plainFrom, i - plainFrom);
            i++;
            // A '%' at the very end sees C's terminating '\0', which is no valid escape.
            int c = i < n ? text[i] & 0xFF : 0;
            if (c == '%') {
                out.write('%');
            } else if (c == '0') {
                out.write(m.subject(), m.start(), m.end() - m.start());
            } else if (PatternClass.isDigit(c)) {
                Object cap = m.capture(c - '1');
                byte[] bytes = cap instanceof LuaString str ? str.bytes()
                        : cap.toString().getBytes(StandardCharsets.ISO_8859_1);
                out.write(bytes, 0, bytes.length);
            } else {
                throw new LuaError("invalid use of '%' in replacement string");
            }
            plainFrom = i + 1;
        }
        if (plainFrom < n) out.write(text, plainFrom, n - plainFrom);
        return true;
    }
}
