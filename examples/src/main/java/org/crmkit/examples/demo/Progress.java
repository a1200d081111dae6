package org.crmkit.examples.demo;

import java.io.PrintStream;

/**
 * A progress bar on stderr for a step, shown only once the step has run for a second, redrawn at
 * most ten times a second; silent when quiet.
 */
final class Progress implements AutoCloseable {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String step;
    private final long total;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private boolean drawn;

    private Progress(PrintStream out, String step, long total) {
        this.out = out;
        this.step = step;
        this.total = total;
    }

    static Progress start(boolean quiet, String step, long total) {
        return new Progress(quiet ? null : System.err, step, total);
    }

    void update(long done) {
        long now = System.nanoTime();
        if (out == null || now - started < 1_000_000_000L || now - lastDrawn < 100_000_000L) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        draw(done);
    }

    private void draw(long done) {
        double share = total <= 0 ? 1 : Math.min(1, (double) done / total);
        int filled = (int) Math.round(share * WIDTH);
        out.printf("\r%-28s [%s%s] %3d%% %,d/%,d", step, "#".repeat(filled), ".".repeat(WIDTH - filled), Math.round(share * 100), done,
                total);
        out.flush();
    }

    @Override
    public void close() {
        if (out != null && drawn) {
            draw(total);
            out.printf(" %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
    }
}
