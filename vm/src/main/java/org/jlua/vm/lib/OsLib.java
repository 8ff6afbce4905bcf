package org.jlua.vm.lib;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import org.jlua.vm.Arith;
import org.jlua.vm.JavaFunction;
import org.jlua.vm.Lib;
import org.jlua.vm.LuaExit;
import org.jlua.vm.LuaState;
import org.jlua.vm.LuaString;
import org.jlua.vm.LuaTable;
import org.jlua.vm.LuaThread;
import org.jlua.vm.Numerals;
import org.jlua.vm.Values;

/** The operating system library (manual section 6.9), on java.time and java.nio.file. */
public final class OsLib {
    private OsLib() {}

    public static void open(LuaState state) {
        LuaTable os = new LuaTable();
        reg(os, "clock", CLOCK);
        reg(os, "time", TIME);
        reg(os, "date", DATE);
        reg(os, "difftime", DIFFTIME);
        reg(os, "getenv", GETENV);
        reg(os, "exit", EXIT);
        reg(os, "remove", REMOVE);
        reg(os, "rename", RENAME);
        reg(os, "tmpname", TMPNAME);
        reg(os, "execute", EXECUTE);
        reg(os, "setlocale", SETLOCALE);
        Stdlib.publish(state, "os", os);
    }

    private static void reg(LuaTable t, String name, int id) {
        t.rawSet(name, new OsFunction("os." + name, id));
    }

    /** The os functions' indexes, in the order open registers them. */
    private static final int CLOCK = 0, TIME = 1, DATE = 2, DIFFTIME = 3, GETENV = 4, EXIT = 5, REMOVE = 6, RENAME = 7,
            TMPNAME = 8, EXECUTE = 9, SETLOCALE = 10;

    /**
     * The os functions, one class dispatching on an index instead of a lambda per function:
     * each lambda costs start-up time to link.
     */
    private static final class OsFunction extends JavaFunction {
        private final int id;

        OsFunction(String name, int id) {
            super(name);
            this.id = id;
        }

        @Override
        public int call(LuaThread L) {
            return switch (id) {
                case CLOCK -> L.pushNumber(cpuSeconds());
                case TIME -> time(L);
                case DATE -> date(L);
                case DIFFTIME -> L.pushNumber((double) L.checkInteger(1) - (double) L.checkInteger(2));
                case GETENV -> getenv(L);
                case EXIT -> exit(L);
                case REMOVE -> remove(L);
                case RENAME -> rename(L);
                case TMPNAME -> tmpname(L);
                case EXECUTE -> execute(L);
                case SETLOCALE -> setlocale(L);
                default -> throw new AssertionError("no os function " + id);
            };
        }
    }

    private static int getenv(LuaThread L) {
        String v = System.getenv(L.checkString(1).toString());
        return v == null ? L.pushNil() : L.pushString(utf8(v));
    }

    private static int exit(LuaThread L) {
        Object t = L.tag(1);
        int status = t == null || t == Boolean.TRUE ? 0 : t == Boolean.FALSE ? 1 : (int) L.optInteger(1, 0);
        boolean close = !Values.isFalse(L.tag(2));
        if (close) L.state.mainThread.closeAllToBeClosed();
        L.state.stdout.flush();
        throw new LuaExit(status, close);
    }

    private static int remove(LuaThread L) {
        LuaString name = L.checkString(1);
        Path p = resolve(L, name);
        try {
            Files.delete(p);
            return L.pushBoolean(true);
        } catch (IOException e) {
            return failure(L, name + ": " + reason(e));
        }
    }

    private static int rename(LuaThread L) {
        LuaString from = L.checkString(1);
        LuaString to = L.checkString(2);
        try {
            Files.move(resolve(L, from), resolve(L, to), StandardCopyOption.REPLACE_EXISTING);
            return L.pushBoolean(true);
        } catch (IOException e) {
            return failure(L, reason(e));
        }
    }

    private static int tmpname(LuaThread L) {
        try {
            // no suffix: Java adds ".tmp" by default, and a name with a dot is not a module name
            Path p = Files.createTempFile("lua_", "");
            return L.pushString(utf8(p.toString()));
        } catch (IOException e) {
            throw L.error("unable to generate a unique filename");
        }
    }

    private static int setlocale(LuaThread L) {
        LuaString loc = L.optString(1, null);
        if (loc == null || loc.length() == 0 || loc.toString().equals("C") || loc.toString().equals("POSIX")) {
            return L.pushString("C");
        }
        return L.pushNil();
    }

