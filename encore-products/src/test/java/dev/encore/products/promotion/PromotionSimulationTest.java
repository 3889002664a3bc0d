package dev.encore.products.promotion;

import dev.encore.products.promotion.sim.PromotionSimulation;
import dev.encore.products.promotion.sim.SimResult;
import dev.encore.products.promotion.sim.SimSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PromotionSimulationTest {

    @Test
    void aSmallWorldRunsWithoutViolationsThrottlesTheHatedCampaignAndIsDeterministic() {
        SimResult a = PromotionSimulation.run(SimSpec.small(11), PromotionConfig.defaults());
        assertThat(a.violations()).isEmpty();
        assertThat(a.render()).contains("violations: 0").contains("lift huge-label: ");
        SimResult.CampaignRow hated = a.campaigns().stream().filter(r -> r.kind().equals("hated")).findFirst().orElseThrow();
        assertThat(hated.throttled()).isNotNull();
        assertThat(hated.impressions()).isLessThan(40);
        assertThat(a.campaigns()).filteredOn(r -> r.kind().equals("small")).allSatisfy(r -> assertThat(r.impressions()).isGreaterThan(r.goal() / 2));
        // promotion costs listeners at most a sliver of satisfaction
        assertThat(a.withPromotion().skipRate() - a.withoutPromotion().skipRate()).isLessThan(0.01);
        assertThat(PromotionSimulation.run(SimSpec.small(11), PromotionConfig.defaults()).render()).isEqualTo(a.render());
    }
}
