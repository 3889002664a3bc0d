package dev.encore.core.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A promotion campaign: an artist or label ({@code ownerId}) opts {@code trackIds} into promotion between
 * {@code start} (inclusive) and {@code end} (exclusive) and accepts {@code commissionRate} (a fraction of the
 * royalty, 0–1) off promoted streams. {@code impressionGoal} is the number of promoted slots the campaign would
 * like over its whole life; the allocator paces towards it evenly and never beyond it.
 */
public record Campaign(String id, String ownerId, String name, List<String> trackIds, Instant start, Instant end,
                       double commissionRate, long impressionGoal, CampaignStatus status, Instant createdAt) {
    public static final int MAX_TRACKS = 10_000;

    public Campaign {
        Ids.require("campaign id", id);
        Ids.require("campaign owner", ownerId);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (trackIds == null || trackIds.isEmpty())
            throw new IllegalArgumentException("campaign " + id + " has no tracks: list at least one track id");
        for (String t : trackIds) Ids.require("track id in campaign " + id, t);
        trackIds = List.copyOf(new LinkedHashSet<>(trackIds));
        if (trackIds.size() > MAX_TRACKS)
            throw new IllegalArgumentException("campaign " + id + " has " + trackIds.size() + " tracks; at most " + MAX_TRACKS + " are allowed");
        if (!end.isAfter(start))
            throw new IllegalArgumentException("campaign " + id + " ends (" + end + ") before it starts (" + start + "): end must be after start");
        if (!(commissionRate >= 0 && commissionRate <= 1))
            throw new IllegalArgumentException("campaign " + id + " commission rate must be between 0 and 1 (a fraction), got " + commissionRate);
        if (impressionGoal < 1)
            throw new IllegalArgumentException("campaign " + id + " impression goal must be at least 1, got " + impressionGoal);
    }

    /** The status in force at {@code now}: an active campaign past its end has ended. */
    public CampaignStatus statusAt(Instant now) {
        if (status == CampaignStatus.ACTIVE && !now.isBefore(end)) return CampaignStatus.ENDED;
        return status;
    }

    /** Whether the campaign may deliver at {@code now}: active and inside its window. */
    public boolean runningAt(Instant now) {
        return statusAt(now) == CampaignStatus.ACTIVE && !now.isBefore(start);
    }

    public Campaign withStatus(CampaignStatus newStatus) {
        return new Campaign(id, ownerId, name, trackIds, start, end, commissionRate, impressionGoal, newStatus, createdAt);
    }
}
