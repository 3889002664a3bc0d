package dev.encore.server.products;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PromotedLabelTest {
    private static Map<String, Object> item(String id, String reason) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", id);
        o.put("reason", reason);
        return o;
    }

    @Test
    void onlySlotsWhoseReasonSaysPromotedAreLabelledWithTheirCampaignWhenKnown() {
        List<Map<String, Object>> items = new ArrayList<>(List.of(
                item("t1", ProductJson.PROMOTED_REASON + "Jazz push (close to what you usually like)"),
                item("t2", "because you played X"),
                item("t3", ProductJson.PROMOTED_REASON + "Old push (close to what you usually like)")));
        // t2 was promoted to this listener elsewhere, but this slot is organic; t3's campaign was lost in a restart
        ProductJson.labelPromoted(items, id -> id.equals("t1") || id.equals("t2") ? Optional.of("c-" + id) : Optional.empty());
        assertThat(items.get(0)).containsEntry("label", "promoted").containsEntry("campaignId", "c-t1");
        assertThat(items.get(1)).doesNotContainKeys("label", "campaignId");
        assertThat(items.get(2)).containsEntry("label", "promoted").doesNotContainKey("campaignId");
    }
}
