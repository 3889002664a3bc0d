package dev.encore.products.promotion;

import dev.encore.core.domain.Campaign;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.encore.products.promotion.PromotionFixture.T0;
import static dev.encore.products.promotion.PromotionFixture.campaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CampaignReportTest {

    @Test
    void incrementalStreamsAndNewListenersAreMeasuredAgainstTheHoldout() {
        Campaign c = campaign("c", List.of("t1", "t2"), 1_000_000, 3);
        PromotionFixture f = new PromotionFixture(PromotionConfig.defaults().withHoldout(0.5, 5), List.of(c));
        f.relevance(c.trackIds(), 0.9);
        int treated = 0, held = 0;
        for (int day = 0; day < 2; day++) {
            for (int i = 0; i < 400; i++) {
                String l = "L" + i;
                Instant at = T0.plusSeconds(86_400L * day + 10L * i);
                f.service.apply(l, PromotionContext.RADIO, f.organic(5, 0.9, 0.01), at);
                // planted effect: treated listeners stream a campaign track 3 times a day, held-out listeners once
                // when their id is even (so half of them are new listeners, against all treated ones)
                boolean isHeld = f.service.heldOut(l);
                int streams = isHeld ? (i % 2 == 0 ? 1 : 0) : 3;
                for (int k = 0; k < streams; k++)
                    f.service.observe(new PlayOutcome(l, "t1", PromotionContext.RADIO, false, null, false, false, at.plusSeconds(k)));
                if (day == 0) { if (isHeld) held++; else treated++; }
            }
        }
        CampaignReport r = f.service.report("c", T0.plusSeconds(86_400L + 3600)).orElseThrow();
        assertThat(r.days()).hasSize(2);
        Estimate total = r.incrementalStreams();
        assertThat(total.treatmentListeners()).isEqualTo(treated);
        assertThat(total.holdoutListeners()).isEqualTo(held);
        // per treated listener: 6 streams vs about 1 in the holdout, over two days
        assertThat(total.value() / treated).isCloseTo(5.0, within(0.2));
        assertThat(total.low()).isLessThan(total.value());
        assertThat(total.significant()).isTrue();
        assertThat(r.incrementalNewListeners().value() / treated).isCloseTo(0.5, within(0.1));
        CampaignReport.Day first = r.days().get(0);
        assertThat(first.incrementalStreams().value() / treated).isCloseTo(2.5, within(0.1));
        // on day two nobody is new any more
        assertThat(r.days().get(1).incrementalNewListeners().value()).isZero();
    }

    @Test
    void promotedPlaysSkipsAndSavesAreCountedPerDay() {
        Campaign c = campaign("c", List.of("t1"), 1_000_000, 3);
        PromotionFixture f = new PromotionFixture(PromotionConfig.defaults().withHoldout(0, 5), List.of(c));
        f.relevance(c.trackIds(), 0.9);
        for (int i = 0; i < 10; i++)
            f.service.observe(new PlayOutcome("L" + i, "t1", PromotionContext.MIXES, true, "c", i < 3, i >= 8, T0.plusSeconds(i)));
        CampaignReport r = f.service.report("c").orElseThrow();
        assertThat(r.promotedPlays()).isEqualTo(10);
        assertThat(r.promotedStreams()).isEqualTo(7);
        assertThat(r.saves()).isEqualTo(2);
        assertThat(r.skipRate()).isCloseTo(0.3, within(1e-12));
        assertThat(r.days()).singleElement().extracting(CampaignReport.Day::promotedPlays).isEqualTo(10L);
        // a day without activity still has its row, up to the campaign's end
        assertThat(f.service.report("c", T0.plusSeconds(30 * 86_400L)).orElseThrow().days()).hasSize(3)
                .last().extracting(CampaignReport.Day::impressions).isEqualTo(0L);
    }
}
