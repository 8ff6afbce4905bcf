package org.jlua.ast;

import java.util.List;

/** A sequence of statements; a {@link Stat.Return}, if any, is last. */
public record Block(List<Stat> stats) {}
