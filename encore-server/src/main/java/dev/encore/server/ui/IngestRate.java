package dev.encore.server.ui;

import dev.encore.server.http.HttpMetrics;
import io.micrometer.core.instrument.Counter;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.function.LongSupplier;

/**
 * Events stored per second over the last minute, from the ingest counters: each reading is kept as a sample, and the
 * rate is the difference to the oldest sample of the window. The first sample is taken at construction (server start),
 * so the first reading is the average since then.
 */
final class IngestRate {
    static final long WINDOW_NANOS = 60_000_000_000L;
    private static final int MAX_SAMPLES = 1_000;   // many open dashboards polling: bound the memory
    private final HttpMetrics metrics;
    private final LongSupplier nanos;
    private final Deque<long[]> samples = new ArrayDeque<>();   // {nanos, stored events}

    IngestRate(HttpMetrics metrics, LongSupplier nanos) {
        this.metrics = metrics;
        this.nanos = nanos;
        samples.add(new long[]{nanos.getAsLong(), stored()});
    }

    /** Events stored since start, summed over channels. */
    long stored() {
        double total = 0;
        for (Counter c : metrics.registry().find("encore.ingest.events").tag("outcome", "stored").counters()) total += c.count();
        return Math.round(total);
    }

    /** Stored events per second between the oldest sample in the window (or the newest before it) and now. */
    synchronized double perSecond() {
        long now = nanos.getAsLong(), total = stored();
        while (samples.size() > 1) {   // keep exactly one sample at or before the window's start
            Iterator<long[]> it = samples.iterator();
            it.next();
            if (now - it.next()[0] >= WINDOW_NANOS || samples.size() > MAX_SAMPLES) samples.pollFirst();
            else break;
        }
        long[] oldest = samples.peekFirst();
        samples.addLast(new long[]{now, total});
        double seconds = (now - oldest[0]) / 1e9;
        return seconds <= 0 ? 0 : (total - oldest[1]) / seconds;
    }
}
