package org.jlua.vm;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * collectgarbage("count"): the memory in use, in bytes, as a Lua program expects to see it,
 * growing with each allocation and falling after a collection.
 *
 * The JVM's own figure (total minus free memory) moves only when a thread takes a new
 * allocation buffer, so a hundred new tables often leave it unchanged. So the count is the
 * heap in use at the last collection (jlua's or the JVM's) plus what this thread allocated
 * since, which the JVM counts per thread exactly.
 *
 * What the counting itself allocates (the management beans' lists and usage records, a few
 * kilobytes a call) is left out of that, as C Lua's count costs no memory: else asking for
 * the count a hundred times grew it by half a megabyte, and a test that a collection brought
 * the count back to where it was failed on the garbage of asking.
 */
public final class MemoryCount {
    // The management beans, looked up at the first count or collection, not with the state:
    // the lookup starts the JVM's management machinery, tens of milliseconds at start-up.
    private List<GarbageCollectorMXBean> collectors;
    private List<MemoryPoolMXBean> pools;
    /** The JVM's per-thread allocation counter, or null where it has none. */
    private com.sun.management.ThreadMXBean threads;
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
        lookUpBeans();
        long left = 0;
        for (int i = 0; i < pools.size(); i++) {
            MemoryPoolMXBean pool = pools.get(i);
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
        lookUpBeans();
        long start = allocated();
        long collections = collections();
        if (baseline < 0 || collections != collectionsAtBaseline || thread != Thread.currentThread().getId()) {
            rebase(collections, used()); // a state may move to another thread between calls
            start = allocatedAtBaseline;
        }
        if (start < 0) return used(); // the JVM does not count per thread
        long count = baseline + (start - allocatedAtBaseline);
        allocatedAtBaseline += allocated() - start; // this call's own garbage
        return count;
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

    private void lookUpBeans() {
        if (collectors != null) return;
        collectors = ManagementFactory.getGarbageCollectorMXBeans();
        pools = ManagementFactory.getMemoryPoolMXBeans();
        threads = allocationCounter();
    }

    private static com.sun.management.ThreadMXBean allocationCounter() {
        return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemoryEnabled() ? threads : null;
    }

    /** Bytes this thread has allocated since it started, or -1. */
    private long allocated() {
        return threads != null ? threads.getCurrentThreadAllocatedBytes() : -1;
    }

    /** How many collections the JVM has made, of all its collectors. */
    private long collections() {
        long n = 0;
        for (int i = 0; i < collectors.size(); i++) {
            n += Math.max(0, collectors.get(i).getCollectionCount());
        }
        return n;
    }
}
