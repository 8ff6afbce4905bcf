package org.jlua.ast;

/** The attribute of a local variable: none, {@code <const>} or {@code <close>}. */
public enum Attrib { NONE, CONST, CLOSE }
