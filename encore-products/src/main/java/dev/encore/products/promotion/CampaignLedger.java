package dev.encore.products.promotion;

import dev.encore.core.domain.Campaign;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The raw numbers behind campaign reports, by UTC day: which listeners were active in each group (treatment or
 * holdout; opted-out listeners are in neither, since opting out is not random), and per campaign the
 * impressions, promoted plays, and each listener's streams of the campaign's tracks in any context. A listener's
 * first stream of a campaign track during the campaign makes them a new listener (on that day) unless they
 * streamed one before it started, as far as this ledger has seen.
 */
final class CampaignLedger {
    private final TreeMap<LocalDate, Set<String>> treatment = new TreeMap<>();
    private final TreeMap<LocalDate, Set<String>> holdout = new TreeMap<>();
    private final Map<String, PerCampaign> campaigns = new HashMap<>();

    static LocalDate day(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC);
    }

    void seen(String listenerId, boolean heldOut, Instant at) {
        (heldOut ? holdout : treatment).computeIfAbsent(day(at), d -> new HashSet<>()).add(listenerId);
    }

    void impression(String campaignId, Instant at) {
        per(campaignId).day(day(at)).impressions++;
    }

    void play(Campaign c, PlayOutcome p) {
        PerCampaign pc = per(c.id());
        boolean during = !p.at().isBefore(c.start()) && p.at().isBefore(c.end());
        if (!p.skipped() && !during) pc.earlierListeners.add(p.listenerId());
        if (!during) return;
        Day d = pc.day(day(p.at()));
        if (p.promoted() && c.id().equals(p.campaignId())) {
            d.promotedPlays++;
            if (p.skipped()) d.promotedSkips++;
            if (p.saved()) d.promotedSaves++;
        }
        if (!p.skipped()) {
            d.streams.merge(p.listenerId(), 1, Integer::sum);
            if (!pc.earlierListeners.contains(p.listenerId()) && pc.listeners.add(p.listenerId())) d.newListeners.add(p.listenerId());
        }
    }

    /** Daily rows (every day from the campaign's start to its end or {@code asOf}, whichever is first) and totals. */
    CampaignReport report(Campaign c, Instant asOf, double organicSkipRate, String throttled, long opportunities) {
        PerCampaign pc = per(c.id());
        List<CampaignReport.Day> days = new ArrayList<>();
        Set<String> allT = new HashSet<>(), allH = new HashSet<>();
        Map<String, Integer> totalStreams = new HashMap<>();
        Set<String> totalNew = new HashSet<>();
        long impressions = 0, plays = 0, skips = 0, saves = 0;
        LocalDate first = day(c.start()), last = day(c.end().minusMillis(1));
        if (day(asOf).isBefore(last)) last = day(asOf);
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            Set<String> t = treatment.getOrDefault(d, Set.of()), h = holdout.getOrDefault(d, Set.of());
            Day row = pc.days.getOrDefault(d, new Day());
            allT.addAll(t);
            allH.addAll(h);
            row.streams.forEach((l, n) -> totalStreams.merge(l, n, Integer::sum));
            totalNew.addAll(row.newListeners);
            impressions += row.impressions;
            plays += row.promotedPlays;
            skips += row.promotedSkips;
            saves += row.promotedSaves;
            days.add(new CampaignReport.Day(d, row.impressions, row.promotedPlays, row.promotedPlays - row.promotedSkips,
                    row.promotedSaves, rate(row.promotedSkips, row.promotedPlays),
                    lift(t, h, row.streams), lift(t, h, indicator(row.newListeners))));
        }
        return new CampaignReport(c.id(), c.name(), c.ownerId(), impressions, plays, plays - skips, saves,
                rate(skips, plays), organicSkipRate, lift(allT, allH, totalStreams), lift(allT, allH, indicator(totalNew)),
                opportunities, throttled, days);
    }

    private static Map<String, Integer> indicator(Set<String> listeners) {
        Map<String, Integer> m = new HashMap<>();
        for (String l : listeners) m.put(l, 1);
        return m;
    }

    private static Estimate lift(Set<String> t, Set<String> h, Map<String, Integer> outcome) {
        double st = 0, qt = 0, sh = 0, qh = 0;
        for (String l : t) { double y = outcome.getOrDefault(l, 0); st += y; qt += y * y; }
        for (String l : h) { double y = outcome.getOrDefault(l, 0); sh += y; qh += y * y; }
        return Estimate.of(t.size(), st, qt, h.size(), sh, qh);
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private PerCampaign per(String id) {
        return campaigns.computeIfAbsent(id, k -> new PerCampaign());
    }

    private static final class PerCampaign {
        final TreeMap<LocalDate, Day> days = new TreeMap<>();
        final Set<String> listeners = new HashSet<>();
        final Set<String> earlierListeners = new HashSet<>();

        Day day(LocalDate d) {
            return days.computeIfAbsent(d, k -> new Day());
        }
    }

    private static final class Day {
        long impressions, promotedPlays, promotedSkips, promotedSaves;
        final Map<String, Integer> streams = new HashMap<>();
        final Set<String> newListeners = new HashSet<>();
    }
}
