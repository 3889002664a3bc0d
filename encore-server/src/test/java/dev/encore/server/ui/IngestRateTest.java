package dev.encore.server.ui;

import dev.encore.server.http.HttpMetrics;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class IngestRateTest {
    static final long S = 1_000_000_000L;

    @Test
    void rateIsStoredEventsPerSecondOverTheLastMinute() {
        HttpMetrics metrics = new HttpMetrics();
        AtomicLong clock = new AtomicLong(1000 * S);
        IngestRate rate = new IngestRate(metrics, clock::get);
        clock.addAndGet(10 * S);
        metrics.ingested("api", "stored", 500);
        metrics.ingested("api", "duplicate", 9_999);    // only stored events count
        metrics.ingested("listenbrainz", "stored", 500);
        assertThat(rate.perSecond()).isCloseTo(100.0, within(1e-9));   // average since start: 1000 in 10 s

        for (int i = 0; i < 12; i++) {   // two quiet minutes of polling every 10 s
            clock.addAndGet(10 * S);
            rate.perSecond();
        }
        clock.addAndGet(10 * S);
        metrics.ingested("api", "stored", 600);
        // the window now starts at the last sample at least 60 s old: 600 events over 60 s
        assertThat(rate.perSecond()).isCloseTo(10.0, within(1e-9));
    }
}
