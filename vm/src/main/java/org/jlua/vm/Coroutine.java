package org.jlua.vm;

/** A coroutine: a Lua thread value. (Being written.) */
public final class Coroutine {
}
