package dev.encore.eval.split;

/**
 * Parses a protocol from its command-line form: {@code holdout:0.2} (random per-user holdout, fraction),
 * {@code last:1} (leave-last-N-out), {@code temporal:0.2} (global temporal split, latest fraction to test),
 * {@code before:1700000000} (global temporal split at an epoch-seconds cut-off), {@code kfold:5:0} (fold 0 of 5),
 * {@code ratio:0.8:0.1:0.1} (per-user random train/validation/test, RecBole's "RS" split).
 */
public final class Protocols {
    public static final String FORMS = "holdout:FRACTION, ratio:TRAIN:VALID:TEST, last:N, temporal:FRACTION, before:EPOCH_SECONDS, kfold:K:FOLD";

    private Protocols() {}

    public static Splitter parse(String spec) {
        if (spec == null || spec.isBlank()) throw new IllegalArgumentException("empty protocol; use one of " + FORMS);
        String[] p = spec.trim().split(":");
        try {
            return switch (p[0]) {
                case "holdout" -> new RandomHoldout(Double.parseDouble(arg(p, 1, spec)));
                case "ratio" -> new RatioSplit(Double.parseDouble(arg(p, 1, spec)), Double.parseDouble(arg(p, 2, spec)),
                        Double.parseDouble(arg(p, 3, spec)));
                case "last" -> new LeaveLastOut(Integer.parseInt(arg(p, 1, spec)));
                case "temporal" -> TemporalSplit.lastFraction(Double.parseDouble(arg(p, 1, spec)));
                case "before" -> TemporalSplit.before(Long.parseLong(arg(p, 1, spec)));
                case "kfold" -> new KFold(Integer.parseInt(arg(p, 1, spec)), p.length > 2 ? Integer.parseInt(p[2]) : 0);
                default -> throw new IllegalArgumentException("unknown protocol '" + p[0] + "' in '" + spec + "'; use one of " + FORMS);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("protocol '" + spec + "' has a malformed number; use one of " + FORMS);
        }
    }

    private static String arg(String[] p, int i, String spec) {
        if (p.length <= i) throw new IllegalArgumentException("protocol '" + spec + "' is missing its value; use one of " + FORMS);
        return p[i];
    }
}
