/**
 * Encore's native dataset format: a directory of UTF-8 text files that round-trips every record of
 * {@code dev.encore.core.domain}. {@link dev.encore.formats.encore.EncoreFormatWriter} writes it,
 * {@link dev.encore.formats.encore.EncoreFormatReader} streams it back (catalog first, listens last).
 *
 * <h2>Layout</h2>
 * <pre>
 * artists.jsonl      {"id","name","tags":[..],"country"?,"source"?}
 * albums.jsonl       {"id","title","artist_ids":[..],"release_date"?: "YYYY-MM-DD","source"?}
 * tracks.jsonl       {"id","title","artist_ids":[..],"album_id"?,"duration_ms","release_date"?,"explicit",
 *                     "isrc"?,"tags":[..],"audio"?:{"tempo","energy","valence","danceability","acousticness",
 *                     "instrumentalness","loudness"},"source"?}
 * shows.jsonl        {"id","title","publisher"?,"description"?,"tags":[..],"source"?}
 * episodes.jsonl     {"id","show_id"?,"title","description"?,"duration_ms","release_date"?,"source"?}
 * users.jsonl        {"id","country"?: ISO 3166,"created"?: ISO-8601 instant,"time_zone"?: IANA id,"source"?}
 * playlists.jsonl    (optional) {"id","owner_id"?,"title","description"?,"kind": user|editorial|generated,
 *                     "period"?,"items":[{"item_kind","item","reason"?}],"source"?}
 * follows.csv        follower,target_kind,target
 * tag_assignments.csv (optional) user,item_kind,item,tag,date
 * play_counts.csv    (optional) user,item_kind,item,count,source
 * feedback.csv       user,item_kind,item,type,at,active
 * listens.csv        user,item_kind,item,listened_at,ms_played,context_type,context_id,reason_start,reason_end,
 *                    skipped,shuffle,offline,platform,source
 * </pre>
 * JSON-lines files hold one object per line; fields marked {@code ?} are omitted when null, unknown fields are
 * ignored on read. Optional files exist only when the data has such records.
 *
 * <h2>CSV columns</h2>
 * Every CSV file starts with exactly the header shown above. Quoting follows RFC 4180 (a field with a comma,
 * quote or line break is double-quoted, inner quotes doubled); an empty field is null, {@code ""} is the empty
 * string. Booleans are {@code true}/{@code false} ({@code 1}/{@code 0} accepted).
 * <ul>
 *   <li>{@code item_kind}, {@code target_kind}: track, artist, album, episode, show, playlist or user.</li>
 *   <li>{@code listened_at}: when the play started, ISO-8601 UTC ({@code 2026-11-23T18:04:05Z}; fractions and
 *       numeric offsets are accepted on read).</li>
 *   <li>{@code ms_played}: milliseconds actually played; empty when the source did not record it.</li>
 *   <li>{@code context_type}: where the play came from (album, playlist, radio, search, discovery, ...);
 *       {@code context_id}: the id of that album/playlist/... when known.</li>
 *   <li>{@code reason_start}/{@code reason_end}: Spotify's vocabulary (trackdone, fwdbtn, backbtn, clickrow,
 *       playbtn, endplay, ...).</li>
 *   <li>{@code skipped}: the listener skipped before the end; {@code shuffle}, {@code offline}: playback mode;
 *       {@code platform}: free text such as android, ios, web, desktop.</li>
 *   <li>{@code source}: where the record came from ({@code generated} for synthetic data). The column is an
 *       addition to the original spec so a listen round-trips with its provenance.</li>
 *   <li>{@code feedback.type}: like, dislike, hide, save, follow, ban or exclude; {@code at}: ISO-8601 UTC;
 *       {@code active=false} withdraws an earlier signal (empty means true).</li>
 * </ul>
 */
package dev.encore.formats.encore;
