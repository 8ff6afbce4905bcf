/**
 * AST to AST rewrites before compilation: constant folding through the VM's own
 * arithmetic, and dropping branches that constant conditions make dead.
 */
package org.jlua.optimizer;
