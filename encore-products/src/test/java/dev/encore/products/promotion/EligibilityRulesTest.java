package dev.encore.products.promotion;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EligibilityRulesTest {
    private final LocalDate today = LocalDate.of(2026, 6, 1);
    private final EligibilityRules rules = EligibilityRules.defaults();

    @Test
    void aSeasonedTrackWithStreamsAndListenersIsEligible() {
        Eligibility e = rules.check(new TrackFacts("t", "a", today.minusDays(30), 20, 50), today);
        assertThat(e.eligible()).isTrue();
        assertThat(e.reasons()).isEmpty();
    }

    @Test
    void everyFailedRuleGivesItsOwnReason() {
        Eligibility e = rules.check(new TrackFacts("t", "a", today.minusDays(10), 19, 3), today);
        assertThat(e.eligible()).isFalse();
        assertThat(e.reasons()).hasSize(3);
        assertThat(e.reasons().get(0)).contains("released 10 days ago").contains("2026-06-21");
        assertThat(e.reasons().get(1)).contains("19 streams").contains("at least 20");
        assertThat(e.reasons().get(2)).contains("3 monthly listeners").contains("at least 50");
    }

    @Test
    void unknownTracksAndMissingReleaseDatesAreExplained() {
        assertThat(rules.check("ghost", (t, d) -> Optional.empty(), today).reasons())
                .singleElement().asString().contains("not in the catalog");
        assertThat(rules.check(new TrackFacts("t", "a", null, 100, 100), today).reasons())
                .singleElement().asString().contains("release date unknown");
    }

    @Test
    void thresholdsAreConfigurable() {
        EligibilityRules lenient = new EligibilityRules(0, 0, 0);
        assertThat(lenient.check(new TrackFacts("t", "a", today, 0, 0), today).eligible()).isTrue();
    }

    @Test
    void ineligibleTracksAreNeverPromoted() {
        PromotionFixture f = new PromotionFixture(PromotionConfig.defaults().withHoldout(0, 1),
                java.util.List.of(PromotionFixture.campaign("c", java.util.List.of("fresh"), 1000, 7)));
        f.relevance.put("fresh", 0.99);
        f.facts.put("fresh", new TrackFacts("fresh", "a", PromotionFixture.T0.atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(3), 500, 500));
        for (int i = 0; i < 50; i++)
            assertThat(PromotionFixture.promoted(f.service.apply("L" + i, PromotionContext.RADIO, f.organic(10, 0.8, 0.01), PromotionFixture.T0))).isZero();
        assertThat(f.service.eligibility("fresh").reasons()).singleElement().asString().contains("released 3 days ago");
    }
}