    /**
     * os.execute: runs the command through /bin/sh, its output going to the state's streams.
     * A death by signal n shows up in Java as status 128 + n, reported as "signal" (as io.popen does).
     */
    private static int execute(LuaThread L) {
        if (L.isNoneOrNil(1)) return L.pushBoolean(true);
        String command = utf8Name(L.checkString(1));
        L.state.stdout.flush();
        try {
            ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command);
            pb.directory(L.state.workingDir.toFile());
            pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
            Process p = pb.start();
            Thread out = copier(p.getInputStream(), L.state.stdout);
            Thread err = copier(p.getErrorStream(), L.state.stderr);
            int status = p.waitFor();
            out.join();
            err.join();
            L.state.stdout.flush();
            boolean signal = status > 128 && status <= 128 + 64;
            if (status == 0) L.pushBoolean(true);
            else L.pushNil();
            L.pushString(signal ? "signal" : "exit");
            return 2 + L.pushInteger(signal ? status - 128 : status);
        } catch (IOException e) {
            return failure(L, reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure(L, "Interrupted system call");
        }
    }

    private static Thread copier(java.io.InputStream in, java.io.OutputStream out) {
        Thread t = new Thread(() -> {
            try (in) {
                in.transferTo(out);
                out.flush();
            } catch (IOException ignored) {
                // the command's output is lost only if our own stream is gone
            }
        }, "os.execute output");
        t.setDaemon(true);
        t.start();
        return t;
    }


    static Path resolve(LuaThread L, LuaString name) {
        return L.state.workingDir.resolve(utf8Name(name));
    }

    /** A Lua file name (bytes) as a Java path string: the bytes are taken as UTF-8. */
    static String utf8Name(LuaString name) {
        return new String(name.bytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    static String utf8(String s) {
        return new String(s.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** The strerror text for an I/O failure. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "No such file or directory";
        if (e instanceof AccessDeniedException) return "Permission denied";
        if (e instanceof DirectoryNotEmptyException) return "Directory not empty";
        if (e instanceof java.nio.file.FileAlreadyExistsException) return "File exists";
        String m = e.getMessage();
        return m == null ? "Input/output error" : m;
    }

    /** errno for the strerror texts above. */
    static int errno(String reason) {
        return switch (reason) {
            case "No such file or directory" -> 2;
            case "Permission denied" -> 13;
            case "File exists" -> 17;
            case "Is a directory" -> 21;
            case "Directory not empty" -> 39;
            default -> 5;
        };
    }

    /** luaL_fileresult's failure: nil, message, errno. */
    static int failure(LuaThread L, String message) {
        L.pushNil();
        L.pushString(message);
        String reason = message.contains(": ") ? message.substring(message.lastIndexOf(": ") + 2) : message;
        return 2 + L.pushInteger(errno(reason));
    }

    private static double cpuSeconds() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            long ns = sun.getProcessCpuTime();
            if (ns >= 0) return ns / 1e9;
        }
        return System.nanoTime() / 1e9;
    }

    // ---------------------------------------------------------------- time and date

    private static int time(LuaThread L) {
        if (L.isNoneOrNil(1)) return L.pushInteger(Instant.now().getEpochSecond());
        L.checkType(1, "table");
        long year = field(L, "year", -1, 1900);
        long month = field(L, "month", -1, 1);
        long day = field(L, "day", -1, 0);
        long hour = field(L, "hour", 12, 0);
        long min = field(L, "min", 0, 0);
        long sec = field(L, "sec", 0, 0);
        Object isdst = tableField(L, "isdst");
        // mktime: the fields are a wall-clock time in the local zone, normalised by carrying
        long local = CivilTime.secondsFromFields(year, month, day, hour, min, sec);
        ZoneId zone = ZoneId.systemDefault();
        long epoch;
        boolean dst = false;
        if (Math.abs(Math.floorDiv(local, CivilTime.SECONDS_PER_DAY)) < 365L * 999_999_000) {
            ZonedDateTime z = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC).atZone(zone);
            epoch = z.toEpochSecond();
            dst = zone.getRules().isDaylightSavings(z.toInstant());
            if (isdst != null && !Values.isFalse(isdst) != dst) {
                // a time said to be in (or out of) summer time when it is not: glibc shifts it by an hour
                epoch += dst ? 3600 : -3600;
                z = Instant.ofEpochSecond(epoch).atZone(zone);
                dst = zone.getRules().isDaylightSavings(z.toInstant());
            }
            // the fields written back are those of the time found (a time in a gap moves forward)
            local = z.toLocalDateTime().toEpochSecond(ZoneOffset.UTC);
        } else {
            epoch = local - zone.getRules().getStandardOffset(Instant.MAX).getTotalSeconds();
        }
        long days = Math.floorDiv(local, CivilTime.SECONDS_PER_DAY);
        long[] date = CivilTime.civilFromDays(days);
        long secOfDay = local - days * CivilTime.SECONDS_PER_DAY;
        long yday = days - CivilTime.daysFromCivil(date[0], 1, 1) + 1;
        setField(L, "year", date[0]);
        setField(L, "month", date[1]);
        setField(L, "day", date[2]);
        setField(L, "hour", secOfDay / 3600);
        setField(L, "min", secOfDay / 60 % 60);
        setField(L, "sec", secOfDay % 60);
        setField(L, "yday", yday);
        setField(L, "wday", CivilTime.weekday(days) + 1);
        setField(L, "isdst", dst);
        // C's struct tm holds the year less 1900 in an int; mktime's -1 means failure
        if (date[0] - 1900 > Integer.MAX_VALUE || date[0] - 1900 < Integer.MIN_VALUE || epoch == -1) {
            throw L.error("time result cannot be represented in this installation");
        }
        return L.pushInteger(epoch);
    }

