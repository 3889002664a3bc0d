package dev.encore.products.promotion;

import java.util.List;

/** Whether a track may be promoted today, and if not, every reason why (in words an artist can act on). */
public record Eligibility(String trackId, boolean eligible, List<String> reasons) {
    public Eligibility {
        reasons = List.copyOf(reasons);
        if (eligible != reasons.isEmpty()) throw new IllegalArgumentException("an ineligible track needs a reason, an eligible one none");
    }
}
