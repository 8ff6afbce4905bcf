package org.jlua.vm;

/**
 * How a chunk's source name appears in messages (C Lua's {@code luaO_chunkid}), in at most
 * {@code LUA_IDSIZE - 1} characters: "=name" stands for itself, "@file" for the file name,
 * and anything else is source text, shown as {@code [string "first line..."]}.
 */
public final class ChunkId {
    /** LUA_IDSIZE: the room for the id, its terminating NUL included. */
    private static final int ID_SIZE = 60;
    private static final String ELLIPSIS = "...";
    private static final String PREFIX = "[string \"";
    private static final String SUFFIX = "\"]";

    private ChunkId() {
    }

    /** The chunk id of {@code source} (one char per byte). */
    public static String of(String source) {
        if (source.startsWith("=")) {
            // Keeps the start of a literal name.
            return source.substring(1, Math.min(source.length(), ID_SIZE));
        }
        if (source.startsWith("@")) {
            // Keeps the end of a file name, where it differs from its neighbours.
            if (source.length() <= ID_SIZE) return source.substring(1);
            return ELLIPSIS + source.substring(source.length() - (ID_SIZE - ELLIPSIS.length() - 1));
        }
        int room = ID_SIZE - PREFIX.length() - ELLIPSIS.length() - SUFFIX.length() - 1;
        int newline = source.indexOf('\n');
        if (newline < 0 && source.length() < room) return PREFIX + source + SUFFIX;
        int length = newline < 0 ? source.length() : newline;
        return PREFIX + source.substring(0, Math.min(length, room)) + ELLIPSIS + SUFFIX;
    }
}
