package org.crmkit.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.crmkit.shared.TransactionRunner;

/**
 * Serialises units of work with one lock and undoes a failed one with an undo log. Each thread
 * keeps one log for this storage and empties it when its unit ends, so a unit allocates no log.
 */
final class InMemoryTransactions implements TransactionRunner {

    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<UndoLog> undoLog = ThreadLocal.withInitial(UndoLog::new);

    /** How to undo the changes of the thread's running unit, newest last; {@code active} while a unit runs. */
    private static final class UndoLog {
        /** Longer logs are dropped when their unit ends, not kept (emptied) for the thread's next unit. */
        static final int KEPT = 256;
        List<Runnable> undo = new ArrayList<>();
        boolean active;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        UndoLog log = undoLog.get();
        if (log.active) {
            return work.get();
        }
        lock.lock();
        log.active = true;
        try {
            return work.get();
        } catch (Throwable e) { // also checked exceptions thrown sneakily
            for (int i = log.undo.size() - 1; i >= 0; i--) {
                log.undo.get(i).run();
            }
            throw e;
        } finally {
            if (log.undo.size() > UndoLog.KEPT) {
                log.undo = new ArrayList<>();
            } else {
                log.undo.clear();
            }
            log.active = false;
            lock.unlock();
        }
    }

    /** Runs {@code work} in a unit of work, joining the running one without wrapping it. */
    @Override
    public void run(Runnable work) {
        if (undoLog.get().active) {
            work.run();
        } else {
            TransactionRunner.super.run(work);
        }
    }

    @Override
    public boolean inUnitOfWork() {
        return undoLog.get().active;
    }

    /** Records how to undo a change just made; must be called inside a unit of work. */
    void onRollback(Runnable undo) {
        UndoLog log = undoLog.get();
        if (!log.active) {
            throw new IllegalStateException("in-memory changes must run inside inTransaction");
        }
        log.undo.add(undo);
    }
}
