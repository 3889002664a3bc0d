package dev.encore.ml;

/**
 * Who to recommend for: {@code user} is a dense user index or -1 for a user the model has not seen;
 * {@code items}/{@code weights} are that user's interactions (dense item indices, sorted ascending, with the
 * confidence weights of the training matrix). Models that fold in (ALS) compute fresh factors from them; models
 * that need history (item-kNN) use them; the caller passes the current row so new listens count immediately.
 */
public record UserQuery(int user, int[] items, float[] weights) {
    public UserQuery {
        if (items.length != weights.length) throw new IllegalArgumentException("items and weights differ in length");
    }

    public static UserQuery of(int user, dev.encore.core.matrix.InteractionMatrix m) {
        int s = m.rowStart(user), e = m.rowEnd(user);
        return new UserQuery(user, java.util.Arrays.copyOfRange(m.indices(), s, e), java.util.Arrays.copyOfRange(m.values(), s, e));
    }

    public static UserQuery anonymous(int[] items, float[] weights) {
        return new UserQuery(-1, items, weights);
    }
}
