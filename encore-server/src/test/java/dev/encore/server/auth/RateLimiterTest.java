package dev.encore.server.auth;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimiterTest {
    @Test
    void allowsTheBurstThenRefillsAtTheRateWithRetryAfterInWholeSeconds() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter(2, 3, now::get);   // 2 per second, bursts of 3
        for (int i = 0; i < 3; i++) assertThat(limiter.acquire("t")).isZero();
        assertThat(limiter.acquire("t")).isEqualTo(1);           // needs 0.5 s: rounded up to 1
        assertThat(limiter.acquire("other")).isZero();           // buckets are per key
        now.addAndGet(500_000_000L);                             // half a second refills one request
        assertThat(limiter.acquire("t")).isZero();
        assertThat(limiter.acquire("t")).isEqualTo(1);
        now.addAndGet(10_000_000_000L);                          // a long pause refills only up to the burst
        for (int i = 0; i < 3; i++) assertThat(limiter.acquire("t")).isZero();
        assertThat(limiter.acquire("t")).isPositive();
    }

    @Test
    void slowRatesAskForLongerWaits() {
        RateLimiter limiter = new RateLimiter(0.1, 1, () -> 0L);
        assertThat(limiter.acquire("t")).isZero();
        assertThat(limiter.acquire("t")).isEqualTo(10);
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThatThrownBy(() -> new RateLimiter(0, 5, System::nanoTime)).hasMessageContaining("perSecond > 0");
        assertThatThrownBy(() -> new RateLimiter(5, 0.5, System::nanoTime)).hasMessageContaining("burst >= 1");
    }
}
