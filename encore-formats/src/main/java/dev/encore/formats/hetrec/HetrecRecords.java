package dev.encore.formats.hetrec;

import dev.encore.core.domain.Artist;
import dev.encore.core.domain.Follow;
import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.PlayCount;
import dev.encore.core.domain.RecordSink;
import dev.encore.core.domain.TagAssignment;
import dev.encore.core.domain.User;
import dev.encore.formats.BadRecord;
import dev.encore.formats.ImportRun;
import dev.encore.formats.RecordType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** Turns each HetRec file's lines into records; holds the run's tag vocabulary and the user ids already emitted. */
final class HetrecRecords {
    static final String SOURCE = "hetrec2011";
    static final int TOP_TAGS = 10;
    /** Last.fm was founded in 2002: earlier tagging dates (the data has 1956, 1957, 1979) cannot be real. */
    static final int FIRST_PLAUSIBLE_YEAR = 2002;

    private static final String[] TAG_COLUMNS = {"tagID", "tagValue"};
    private static final String[] ARTIST_COLUMNS = {"id", "name", "url", "pictureURL"};
    private static final String[] USER_ARTIST_COLUMNS = {"userID", "artistID", "weight"};
    private static final String[] FRIEND_COLUMNS = {"userID", "friendID"};
    private static final String[] TAGGED_COLUMNS = {"userID", "artistID", "tagID", "day", "month", "year"};

    private final ImportRun run;
    private final RecordSink sink;
    private final TagVocabulary tags = new TagVocabulary();
    private final Set<Integer> users = new HashSet<>();

    HetrecRecords(ImportRun run) {
        this.run = run;
        this.sink = run.sink();
    }

    static String userId(int id) {
        return "lastfm:user:" + id;
    }

    static String artistId(int id) {
        return "lastfm:artist:" + id;
    }

    /** tags.dat is Latin-1 (ISO-8859-1), unlike the other files. */
    void tags(Path file) throws IOException {
        DatFile.read(run, file, StandardCharsets.ISO_8859_1, RecordType.TAG, TAG_COLUMNS, true, (f, line) -> {
            int id = DatFile.id(f, 0, "tagID");
            String text = f[1].trim();
            if (text.isEmpty()) throw new BadRecord("missing tagValue");
            tags.define(id, text);
            run.acceptAside(RecordType.TAG);
        });
    }

    /** The pre-pass: how often each tag was given to each artist. Bad lines are reported by the emitting pass. */
    void countTagUses(Path taggedArtists) throws IOException {
        DatFile.read(run, taggedArtists, StandardCharsets.UTF_8, RecordType.TAG_ASSIGNMENT, TAGGED_COLUMNS, false,
                (f, line) -> {
                    Tagging t = Tagging.parse(f);
                    if (tags.text(t.tagId) != null) tags.countUse(t.artist, t.tagId);
                });
    }

    void artists(Path file) throws IOException {
        DatFile.read(run, file, StandardCharsets.UTF_8, RecordType.ARTIST, ARTIST_COLUMNS, true, (f, line) -> {
            int id = DatFile.id(f, 0, "id");
            String name = f[1].trim();
            if (name.isEmpty()) throw new BadRecord("missing artist name");
            sink.artist(new Artist(artistId(id), name, tags.top(id, TOP_TAGS), null, SOURCE));
        });
    }

    void userArtists(Path file) throws IOException {
        DatFile.read(run, file, StandardCharsets.UTF_8, RecordType.PLAY_COUNT, USER_ARTIST_COLUMNS, true, (f, line) -> {
            int user = DatFile.id(f, 0, "userID");
            int artist = DatFile.id(f, 1, "artistID");
            long weight = BadRecord.parseLong("weight", f[2], 0);
            user(user);
            sink.playCount(new PlayCount(userId(user), ItemKind.ARTIST, artistId(artist), weight, SOURCE));
        });
    }

    /** One follow per line: the file already lists both directions of each friendship. */
    void userFriends(Path file) throws IOException {
        DatFile.read(run, file, StandardCharsets.UTF_8, RecordType.FOLLOW, FRIEND_COLUMNS, true, (f, line) -> {
            int user = DatFile.id(f, 0, "userID");
            int friend = DatFile.id(f, 1, "friendID");
            user(user);
            user(friend);
            sink.follow(new Follow(userId(user), ItemKind.USER, userId(friend)));
        });
    }

    void userTaggedArtists(Path file) throws IOException {
        String name = file.toString();
        DatFile.read(run, file, StandardCharsets.UTF_8, RecordType.TAG_ASSIGNMENT, TAGGED_COLUMNS, true, (f, line) -> {
            Tagging t = Tagging.parse(f);
            String text = tags.text(t.tagId);
            if (text == null) throw new BadRecord("tagID " + t.tagId + " is not in tags.dat");
            LocalDate date = date(t.day, t.month, t.year, name, line);
            user(t.user);
            sink.tagAssignment(new TagAssignment(userId(t.user), ItemKind.ARTIST, artistId(t.artist), text, date));
        });
    }

    /** The tagging date, or null with a warning when it is impossible or before Last.fm existed. */
    private LocalDate date(long day, long month, long year, String file, long line) {
        String dmy = day + "/" + month + "/" + year;
        if (year < FIRST_PLAUSIBLE_YEAR) {
            run.warn(RecordType.TAG_ASSIGNMENT, file, line,
                    "date " + dmy + " is before Last.fm existed (" + FIRST_PLAUSIBLE_YEAR + "); kept without a date");
            return null;
        }
        try {
            return LocalDate.of(Math.toIntExact(year), Math.toIntExact(month), Math.toIntExact(day));
        } catch (DateTimeException | ArithmeticException e) {
            run.warn(RecordType.TAG_ASSIGNMENT, file, line, "date " + dmy + " is not a calendar date; kept without a date");
            return null;
        }
    }

    /** One user_taggedartists line, parsed the same way by the counting pre-pass and the emitting pass. */
    private record Tagging(int user, int artist, int tagId, long day, long month, long year) {
        static Tagging parse(String[] f) {
            return new Tagging(DatFile.id(f, 0, "userID"), DatFile.id(f, 1, "artistID"), DatFile.id(f, 2, "tagID"),
                    BadRecord.parseLong("day", f[3]), BadRecord.parseLong("month", f[4]), BadRecord.parseLong("year", f[5]));
        }
    }

    private void user(int id) {
        if (users.add(id)) sink.user(new User(userId(id), null, null, null, SOURCE));
    }
}
