package dev.encore.products.promotion;

import dev.encore.core.domain.Campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The one entry point of promotion. A product (radio, autoplay, mixes) ranks its organic candidates as usual,
 * then calls {@link #apply} and serves the returned slots, showing the {@code promoted} label on promoted ones;
 * when a served track plays, it reports the outcome with {@link #observe}. Campaigns come from
 * {@link #putCampaign}/{@link #setCampaigns}. Thread-safe (calls are serialised: an allocation costs microseconds
 * per campaign).
 */
public final class PromotionService {
    private final PromotionConfig config;
    private final EligibilityRules rules;
    private final TrackFacts.Source facts;
    private final Relevance relevance;
    private final Clock clock;
    private final Holdout holdout;
    private final ExposureCaps caps;
    private final Guardrail guardrail;
    private final Pacer pacer;
    private final Allocator allocator;
    private final CampaignLedger ledger = new CampaignLedger();
    private final Map<String, Campaign> campaigns = new LinkedHashMap<>();
    private final Map<String, List<String>> campaignsByTrack = new HashMap<>();
    private final Set<String> optedOut = new HashSet<>();
    private final Map<String, Eligibility> eligibilityToday = new HashMap<>();
    private LocalDate eligibilityDay;
    private LocalDate lastPrune;
    private static final int TOP = 64;
    /** Per listener and campaign, today's ranking of the campaign's eligible tracks (cleared daily and on change). */
    private final Map<String, Ranking> rankings = new HashMap<>();

    public PromotionService(PromotionConfig config, EligibilityRules rules, TrackFacts.Source facts, Relevance relevance, Clock clock) {
        this.config = config;
        this.rules = rules;
        this.facts = facts;
        this.relevance = relevance;
        this.clock = clock;
        this.holdout = new Holdout(config.holdoutShare(), config.seed());
        this.caps = new ExposureCaps(config);
        this.guardrail = new Guardrail(config);
        this.pacer = new Pacer(config);
        this.allocator = new Allocator(config, pacer, guardrail);
    }

    public PromotionConfig config() {
        return config;
    }

    public synchronized void putCampaign(Campaign c) {
        rankings.clear();
        Campaign old = campaigns.put(c.id(), c);
        if (old != null) for (String t : old.trackIds()) campaignsByTrack.getOrDefault(t, new ArrayList<>()).remove(c.id());
        for (String t : c.trackIds()) campaignsByTrack.computeIfAbsent(t, k -> new ArrayList<>()).add(c.id());
    }

    public synchronized void setCampaigns(Collection<Campaign> all) {
        campaigns.clear();
        campaignsByTrack.clear();
        all.forEach(this::putCampaign);
    }

    public synchronized void optOut(String listenerId, boolean out) {
        if (out) optedOut.add(listenerId); else optedOut.remove(listenerId);
    }

    public synchronized boolean optedOut(String listenerId) {
        return optedOut.contains(listenerId);
    }

    public boolean heldOut(String listenerId) {
        return holdout.contains(listenerId);
    }

    /** The slots to serve now, in order: the organic list with some items possibly replaced by promoted ones. */
    public List<Slot> apply(String listenerId, PromotionContext context, List<RankedCandidate> ranked) {
        return apply(listenerId, context, ranked, clock.instant());
    }

    public synchronized List<Slot> apply(String listenerId, PromotionContext context, List<RankedCandidate> ranked, Instant now) {
        if (listenerId == null || listenerId.isBlank()) throw new IllegalArgumentException("listener id must not be empty");
        boolean out = optedOut.contains(listenerId), held = holdout.contains(listenerId);
        boolean promotable = config.promotableContexts().contains(context);
        if (promotable && !out) ledger.seen(listenerId, held, now);
        if (!promotable || out || held || guardrail.globalStopReason().isPresent() || ranked.isEmpty())
            return ranked.stream().map(Slot::organic).toList();
        pruneDaily(now);
        ExposureCaps.Session session = caps.session(listenerId, now);
        Set<String> inList = new HashSet<>();
        for (RankedCandidate c : ranked) inList.add(c.trackId());
        List<Allocator.Offer> offers = new ArrayList<>();
        List<Campaign> live = new ArrayList<>();
        for (Campaign c : campaigns.values()) {
            if (!c.runningAt(now) || guardrail.throttleReason(c.id()).isPresent()) continue;
            live.add(c);
            Allocator.Offer best = bestOffer(c, listenerId, inList, now);
            if (best != null) offers.add(best);
        }
        Allocator.Decision d = allocator.allocate(ranked, offers, session, now);
        for (Campaign c : live) if (d.opportunities().contains(c.id())) pacer.update(c, d.winners().contains(c.id()), now);
        for (Slot s : d.slots()) {
            if (!s.promoted()) continue;
            caps.recordExposure(listenerId, s.trackId(), now);
            ledger.impression(s.campaignId(), now);
        }
        return d.slots();
    }

    /**
     * The campaign's most relevant eligible track for the listener that is not already in the list and is under
     * its frequency cap. A big catalogue is ranked for a listener once a day (the top {@value #TOP} kept), so a
     * label with thousands of tracks costs a short walk per request rather than a full scan.
     */
    private Allocator.Offer bestOffer(Campaign c, String listenerId, Set<String> inList, Instant now) {
        Ranking ranking = rankings.computeIfAbsent(listenerId + '\u0000' + c.id(), k -> rank(c, listenerId, now, TOP));
        Allocator.Offer offer = firstUsable(c, ranking, listenerId, inList, now);
        if (offer == null && ranking.truncated) offer = firstUsable(c, rank(c, listenerId, now, Integer.MAX_VALUE), listenerId, inList, now);
        return offer;
    }

    private Allocator.Offer firstUsable(Campaign c, Ranking r, String listenerId, Set<String> inList, Instant now) {
        for (int i = 0; i < r.tracks.length; i++) {
            if (!inList.contains(r.tracks[i]) && caps.underFrequencyCap(listenerId, r.tracks[i], now))
                return new Allocator.Offer(c, r.tracks[i], r.relevance[i]);
        }
        return null;
    }

    /** The {@code keep} most relevant eligible tracks, best first (ties by id), by insertion into a short sorted array. */
    private Ranking rank(Campaign c, String listenerId, Instant now, int keep) {
        int cap = Math.min(keep, c.trackIds().size());
        String[] tracks = new String[cap];
        double[] rel = new double[cap];
        int n = 0;
        boolean truncated = false;
        for (String t : c.trackIds()) {
            if (!eligibility(t, now).eligible()) continue;
            OptionalDouble r = relevance.of(listenerId, t);
            if (r.isEmpty()) continue;
            double v = r.getAsDouble();
            if (n == cap) {
                truncated = true;
                if (!before(v, t, rel[n - 1], tracks[n - 1])) continue;
                n--;
            }
            int pos = n;
            while (pos > 0 && before(v, t, rel[pos - 1], tracks[pos - 1])) {
                rel[pos] = rel[pos - 1];
                tracks[pos] = tracks[pos - 1];
                pos--;
            }
            rel[pos] = v;
            tracks[pos] = t;
            n++;
        }
        return new Ranking(java.util.Arrays.copyOf(tracks, n), java.util.Arrays.copyOf(rel, n), truncated);
    }

    private static boolean before(double v, String t, double otherV, String otherT) {
        return v > otherV || (v == otherV && t.compareTo(otherT) < 0);
    }

    private record Ranking(String[] tracks, double[] relevance, boolean truncated) {}

    /** Records a play of a served track (any context, organic or promoted). */
    public synchronized void observe(PlayOutcome play) {
        if (play.promoted() && !campaigns.containsKey(play.campaignId()))
            throw new IllegalArgumentException("promoted play names campaign " + play.campaignId() + ", which this service does not know");
        guardrail.observe(play);
        boolean out = optedOut.contains(play.listenerId());
        if (!out && config.promotableContexts().contains(play.context()))
            ledger.seen(play.listenerId(), holdout.contains(play.listenerId()), play.at());
        for (String id : campaignsByTrack.getOrDefault(play.trackId(), List.of())) ledger.play(campaigns.get(id), play);
    }

    /** Whether a track may be promoted today, with every reason if not. */
    public synchronized Eligibility eligibility(String trackId) {
        return eligibility(trackId, clock.instant());
    }

    private Eligibility eligibility(String trackId, Instant now) {
        LocalDate today = CampaignLedger.day(now);
        if (!today.equals(eligibilityDay)) {
            eligibilityToday.clear();
            eligibilityDay = today;
        }
        return eligibilityToday.computeIfAbsent(trackId, t -> rules.check(t, facts, today));
    }

    /** The campaign's report as of now (the service's clock). */
    public Optional<CampaignReport> report(String campaignId) {
        return report(campaignId, clock.instant());
    }

    /** The campaign's report with one row per day from its start up to {@code asOf} (or its end). */
    public synchronized Optional<CampaignReport> report(String campaignId, Instant asOf) {
        Campaign c = campaigns.get(campaignId);
        if (c == null) return Optional.empty();
        Guardrail.Gap g = guardrail.gap(campaignId);
        return Optional.of(ledger.report(c, asOf, g.organicSkipRate(), guardrail.throttleReason(campaignId).orElse(null),
                pacer.opportunities(campaignId)));
    }

    /** Why the campaign is throttled by the satisfaction guardrail, if it is. */
    public synchronized Optional<String> throttled(String campaignId) {
        return guardrail.throttleReason(campaignId);
    }

    /** Why all promotion is stopped by the global guardrail, if it is. */
    public synchronized Optional<String> globallyStopped() {
        return guardrail.globalStopReason();
    }

    public synchronized long delivered(String campaignId) {
        return pacer.delivered(campaignId);
    }

    public synchronized long opportunities(String campaignId) {
        return pacer.opportunities(campaignId);
    }

    private void pruneDaily(Instant now) {
        LocalDate today = CampaignLedger.day(now);
        if (!today.equals(lastPrune)) {
            caps.forgetOlderThanWeek(now);
            rankings.clear();
            lastPrune = today;
        }
    }
}
