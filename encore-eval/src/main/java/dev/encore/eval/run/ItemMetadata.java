package dev.encore.eval.run;

/**
 * What the diversity and exposure measures know about items: {@code artistOf[item]} (−1 = unknown) among
 * {@code artists} artists, and {@code tagsOf[item]} (sorted tag ids; null = untagged). Either part may be absent.
 */
public record ItemMetadata(int[] artistOf, int artists, int[][] tagsOf) {
    public static final ItemMetadata NONE = new ItemMetadata(null, 0, null);

    public ItemMetadata {
        if (artistOf != null) {
            for (int i = 0; i < artistOf.length; i++)
                if (artistOf[i] >= artists)
                    throw new IllegalArgumentException("item " + i + " has artist " + artistOf[i] + " but only " + artists + " artists were declared");
        }
    }

    public boolean hasArtists() {
        return artistOf != null;
    }

    public boolean hasTags() {
        return tagsOf != null;
    }

    void checkCovers(int items) {
        if (artistOf != null && artistOf.length < items)
            throw new IllegalArgumentException("artist map covers " + artistOf.length + " items, the data has " + items + ": give every item (use -1 for unknown)");
        if (tagsOf != null && tagsOf.length < items)
            throw new IllegalArgumentException("tag map covers " + tagsOf.length + " items, the data has " + items + ": give every item (null for untagged)");
    }
}
