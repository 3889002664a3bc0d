package dev.encore.synth;

import dev.encore.core.domain.Feedback;
import dev.encore.core.domain.Follow;

import java.util.ArrayList;
import java.util.List;

/** What simulating a block of listeners produced, kept in listener order until the writer takes it. */
final class ListenerOutput {
    final StringBuilder listenRows;
    final List<Follow> follows = new ArrayList<>();
    final List<Feedback> feedback = new ArrayList<>();
    long listens;

    ListenerOutput(int expectedListens) {
        listenRows = new StringBuilder(Math.max(1024, Math.min(expectedListens, 1 << 22) * 140));
    }
}
