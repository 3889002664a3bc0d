package dev.encore.store;

import dev.encore.core.domain.Campaign;
import dev.encore.core.domain.CampaignStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignRepositoryTest extends StoreTestSupport {
    private static final Instant T = Instant.parse("2026-06-01T00:00:00Z");

    private static Campaign campaign(String id, String owner, Instant created, String... tracks) {
        return new Campaign(id, owner, "Campaign " + id, List.of(tracks), T, T.plusSeconds(86_400 * 28), 0.3, 5000,
                CampaignStatus.ACTIVE, created);
    }

    @Test
    void campaignsRoundTripWithTracksInOrderAndSurviveReopening() {
        CampaignRepository repo = CampaignRepository.of(store);
        Campaign a = campaign("a", "artist-1", T, "t3", "t1", "t2");
        repo.save(a);
        repo.save(campaign("b", "artist-1", T.plusSeconds(5), "t9"));
        repo.save(campaign("c", "label-2", T.plusSeconds(9), "t4"));
        assertThat(repo.find("a")).contains(a);
        assertThat(CampaignRepository.of(reopen()).find("a")).contains(a);
        assertThat(CampaignRepository.of(store).byOwner("artist-1")).extracting(Campaign::id).containsExactly("b", "a");
        assertThat(CampaignRepository.of(store).all()).extracting(Campaign::id).containsExactly("c", "b", "a");
        assertThat(CampaignRepository.of(store).find("nope")).isEmpty();
    }

    @Test
    void savingAgainReplacesTracksAndStatusChangesPersist() {
        CampaignRepository repo = CampaignRepository.of(store);
        repo.save(campaign("a", "artist-1", T, "t1", "t2"));
        repo.save(campaign("a", "artist-1", T, "t5"));
        assertThat(repo.find("a").orElseThrow().trackIds()).containsExactly("t5");
        assertThat(repo.setStatus("a", CampaignStatus.PAUSED)).isTrue();
        assertThat(repo.find("a").orElseThrow().status()).isEqualTo(CampaignStatus.PAUSED);
        assertThat(repo.setStatus("missing", CampaignStatus.PAUSED)).isFalse();
    }

    @Test
    void optOutsAreRecordedAndWithdrawn() {
        CampaignRepository repo = CampaignRepository.of(store);
        repo.setOptOut("u2", true, T);
        repo.setOptOut("u1", true, T);
        repo.setOptOut("u1", true, T);
        assertThat(repo.optedOut()).containsExactly("u1", "u2");
        repo.setOptOut("u2", false, T);
        assertThat(repo.optedOut()).containsExactly("u1");
    }

    @Test
    void invalidCampaignsAreRejectedBeforeReachingTheDatabase() {
        assertThatThrownBy(() -> new Campaign("x", "o", "n", List.of("t"), T, T, 0.3, 10, CampaignStatus.ACTIVE, T))
                .hasMessageContaining("end must be after start");
        assertThatThrownBy(() -> new Campaign("x", "o", "n", List.of("t"), T, T.plusSeconds(1), 1.5, 10, CampaignStatus.ACTIVE, T))
                .hasMessageContaining("commission rate must be between 0 and 1");
    }
}
