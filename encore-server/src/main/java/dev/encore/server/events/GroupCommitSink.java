package dev.encore.server.events;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.ListenEvent;
import dev.encore.core.domain.Track;
import dev.encore.store.EncoreStore;
import dev.encore.store.Ingested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Group commit: concurrent requests hand their events to one writer thread, which commits everything waiting in one
 * transaction and then answers each request with its own share of what was new. A scrobbler's one-listen request
 * thus costs a share of a commit instead of a whole one. A request returns only after the transaction holding its
 * events committed, so "2xx means on disk" still holds. If a group's transaction fails, its requests are retried
 * one by one, so one bad request cannot fail the others.
 */
public final class GroupCommitSink implements EventSink {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitSink.class);
    private final EncoreStore store;
    private final int maxGroupEvents;
    private final BlockingQueue<Pending> queue;
    private final Thread writer;
    private volatile boolean closed;
    private final java.util.concurrent.atomic.AtomicLong transactions = new java.util.concurrent.atomic.AtomicLong();

    private record Pending(List<Artist> artists, List<Track> tracks, List<ListenEvent> listens, List<Feedback> feedback,
                           CompletableFuture<Written> done) {
        int size() {
            return listens.size() + feedback.size() + tracks.size();
        }
    }

    /** @param maxGroupEvents events (and new tracks) one transaction takes at most, e.g. 20,000 */
    public GroupCommitSink(EncoreStore store, int maxGroupEvents) {
        if (maxGroupEvents < 1) throw new IllegalArgumentException("maxGroupEvents must be >= 1, got " + maxGroupEvents);
        this.store = store;
        this.maxGroupEvents = maxGroupEvents;
        this.queue = new ArrayBlockingQueue<>(4096);   // full queue: requests wait (back-pressure), never dropped
        this.writer = new Thread(this::run, "encore-group-commit");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public Written write(List<ListenEvent> listens, List<Feedback> feedback) throws IOException {
        return write(List.of(), List.of(), listens, feedback);
    }

    @Override
    public Written write(List<Artist> artists, List<Track> tracks, List<ListenEvent> listens, List<Feedback> feedback) throws IOException {
        if (closed) throw new IOException("the event store is closing; retry against the restarted server");
        Pending p = new Pending(artists, tracks, listens, feedback, new CompletableFuture<>());
        try {
            queue.put(p);
            while (true) {
                try {
                    return p.done.get(1, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException slow) {
                    // A request queued just as the sink closed would wait forever: once the writer is gone, fail it.
                    if (!writer.isAlive() && queue.remove(p)) throw new IOException("the event store closed; retry against the restarted server");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the commit; the events may or may not be stored", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof IOException io ? io : new IOException(cause.getMessage(), cause);
        }
    }

    private void run() {
        List<Pending> group = new ArrayList<>();
        while (!closed || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                group.add(first);
                int events = first.size();
                Pending next;
                while (events < maxGroupEvents && (next = queue.peek()) != null && events + next.size() <= maxGroupEvents) {
                    group.add(queue.poll());
                    events += next.size();
                }
                commit(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {   // never let the writer die: fail this group, keep serving
                LOG.error("group commit failed", e);
                for (Pending p : group) p.done.completeExceptionally(e);
            } finally {
                group.clear();
            }
        }
    }

    private void commit(List<Pending> group) {
        try {
            write(group);
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                group.get(0).done.completeExceptionally(new IOException(e.getMessage(), e));
                return;
            }
            LOG.warn("a group of {} requests failed to commit ({}); retrying them one by one", group.size(), e.getMessage());
            for (Pending p : group) commit(List.of(p));
        }
    }

    private void write(List<Pending> group) {
        List<Artist> artists = new ArrayList<>();
        List<Track> tracks = new ArrayList<>();
        List<ListenEvent> listens = new ArrayList<>();
        List<Feedback> feedback = new ArrayList<>();
        for (Pending p : group) {
            artists.addAll(p.artists);
            tracks.addAll(p.tracks);
            listens.addAll(p.listens);
            feedback.addAll(p.feedback);
        }
        if (!artists.isEmpty() || !tracks.isEmpty()) store.write(sink -> {
            artists.forEach(sink::artist);
            tracks.forEach(sink::track);
        });
        Ingested in = store.ingest(listens, feedback);
        transactions.incrementAndGet();
        Set<Object> fresh = Collections.newSetFromMap(new IdentityHashMap<>());
        fresh.addAll(in.newListens());
        fresh.addAll(in.newFeedback());
        for (Pending p : group) {
            List<ListenEvent> newListens = p.listens.stream().filter(fresh::contains).toList();
            List<Feedback> newFeedback = p.feedback.stream().filter(fresh::contains).toList();
            int duplicates = p.listens.size() + p.feedback.size() - newListens.size() - newFeedback.size();
            p.done.complete(new Written(newListens, newFeedback, duplicates));
        }
    }

    /** Ingest transactions committed so far (each holds one or more requests). */
    public long transactions() {
        return transactions.get();
    }

    /** Commits what is already queued, then stops the writer. */
    @Override
    public void close() throws IOException {
        closed = true;   // the writer polls with a timeout, so it sees this without an interrupt mid-transaction
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Pending p; (p = queue.poll()) != null; ) p.done.completeExceptionally(new IOException("the event store closed"));
    }
}
