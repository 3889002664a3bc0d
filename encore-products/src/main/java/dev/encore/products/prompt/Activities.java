package dev.encore.products.prompt;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Activities and times of day the rule layer recognises: the words that name one (normalised text), the tags it
 * suggests (used at half weight, only those the catalog has) and the energy it implies, if any. Checked in order,
 * so the more specific phrase ("rainy sunday") comes before its parts.
 */
final class Activities {
    record Activity(String name, Pattern words, List<String> tags, Energy energy) {}

    static final List<Activity> ALL = List.of(
            of("workout", "workout|work out|working out|gym|running|run|jogging|jog|exercise|exercising|training|cardio|lifting",
                    List.of("electronic", "dance", "hip hop", "rock", "electro"), Energy.UPBEAT),
            of("dinner", "dinner party|dinner|cooking|candlelight",
                    List.of("jazz", "soul", "lounge", "bossa nova", "acoustic"), Energy.ANY),
            of("party", "party|partying|dance party|dancing|club night|clubbing",
                    List.of("dance", "pop", "electronic", "house", "electropop"), Energy.UPBEAT),
            of("sleep", "sleep|sleeping|bedtime|bed time|falling asleep|fall asleep|nap|lullaby",
                    List.of("ambient", "chillout", "piano", "new age", "downtempo"), Energy.CALM),
            of("focus", "focus|focusing|study|studying|concentrate|concentration|reading|coding|deep work|homework",
                    List.of("instrumental", "ambient", "post rock", "classical", "electronic"), Energy.ANY),
            of("rainy sunday", "rainy sunday|rainy sunday afternoon|rainy sunday morning",
                    List.of("indie", "acoustic", "chillout", "singer songwriter", "melancholic"), Energy.ANY),
            of("rainy day", "rainy day|rainy|rain|rainy afternoon|rainy night",
                    List.of("indie", "acoustic", "chillout", "melancholic", "trip hop"), Energy.ANY),
            of("sunday morning", "sunday morning|lazy sunday|sunday|weekend morning",
                    List.of("acoustic", "folk", "indie", "singer songwriter", "chillout"), Energy.ANY),
            of("morning", "morning|wake up|waking up|breakfast|sunrise",
                    List.of("acoustic", "indie pop", "folk", "pop"), Energy.ANY),
            of("road trip", "road trip|roadtrip|driving|drive|long drive|car ride",
                    List.of("rock", "classic rock", "indie", "alternative"), Energy.ANY),
            of("late night", "late night|late at night|midnight|night|evening|after hours",
                    List.of("chillout", "trip hop", "electronic", "jazz", "downtempo"), Energy.ANY),
            of("relax", "relax|relaxing|unwind|unwinding|wind down|chill out|lounging",
                    List.of("chillout", "ambient", "acoustic", "lounge"), Energy.CALM));

    private Activities() {}

    private static Activity of(String name, String words, List<String> tags, Energy energy) {
        return new Activity(name, Pattern.compile("\\b(?:" + words + ")\\b"), tags, energy);
    }

    static Activity named(String name) {
        for (Activity a : ALL) if (a.name().equals(name)) return a;
        return null;
    }
}
