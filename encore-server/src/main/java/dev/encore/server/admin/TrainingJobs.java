package dev.encore.server.admin;

import dev.encore.server.serving.ModelHolder;
import dev.encore.store.EncoreStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs training in the background, one run at a time (on request or on a schedule), and serves the result as soon
 * as it is published; requests keep being answered by the old model meanwhile. Durations go to the
 * {@code encore.training} timer.
 */
public final class TrainingJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingJobs.class);
    private final Trainer trainer;
    private final EncoreStore store;
    private final ModelHolder models;
    private final Clock clock;
    private final Timer succeeded;
    private final Timer failed;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(daemon("encore-training"));
    private ScheduledExecutorService schedule;
    private Job last;
    private int runs;

    /** One training run; {@code state} is running, succeeded or failed. */
    public record Job(int id, String state, Instant startedAt, Instant finishedAt, String version, String error) {}

    public TrainingJobs(Trainer trainer, EncoreStore store, ModelHolder models, Clock clock, MeterRegistry registry) {
        this.trainer = trainer;
        this.store = store;
        this.models = models;
        this.clock = clock;
        this.succeeded = Timer.builder("encore.training").tag("outcome", "succeeded").description("training run durations").register(registry);
        this.failed = Timer.builder("encore.training").tag("outcome", "failed").description("training run durations").register(registry);
    }

    /** Starts a run unless one is running; returns the new run, or empty when one is already going. */
    public synchronized Optional<Job> start() {
        if (last != null && last.state().equals("running")) return Optional.empty();
        Job job = new Job(++runs, "running", clock.instant(), null, null, null);
        last = job;
        worker.execute(() -> run(job));
        return Optional.of(job);
    }

    public synchronized Optional<Job> last() {
        return Optional.ofNullable(last);
    }

    /** Also trains every {@code period} (the first run one period from now). */
    public synchronized void every(Duration period) {
        schedule = Executors.newSingleThreadScheduledExecutor(daemon("encore-training-schedule"));
        schedule.scheduleWithFixedDelay(this::start, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run(Job job) {
        long t0 = System.nanoTime();
        Job done;
        try {
            String version = trainer.trainAndPublish(store);
            models.reload();
            done = new Job(job.id(), "succeeded", job.startedAt(), clock.instant(), version, null);
            succeeded.record(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
            LOG.info("training run {} published {} in {} ms", job.id(), version, (System.nanoTime() - t0) / 1_000_000);
        } catch (Exception e) {
            done = new Job(job.id(), "failed", job.startedAt(), clock.instant(), null, String.valueOf(e.getMessage()));
            failed.record(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
            LOG.error("training run {} failed; the previous model keeps serving", job.id(), e);
        }
        synchronized (this) {
            last = done;
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public synchronized void close() {
        if (schedule != null) schedule.shutdownNow();
        worker.shutdownNow();
    }
}
