package org.crmkit.shared;

import java.util.function.Function;
import java.util.function.Supplier;
import org.crmkit.shared.OperationObserver.Operation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A storage's unit-of-work runner that tells an {@link OperationObserver} about each outermost
 * unit of work on it, retries included ({@link UnitOfWork} asks it to group the attempts of one
 * call). Outermost means first on this thread through this runner, even inside a host's
 * transaction, which the storage's own runner counts as a unit already.
 */
final class ObservedTransactions implements TransactionRunner {

    private static final Logger log = LoggerFactory.getLogger(ObservedTransactions.class);

    private final TransactionRunner delegate;
    private final OperationObserver observer;
    private final ThreadLocal<Operation> current = new ThreadLocal<>();

    ObservedTransactions(TransactionRunner delegate, OperationObserver observer) {
        this.delegate = delegate;
        this.observer = observer;
        ServiceCalls.observing();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return observing(operation -> delegate.inTransaction(work));
    }

    @Override
    public boolean inUnitOfWork() {
        return delegate.inUnitOfWork();
    }

    TransactionRunner delegate() {
        return delegate;
    }

    /** Runs {@code body} as the current operation, starting one if the thread has none. */
    <T> T observing(Function<Operation, T> body) {
        Operation running = current.get();
        if (running != null) {
            return body.apply(running);
        }
        String named = ServiceCalls.current();
        Operation operation = started(named != null ? named : OperationNames.ofCaller());
        current.set(operation);
        try {
            T result = body.apply(operation);
            ended(operation, null);
            return result;
        } catch (RuntimeException | Error e) {
            ended(operation, e);
            throw e;
        } finally {
            current.remove();
        }
    }

    /** Tells the current operation, if any, that {@code attempt} lost {@code lost}. */
    void retried(ConflictException lost, int attempt) {
        Operation operation = current.get();
        if (operation == null) {
            return;
        }
        try {
            operation.retried(lost, attempt);
        } catch (RuntimeException e) {
            log.warn("operation observer failed on a retry; ignored", e);
        }
    }

    private Operation started(String name) {
        try {
            Operation operation = observer.started(name);
            return operation != null ? operation : failure -> {};
        } catch (RuntimeException e) {
            log.warn("operation observer failed on the start of {}; ignored", name, e);
            return failure -> {};
        }
    }

    private static void ended(Operation operation, Throwable failure) {
        try {
            operation.ended(failure);
        } catch (RuntimeException e) {
            log.warn("operation observer failed on an operation's end; ignored", e);
        }
    }
}
