package dev.encore.core.domain;

/**
 * Where importers and the generator send what they read. The store implements it; tests collect into lists.
 * Every method defaults to ignoring the record so a sink only overrides what it keeps.
 * {@link #flush()} is called at the end of each input file: a sink may buffer until then.
 */
public interface RecordSink {
    default void artist(Artist artist) {}
    default void album(Album album) {}
    default void track(Track track) {}
    default void show(Show show) {}
    default void episode(Episode episode) {}
    default void user(User user) {}
    default void listen(ListenEvent event) {}
    default void feedback(Feedback feedback) {}
    default void follow(Follow follow) {}
    default void playCount(PlayCount playCount) {}
    default void tagAssignment(TagAssignment tag) {}
    default void playlist(Playlist playlist) {}
    default void flush() {}
}