    /**
     * A field of the date table (lua_getfield, so {@code __index} counts) as C's struct tm
     * holds it: an integer less {@code delta} that fits an int; {@code def} when absent, or
     * an error if the field has no default (def < 0). Returned with {@code delta} added back.
     */
    private static long field(LuaThread L, String key, long def, long delta) {
        Object v = tableField(L, key);
        Long n = null;
        if (v instanceof Long l) n = l;
        else if (v instanceof Double d) n = Arith.floatToInteger(d);
        else if (v instanceof LuaString s) {
            Object parsed = Numerals.parse(s);
            if (parsed instanceof Long l) n = l;
            else if (parsed instanceof Double d) n = Arith.floatToInteger(d);
        }
        if (n == null) {
            if (v != null) throw L.error("field '" + key + "' is not an integer");
            if (def < 0) throw L.error("field '" + key + "' missing in date table");
            return def;
        }
        long r = n;
        if (r >= 0 ? r - delta > Integer.MAX_VALUE : Integer.MIN_VALUE + delta > r) {
            throw L.error("field '" + key + "' is out-of-bound");
        }
        return r;
    }

    /** A field of the date table, with {@code __index}, boxed (the isdst flag, read for its truth). */
    private static Object tableField(LuaThread L, String key) {
        int slot = L.top;
        L.pushNil();
        Lib.index(L, L.tag(1), L.bits(1), LuaString.valueOf(key), 0, slot);
        Object v = Values.box(L.stack[slot], L.nstack[slot]);
        L.top = slot;
        return v;
    }

    /** Writes a normalised field back into the date table (lua_setfield, so {@code __newindex} counts). */
    private static void setField(LuaThread L, String key, Object value) {
        Lib.newIndex(L, L.tag(1), L.bits(1), LuaString.valueOf(key), 0, Values.tag(value), Values.bits(value));
    }

    private static void setDateFields(LuaTable t, ZonedDateTime z) {
        t.rawSet("year", (long) z.getYear());
        t.rawSet("month", (long) z.getMonthValue());
        t.rawSet("day", (long) z.getDayOfMonth());
        t.rawSet("hour", (long) z.getHour());
        t.rawSet("min", (long) z.getMinute());
        t.rawSet("sec", (long) z.getSecond());
        t.rawSet("wday", (long) (z.getDayOfWeek().getValue() % 7 + 1));
        t.rawSet("yday", (long) z.getDayOfYear());
        t.rawSet("isdst", Boolean.valueOf(z.getZone().getRules().isDaylightSavings(z.toInstant())));
    }

    /** The conversions lua5.4 lets through to strftime: C99's, alone or with an E or O modifier. */
    private static final String CONVERSIONS = "aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%";
    private static final String E_CONVERSIONS = "cCxXyY", O_CONVERSIONS = "deHImMSuUVwWy";

    private static int date(LuaThread L) {
        String format = L.optString(1, LuaString.valueOf("%c")).toString();
        long when = L.isNoneOrNil(2) ? Instant.now().getEpochSecond() : L.checkInteger(2);
        ZoneId zone = ZoneId.systemDefault();
        if (format.startsWith("!")) {
            zone = ZoneOffset.UTC;
            format = format.substring(1);
        }
        ZonedDateTime z;
        try {
            z = Instant.ofEpochSecond(when).atZone(zone);
        } catch (java.time.DateTimeException e) {
            throw L.error("date result cannot be represented in this installation");
        }
        if (format.equals("*t")) {
            LuaTable t = new LuaTable(0, 9);
            setDateFields(t, z);
            return L.push(t);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            // the modifiers change nothing in the C locale: %Ey is %y
            char spec = i + 1 < format.length() ? format.charAt(i + 1) : 0;
            char next = i + 2 < format.length() ? format.charAt(i + 2) : 0;
            if (spec != 0 && CONVERSIONS.indexOf(spec) >= 0) {
                i += 1;
            } else if ((spec == 'E' && next != 0 && E_CONVERSIONS.indexOf(next) >= 0)
                    || (spec == 'O' && next != 0 && O_CONVERSIONS.indexOf(next) >= 0)) {
                spec = next;
                i += 2;
            } else {
                // lua5.4 quotes the whole rest of the format (up to a zero byte)
                String rest = format.substring(i + 1);
                int zero = rest.indexOf('\0');
                if (zero >= 0) rest = rest.substring(0, zero);
                throw L.argError(1, "invalid conversion specifier '%" + rest + "'");
            }
            out.append(strftime(spec, z));
        }
        return L.pushString(out.toString());
    }

