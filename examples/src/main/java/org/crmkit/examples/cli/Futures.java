package org.crmkit.examples.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Joining futures without wrapping what they threw. */
final class Futures {

    private Futures() {}

    /** The future's value; a runtime exception it threw is rethrown as it was. */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
