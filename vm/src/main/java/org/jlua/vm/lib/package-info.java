/**
 * The Lua standard library, written as Java functions over {@link org.jlua.vm.LuaThread}'s
 * argument accessors: one class per library (BaseLib, StringLib, TableLib, MathLib, ...), with
 * the string library's engines (patterns, format, pack) in classes of their own.
 */
package org.jlua.vm.lib;
