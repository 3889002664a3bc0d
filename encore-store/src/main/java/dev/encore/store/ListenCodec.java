package dev.encore.store;

import dev.encore.core.domain.ListenEvent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The binary form of a list of listens, as stored in {@code listen_batches} (with user ids) and
 * {@code listen_blocks} (one user's listens; the id is in the row). Written by hand because it is the hot path of
 * ingest and of every history scan: a blob per batch or block replaces a SQLite row (and ~14 JDBC binds) per
 * listen.
 *
 * <p>Layout: format byte, count (varint), then per listen: time as a zig-zag varint delta from the previous one
 * (epoch ms), ms played + 1 (varint; 0 = unknown), flags (skipped 1, shuffle 2, offline 4) (skipped, shuffle, offline), then the strings
 * (user if present, kind, item, context type, context id, start and end reasons, platform, source). A string is a
 * varint: 0 = null, i = the block's i-th distinct string, or the next index followed by a new string's UTF-8
 * length and bytes, so repeated ids, kinds and platforms cost a byte or two.
 */
final class ListenCodec {
    private static final int FORMAT_WITH_USERS = 1;
    private static final int FORMAT_ONE_USER = 2;

    private ListenCodec() {}

    /** Encodes listens of any users (an inbox batch). */
    static byte[] encodeWithUsers(List<ListenEvent> listens) {
        return encode(listens, true);
    }

    /** Encodes listens of one user (a block); their user ids are not stored. */
    static byte[] encodeOneUser(List<ListenEvent> listens) {
        return encode(listens, false);
    }

    private static byte[] encode(List<ListenEvent> listens, boolean withUsers) {
        Writer w = new Writer(listens.size() * 12 + 16);
        w.varint(withUsers ? FORMAT_WITH_USERS : FORMAT_ONE_USER);
        w.varint(listens.size());
        long previous = 0;
        for (ListenEvent e : listens) {
            long at = e.listenedAt().toEpochMilli();
            w.varint(zigzag(at - previous));
            previous = at;
            w.varint(e.msPlayed() < 0 ? 0 : e.msPlayed() + 1);
            w.varint((e.skipped() ? 1 : 0) | (e.shuffle() ? 2 : 0) | (e.offline() ? 4 : 0));
            if (withUsers) w.string(e.userId());
            w.string(Rows.wire(e.itemKind()));
            w.string(e.itemId());
            w.string(e.contextType());
            w.string(e.contextId());
            w.string(e.reasonStart());
            w.string(e.reasonEnd());
            w.string(e.platform());
            w.string(e.source());
        }
        return Arrays.copyOf(w.bytes, w.size);
    }

    /** Decodes a batch or block; {@code userId} names the user of a block and is ignored for a batch. */
    static void decode(byte[] data, String userId, Consumer<? super ListenEvent> sink) {
        Reader r = new Reader(data);
        int format = (int) r.varint();
        if (format != FORMAT_WITH_USERS && format != FORMAT_ONE_USER)
            throw new IllegalStateException("unknown listen block format " + format + "; written by a newer Encore?");
        boolean withUsers = format == FORMAT_WITH_USERS;
        long n = r.varint();
        long at = 0;
        for (long i = 0; i < n; i++) {
            at += unzigzag(r.varint());
            long ms = r.varint() - 1;
            int flags = r.data[r.pos++];
            String user = withUsers ? r.string() : userId;
            sink.accept(new ListenEvent(user, Rows.kind(r.string()), r.string(), Instant.ofEpochMilli(at), ms,
                    r.string(), r.string(), r.string(), r.string(),
                    (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, r.string(), r.string()));
        }
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    /** A growable byte array with varint appends. */
    private static class Buffer {
        byte[] bytes;
        int size;

        Buffer(int capacity) {
            bytes = new byte[capacity];
        }

        final void varint(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                bytes[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            bytes[size++] = (byte) v;
        }

        final void raw(byte[] src, int offset, int length) {
            ensure(length);
            System.arraycopy(src, offset, bytes, size, length);
            size += length;
        }

        final void ensure(int more) {
            if (size + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    private static final class Writer extends Buffer {
        final Map<String, Integer> strings = new HashMap<>();

        Writer(int capacity) {
            super(capacity);
        }

        void string(String s) {
            if (s == null) {
                varint(0);
                return;
            }
            Integer known = strings.get(s);
            if (known != null) {
                varint(known);
                return;
            }
            int index = strings.size() + 1;
            strings.put(s, index);
            varint(index);
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            varint(utf8.length);
            raw(utf8, 0, utf8.length);
        }
    }

    /**
     * One user's listens taken out of batches by a merge, in a loose form: appended one after another, time absolute,
     * strings inline (length + 1, 0 = null) instead of through a table. A merge holds a million listens as a few
     * thousand byte arrays this way, instead of millions of objects that would outlive young collections.
     */
    static final class Loose extends Buffer {
        private int listens;

        Loose() {
            super(64);
        }

        int listens() {
            return listens;
        }
    }

    /** Appends each listen of a batch to its user's {@link Loose} buffer; creates a string per distinct user only. */
    static void splitByUser(byte[] batch, Function<String, Loose> bufferOf) {
        Reader r = new Reader(batch);
        if (r.varint() != FORMAT_WITH_USERS) throw new IllegalStateException("not a listen batch");
        long n = r.varint();
        long at = 0;
        Positions table = new Positions();
        for (long i = 0; i < n; i++) {
            at += unzigzag(r.varint());
            long msPlusOne = r.varint();
            long flags = r.varint();
            Loose out = bufferOf.apply(table.string(batch, table.reference(r)));
            out.varint(zigzag(at));
            out.varint(msPlusOne);
            out.varint(flags);
            for (int field = 0; field < 8; field++) {
                int s = table.reference(r);
                if (s == 0) {
                    out.varint(0);
                } else {
                    out.varint(table.lengths[s] + 1L);
                    out.raw(batch, table.offsets[s], table.lengths[s]);
                }
            }
            out.listens++;
        }
    }

    /** A batch's string table as positions in the batch (strings are made only on request, once each). */
    private static final class Positions {
        int[] offsets = new int[64], lengths = new int[64];
        String[] strings = new String[64];
        int count;

        /** Reads a string reference and returns its table index (0 = null), recording a new string's position. */
        int reference(Reader r) {
            int index = (int) r.varint();
            if (index == 0 || index <= count) return index;
            if (index >= offsets.length) {
                offsets = Arrays.copyOf(offsets, index * 2);
                lengths = Arrays.copyOf(lengths, index * 2);
                strings = Arrays.copyOf(strings, index * 2);
            }
            lengths[index] = (int) r.varint();
            offsets[index] = r.pos;
            r.pos += lengths[index];
            count = index;
            return index;
        }

        String string(byte[] batch, int index) {
            if (strings[index] == null) strings[index] = new String(batch, offsets[index], lengths[index], StandardCharsets.UTF_8);
            return strings[index];
        }
    }

    /** Decodes a user's {@link Loose} listens, in the order they were appended. */
    static List<ListenEvent> decodeLoose(Loose loose, String userId) {
        Reader r = new Reader(loose.bytes);
        List<ListenEvent> out = new ArrayList<>(loose.listens);
        for (int i = 0; i < loose.listens; i++) {
            long at = unzigzag(r.varint());
            long ms = r.varint() - 1;
            int flags = (int) r.varint();
            out.add(new ListenEvent(userId, Rows.kind(r.inline()), r.inline(), Instant.ofEpochMilli(at), ms,
                    r.inline(), r.inline(), r.inline(), r.inline(),
                    (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, r.inline(), r.inline()));
        }
        return out;
    }

    private static final class Reader {
        final byte[] data;
        int pos;
        final List<String> strings = new ArrayList<>();

        Reader(byte[] data) {
            this.data = data;
        }

        long varint() {
            long v = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = data[pos++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) return v;
            }
        }

        String string() {
            int index = (int) varint();
            if (index == 0) return null;
            if (index <= strings.size()) return strings.get(index - 1);
            int length = (int) varint();
            String s = new String(data, pos, length, StandardCharsets.UTF_8);
            pos += length;
            strings.add(s);
            return s;
        }

        /** A string of the loose form: length + 1, then UTF-8 (0 = null). */
        String inline() {
            int lengthPlusOne = (int) varint();
            if (lengthPlusOne == 0) return null;
            String s = new String(data, pos, lengthPlusOne - 1, StandardCharsets.UTF_8);
            pos += lengthPlusOne - 1;
            return s;
        }
    }
}
