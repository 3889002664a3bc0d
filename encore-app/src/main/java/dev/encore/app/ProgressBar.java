package dev.encore.app;

import java.io.PrintStream;

/**
 * A text progress bar on stderr, redrawn at most every 100 ms; a plain line per 10% when stderr is not a terminal
 * (CI logs stay short). Thread-safe so parallel workers may report.
 */
public final class ProgressBar implements AutoCloseable {
    private static final int WIDTH = 30;
    private final String label;
    private final long total;
    private final PrintStream out;
    private final boolean tty = System.console() != null;
    private final long started = System.nanoTime();
    private long lastDraw;
    private int lastDecile = -1;
    private long current;

    public ProgressBar(String label, long total) {
        this(label, total, System.err);
    }

    ProgressBar(String label, long total, PrintStream out) {
        this.label = label;
        this.total = Math.max(1, total);
        this.out = out;
    }

    public synchronized void set(long value) {
        current = Math.min(value, total);
        long now = System.nanoTime();
        if (tty) {
            if (now - lastDraw > 100_000_000L || current == total) {
                lastDraw = now;
                draw('\r');
            }
        } else {
            int decile = (int) (current * 10 / total);
            if (decile > lastDecile) {
                lastDecile = decile;
                draw('\n');
            }
        }
    }

    /** Progress as a fraction {@code done / of} (e.g. bytes read of the total), when the total is only known late. */
    public synchronized void setFraction(long done, long of) {
        set(of <= 0 ? 0 : (long) ((double) done / of * total));
    }

    public synchronized void step(long delta) {
        set(current + delta);
    }

    private void draw(char end) {
        int filled = (int) (WIDTH * current / total);
        double secs = (System.nanoTime() - started) / 1e9;
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        String line = String.format("%-12s [%s] %3d%% %6.1fs", label, bar, 100 * current / total, secs);
        if (end == '\r') out.print("\r" + line);
        else out.println(line);
        out.flush();
    }

    @Override
    public synchronized void close() {
        if (tty) {
            set(total);
            out.println();
        } else if (lastDecile < 10) {
            current = total;
            draw('\n');
        }
    }
}
