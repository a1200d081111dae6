package org.crmkit.inmemory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.crmkit.shared.TransactionRunner;

/** Serialises units of work with one lock and undoes a failed one with an undo log. */
final class InMemoryTransactions implements TransactionRunner {

    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<Deque<Runnable>> undoLog = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (undoLog.get() != null) {
            return work.get();
        }
        lock.lock();
        Deque<Runnable> undo = new ArrayDeque<>();
        undoLog.set(undo);
        try {
            return work.get();
        } catch (Throwable e) { // also checked exceptions thrown sneakily
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
            throw e;
        } finally {
            undoLog.remove();
            lock.unlock();
        }
    }

    @Override
    public boolean inUnitOfWork() {
        return undoLog.get() != null;
    }

    /** Records how to undo a change just made; must be called inside a unit of work. */
    void onRollback(Runnable undo) {
        Deque<Runnable> log = undoLog.get();
        if (log == null) {
            throw new IllegalStateException("in-memory changes must run inside inTransaction");
        }
        log.push(undo);
    }
}
