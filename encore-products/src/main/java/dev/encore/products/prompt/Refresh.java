package dev.encore.products.prompt;

import java.util.Locale;

/** Whether the listener wants the prompt playlist rebuilt on a schedule. */
public enum Refresh {
    NONE, DAILY, WEEKLY;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
