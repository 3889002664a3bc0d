package dev.encore.products.promotion;

import java.util.Locale;

/** Where a list of tracks is served. Only some contexts may carry promotion (see {@link PromotionConfig}). */
public enum PromotionContext {
    RADIO, AUTOPLAY, MIXES, WEEKLY_DISCOVERY, EDITORIAL, PROMPT, RELEASE_RADAR, HOME;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PromotionContext parse(String text) {
        String t = text == null ? "" : text.strip().replace('-', '_');
        for (PromotionContext c : values()) if (c.name().equalsIgnoreCase(t)) return c;
        throw new IllegalArgumentException("context '" + text + "' is unknown; use one of radio, autoplay, mixes, "
                + "weekly_discovery, editorial, prompt, release_radar, home");
    }
}
