package org.jlua.vm;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * collectgarbage("count"): the memory in use, in bytes, as a Lua program expects to see it,
 * growing with each allocation and falling after a collection.
 *
 * The JVM's own figure (total minus free memory) moves only when a thread takes a new
 * allocation buffer, so a hundred new tables often leave it unchanged. So the count is the
 * heap in use at the last collection (jlua's or the JVM's) plus what this thread allocated
 * since, which the JVM counts per thread exactly.
 */
public final class MemoryCount {
    private long baseline = -1;
    private long thread = -1;
    private long allocatedAtBaseline;
    private long collectionsAtBaseline;

    /**
     * After a full collection: starts counting again from what the collection left. That is
     * the JVM's own figure for each heap pool after its last collection, not the heap in use
     * now, which also counts the allocation buffer the thread took just after (a megabyte or
     * more, which made a full collection's count jump by that much at random).
     */
    public void collected() {
        long left = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP) continue;
            MemoryUsage usage = pool.getCollectionUsage();
            if (usage == null) {
                left = -1;
                break;
            }
            left += usage.getUsed();
        }
        rebase(collections(), left >= 0 ? left : used());
    }

    public long bytes() {
        long collections = collections();
        if (baseline < 0 || collections != collectionsAtBaseline || thread != Thread.currentThread().getId()) {
            rebase(collections, used()); // a state may move to another thread between calls
        }
        long allocated = allocated();
        if (allocated < 0) return used(); // the JVM does not count per thread
        return baseline + (allocated - allocatedAtBaseline);
    }

    private void rebase(long collections, long heap) {
        baseline = heap;
        allocatedAtBaseline = allocated();
        collectionsAtBaseline = collections;
        thread = Thread.currentThread().getId();
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Bytes this thread has allocated since it started, or -1. */
    private static long allocated() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemoryEnabled()) {
            return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return -1;
    }

    /** How many collections the JVM has made, of all its collectors. */
    private static long collections() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }
}