    /** One strftime conversion in the C locale, or null if {@code spec} is not one. */
    static String strftime(char spec, ZonedDateTime z) {
        return switch (spec) {
            case 'a' -> z.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US);
            case 'A' -> z.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US);
            case 'b', 'h' -> z.getMonth().getDisplayName(TextStyle.SHORT, Locale.US);
            case 'B' -> z.getMonth().getDisplayName(TextStyle.FULL, Locale.US);
            case 'c' -> strftime('a', z) + " " + strftime('b', z) + " " + pad(z.getDayOfMonth(), 2, ' ') + " "
                    + strftime('X', z) + " " + z.getYear();
            case 'C' -> pad(Math.floorDiv(z.getYear(), 100), 2, '0');
            case 'd' -> pad(z.getDayOfMonth(), 2, '0');
            case 'D' -> strftime('m', z) + "/" + strftime('d', z) + "/" + strftime('y', z);
            case 'e' -> pad(z.getDayOfMonth(), 2, ' ');
            case 'F' -> z.getYear() + "-" + strftime('m', z) + "-" + strftime('d', z);
            case 'g' -> pad(Math.floorMod(z.get(IsoFields.WEEK_BASED_YEAR), 100), 2, '0');
            case 'G' -> String.valueOf(z.get(IsoFields.WEEK_BASED_YEAR));
            case 'H' -> pad(z.getHour(), 2, '0');
            case 'I' -> pad((z.getHour() + 11) % 12 + 1, 2, '0');
            case 'j' -> pad(z.getDayOfYear(), 3, '0');
            case 'm' -> pad(z.getMonthValue(), 2, '0');
            case 'M' -> pad(z.getMinute(), 2, '0');
            case 'n' -> "\n";
            case 'p' -> z.getHour() < 12 ? "AM" : "PM";
            case 'r' -> strftime('I', z) + ":" + strftime('M', z) + ":" + strftime('S', z) + " " + strftime('p', z);
            case 'R' -> strftime('H', z) + ":" + strftime('M', z);
            case 'S' -> pad(z.getSecond(), 2, '0');
            case 't' -> "\t";
            case 'T', 'X' -> strftime('H', z) + ":" + strftime('M', z) + ":" + strftime('S', z);
            case 'u' -> String.valueOf(z.getDayOfWeek().getValue());
            case 'U' -> pad(weekOfYear(z, DayOfWeek.SUNDAY), 2, '0');
            case 'V' -> pad(z.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2, '0');
            case 'w' -> String.valueOf(z.getDayOfWeek().getValue() % 7);
            case 'W' -> pad(weekOfYear(z, DayOfWeek.MONDAY), 2, '0');
            case 'x' -> strftime('D', z);
            case 'y' -> pad(Math.floorMod(z.getYear(), 100), 2, '0');
            case 'Y' -> String.valueOf(z.getYear());
            case 'z' -> {
                int secs = z.getOffset().getTotalSeconds();
                yield (secs < 0 ? "-" : "+") + pad(Math.abs(secs) / 3600, 2, '0') + pad(Math.abs(secs) / 60 % 60, 2, '0');
            }
            case 'Z' -> z.getZone().equals(ZoneOffset.UTC) ? "GMT" : z.getZone().getDisplayName(TextStyle.SHORT, Locale.US);
            case '%' -> "%";
            default -> null;
        };
    }

    /** %U / %W: weeks starting on {@code first}; days before the first such day are week 0. */
    private static int weekOfYear(ZonedDateTime z, DayOfWeek first) {
        int yday = z.getDayOfYear() - 1;
        int wday = z.getDayOfWeek().getValue() % 7; // Sunday = 0
        int shift = first == DayOfWeek.SUNDAY ? wday : (wday + 6) % 7;
        return (yday + 7 - shift) / 7;
    }

    private static String pad(long v, int width, char fill) {
        String s = Long.toString(v);
        StringBuilder sb = new StringBuilder();
        for (int i = s.length(); i < width; i++) sb.append(fill);
        return sb.append(s).toString();
    }
}
