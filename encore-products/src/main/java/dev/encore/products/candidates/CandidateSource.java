package dev.encore.products.candidates;

import java.util.List;

/** Proposes up to {@code k} candidates for a listener, best first, never an item the context excludes. */
public interface CandidateSource {
    String name();

    List<Candidate> candidates(ListenerContext listener, int k);
}
