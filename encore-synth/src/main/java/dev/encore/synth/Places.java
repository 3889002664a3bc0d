package dev.encore.synth;

import java.time.ZoneId;
import java.util.SplittableRandom;

/** Where generated listeners live: countries with a typical time zone and a share of listeners. */
final class Places {
    record Place(String country, ZoneId zone, double share) {}

    private static Place p(String country, String zone, double share) {
        return new Place(country, ZoneId.of(zone), share);
    }

    static final Place[] ALL = {
            p("US", "America/New_York", 10), p("US", "America/Chicago", 6), p("US", "America/Los_Angeles", 7),
            p("GB", "Europe/London", 7), p("DE", "Europe/Berlin", 7), p("FR", "Europe/Paris", 5), p("BR", "America/Sao_Paulo", 8),
            p("MX", "America/Mexico_City", 5), p("ES", "Europe/Madrid", 3), p("SE", "Europe/Stockholm", 2),
            p("NL", "Europe/Amsterdam", 2), p("PL", "Europe/Warsaw", 3), p("JP", "Asia/Tokyo", 6), p("KR", "Asia/Seoul", 3),
            p("IN", "Asia/Kolkata", 6), p("AU", "Australia/Sydney", 3), p("CA", "America/Toronto", 3),
            p("NG", "Africa/Lagos", 2), p("ZA", "Africa/Johannesburg", 1), p("AR", "America/Argentina/Buenos_Aires", 2)};

    private static final Alias PICK = new Alias(java.util.Arrays.stream(ALL).mapToDouble(Place::share).toArray());

    private Places() {}

    static Place sample(SplittableRandom r) {
        return ALL[PICK.sample(r)];
    }
}
