package org.jlua.vm;

/**
 * The opcodes of {@link OpCode} as int constants, so the dispatch loop can switch on the
 * opcode byte directly. OpTest checks that the two agree.
 */
public final class Op {
    private Op() {}

    public static final int MOVE = 0;
    public static final int LOADK = 1;
    public static final int LOADI = 2;
    public static final int LOADNIL = 3;
    public static final int LOADTRUE = 4;
    public static final int LOADFALSE = 5;
    public static final int NEWCELL = 6;
    public static final int GETCELL = 7;
    public static final int SETCELL = 8;
    public static final int GETUPVAL = 9;
    public static final int SETUPVAL = 10;
    public static final int GETTABUP = 11;
    public static final int SETTABUP = 12;
    public static final int GETTABLE = 13;
    public static final int SETTABLE = 14;
    public static final int GETFIELD = 15;
    public static final int SETFIELD = 16;
    public static final int SELF = 17;
    public static final int NEWTABLE = 18;
    public static final int SETLIST = 19;
    public static final int ADD = 20;
    public static final int SUB = 21;
    public static final int MUL = 22;
    public static final int MOD = 23;
    public static final int POW = 24;
    public static final int DIV = 25;
    public static final int IDIV = 26;
    public static final int BAND = 27;
    public static final int BOR = 28;
    public static final int BXOR = 29;
    public static final int SHL = 30;
    public static final int SHR = 31;
    public static final int ADDK = 32;
    public static final int SUBK = 33;
    public static final int MULK = 34;
    public static final int MODK = 35;
    public static final int POWK = 36;
    public static final int DIVK = 37;
    public static final int IDIVK = 38;
    public static final int BANDK = 39;
    public static final int BORK = 40;
    public static final int BXORK = 41;
    public static final int SHLK = 42;
    public static final int SHRK = 43;
    public static final int UNM = 44;
    public static final int BNOT = 45;
    public static final int NOT = 46;
    public static final int LEN = 47;
    public static final int CONCAT = 48;
    public static final int JMP = 49;
    public static final int EQ = 50;
    public static final int LT = 51;
    public static final int LE = 52;
    public static final int EQK = 53;
    public static final int TEST = 54;
    public static final int CALL = 55;
    public static final int TAILCALL = 56;
    public static final int RETURN = 57;
    public static final int RETURN0 = 58;
    public static final int RETURN1 = 59;
    public static final int VARARG = 60;
    public static final int CLOSURE = 61;
    public static final int FORPREP = 62;
    public static final int FORLOOP = 63;
    public static final int TFORPREP = 64;
    public static final int TFORCALL = 65;
    public static final int TFORLOOP = 66;
    public static final int TBC = 67;
    public static final int CLOSE = 68;
    public static final int LTK = 69;
    public static final int LEK = 70;
    public static final int GTK = 71;
    public static final int GEK = 72;
    public static final int KADD = 73;
    public static final int KMUL = 74;
    public static final int SETTABLEK = 75;
    public static final int SETFIELDK = 76;
    public static final int LOADKX = 77;
}
