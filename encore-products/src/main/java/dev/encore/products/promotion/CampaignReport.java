package dev.encore.products.promotion;

import java.time.LocalDate;
import java.util.List;

/**
 * What a campaign owner reads: delivery (impressions, promoted plays, streams, saves), promoted skip rate against
 * the organic skip rate in promotable contexts, and the causal effect measured against the holdout — incremental
 * streams and new listeners with 95% confidence intervals — overall and per UTC day. Rates are null with no plays.
 */
public record CampaignReport(String campaignId, String name, String ownerId, long impressions, long promotedPlays,
                             long promotedStreams, long saves, Double skipRate, double organicSkipRate,
                             Estimate incrementalStreams, Estimate incrementalNewListeners, long eligibleOpportunities,
                             String throttled, List<Day> days) {
    public CampaignReport {
        days = List.copyOf(days);
    }

    public record Day(LocalDate day, long impressions, long promotedPlays, long promotedStreams, long saves,
                      Double skipRate, Estimate incrementalStreams, Estimate incrementalNewListeners) {}
}
