package dev.encore.products.review;

/**
 * A listening personality on four axes, each a share of the year's plays in [0, 1] and the pole it leans to
 * (at 0.5 or more the second-named pole):
 * <ul>
 *   <li><b>familiar vs exploring</b>: share of plays of tracks first played this year (never before it);</li>
 *   <li><b>timeless vs new</b>: share of plays of tracks released this year or the year before;</li>
 *   <li><b>varied vs loyal</b>: share of plays going to the listener's top 5 artists;</li>
 *   <li><b>common vs unique</b>: share of plays of tracks outside the population's popular tracks.</li>
 * </ul>
 * Plays of tracks the catalog lacks count in the denominators but never towards "new".
 */
public record Personality(double exploring, double fresh, double loyal, double unique) {
    public String label() {
        return (exploring >= 0.5 ? "exploring" : "familiar") + ", " + (fresh >= 0.5 ? "new" : "timeless") + ", "
                + (loyal >= 0.5 ? "loyal" : "varied") + ", " + (unique >= 0.5 ? "unique" : "common");
    }
}
