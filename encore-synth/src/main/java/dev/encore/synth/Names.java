package dev.encore.synth;

import java.util.SplittableRandom;

/**
 * Made-up but pronounceable names for artists, albums, tracks and podcasts, drawn from small word lists.
 * Every record carrying one is marked {@code source = "generated"}, so they are never taken for real titles.
 */
final class Names {
    private static final String[] ADJ = {"Neon", "Velvet", "Hollow", "Golden", "Silent", "Electric", "Paper", "Crimson",
            "Wild", "Lunar", "Broken", "Northern", "Quiet", "Burning", "Glass", "Distant", "Amber", "Static", "Tender",
            "Midnight", "Violet", "Restless", "Iron", "Faded", "Bright", "Cold", "Secret", "Slow", "Sunlit", "Wandering"};
    private static final String[] NOUN = {"Harbor", "Echo", "Garden", "River", "Signal", "Mirror", "Orchard", "Engine",
            "Lantern", "Horizon", "Canyon", "Satellite", "Window", "Ocean", "Parade", "Meadow", "Circuit", "Compass",
            "Ember", "Tide", "Avenue", "Atlas", "Feather", "Machine", "Harvest", "Comet", "Island", "Thunder", "Valley", "Room"};
    private static final String[] PLURAL = {"Foxes", "Wolves", "Strangers", "Lights", "Ghosts", "Sparrows", "Pilots",
            "Rivers", "Kings", "Mirrors", "Satellites", "Saints", "Giants", "Weavers", "Tigers", "Owls"};
    private static final String[] FIRST = {"Ada", "Milo", "Nina", "Otto", "Lena", "Jonas", "Maya", "Theo", "Ines", "Kofi",
            "Yuki", "Rosa", "Arlo", "Zara", "Emil", "Noor", "Luca", "Freya", "Dario", "Saoirse"};
    private static final String[] LAST = {"Vale", "Marsh", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Reyes", "Brandt",
            "Castillo", "Novak", "Hart", "Quinn", "Sato", "Adeyemi", "Fontaine", "Kowalski", "Park", "Silva"};
    private static final String[] VERB = {"Chasing", "Waiting for", "Dancing with", "Running from", "Dreaming of",
            "Falling into", "Holding", "Calling", "Leaving", "Finding"};
    private static final String[] TOPIC = {"science", "history", "true crime", "music business", "technology", "comedy",
            "football", "film", "cooking", "philosophy", "economics", "travel", "language learning", "design"};

    private Names() {}

    private static String pick(SplittableRandom r, String[] words) {
        return words[r.nextInt(words.length)];
    }

    static String artist(SplittableRandom r) {
        return switch (r.nextInt(6)) {
            case 0 -> "The " + pick(r, ADJ) + " " + pick(r, PLURAL);
            case 1, 2 -> pick(r, FIRST) + " " + pick(r, LAST);
            case 3 -> pick(r, ADJ) + " " + pick(r, NOUN);
            case 4 -> pick(r, NOUN) + " & the " + pick(r, PLURAL);
            default -> pick(r, NOUN) + pick(r, NOUN).toLowerCase(java.util.Locale.ROOT);
        };
    }

    static String track(SplittableRandom r) {
        String base = switch (r.nextInt(5)) {
            case 0 -> pick(r, ADJ) + " " + pick(r, NOUN);
            case 1 -> pick(r, VERB) + " the " + pick(r, NOUN);
            case 2 -> pick(r, NOUN) + " of " + pick(r, PLURAL);
            case 3 -> pick(r, NOUN);
            default -> pick(r, ADJ) + " " + pick(r, PLURAL);
        };
        int extra = r.nextInt(20);
        if (extra == 0) return base + " (Remix)";
        if (extra == 1) return base + " (Live)";
        if (extra == 2) return base + ", Pt. " + (2 + r.nextInt(2));
        return base;
    }

    static String album(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> pick(r, ADJ) + " " + pick(r, NOUN);
            case 1 -> "Songs from the " + pick(r, NOUN);
            case 2 -> pick(r, NOUN) + " " + pick(r, NOUN);
            default -> pick(r, ADJ);
        };
    }

    static String topic(SplittableRandom r) {
        return pick(r, TOPIC);
    }

    static String show(SplittableRandom r, String topic) {
        return switch (r.nextInt(3)) {
            case 0 -> "The " + pick(r, ADJ) + " " + pick(r, NOUN) + " Podcast";
            case 1 -> capitalise(topic) + " " + pick(r, NOUN);
            default -> pick(r, FIRST) + " & " + pick(r, FIRST) + " on " + capitalise(topic);
        };
    }

    static String episodeTitle(SplittableRandom r, int number) {
        return "#" + number + ": " + pick(r, VERB) + " the " + pick(r, NOUN);
    }

    static String episodeDescription(SplittableRandom r, String topic) {
        return "A conversation about " + topic + " with " + pick(r, FIRST) + " " + pick(r, LAST) + ": "
                + pick(r, ADJ).toLowerCase(java.util.Locale.ROOT) + " ideas, a " + pick(r, NOUN).toLowerCase(java.util.Locale.ROOT)
                + " story and listener questions.";
    }

    static String publisher(SplittableRandom r) {
        return pick(r, ADJ) + " " + pick(r, NOUN) + " Media";
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
