package dev.encore.bench.ann;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Lucene's HNSW ({@link Lucene99HnswVectorsFormat}) over the rows of a factor matrix, by maximum inner product, in
 * one segment of an index in a temporary directory (memory-mapped, as Lucene serves it). Documents are added in
 * row order from one thread into one segment, so doc id = row id. A search with beam width ef asks Lucene for ef
 * nearest (Lucene's beam is its k) and keeps the best k, the usual way to trade recall for time in Lucene.
 */
final class LuceneHnsw implements AutoCloseable {
    static final String FIELD = "v";

    private final Path dir;
    private final Directory directory;
    private final DirectoryReader reader;
    private final LeafReader leaf;
    private final double buildSeconds;
    private final boolean transformed;

    private LuceneHnsw(Path dir, Directory directory, DirectoryReader reader, double buildSeconds, boolean transformed) {
        this.dir = dir;
        this.directory = directory;
        this.reader = reader;
        this.leaf = reader.leaves().get(0).reader();
        this.buildSeconds = buildSeconds;
        this.transformed = transformed;
    }

    /**
     * Indexes rows 0..n-1 of m (width dim) with maxConn m and beam width beamWidth, by Lucene's
     * MAXIMUM_INNER_PRODUCT, or, with {@code mipToCosine}, as unit vectors after {@link MipTransform} by DOT_PRODUCT.
     * The build time covers the transform, indexing, merge and commit.
     */
    static LuceneHnsw build(float[] m, int n, int dim, int maxConn, int beamWidth, boolean mipToCosine) throws IOException {
        Path dir = Files.createTempDirectory("encore-lucene-hnsw");
        Directory directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig()
                .setCodec(new Lucene912Codec() {
                    @Override
                    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                        return new Lucene99HnswVectorsFormat(maxConn, beamWidth);
                    }
                })
                .setRAMBufferSizeMB(2048)   // one flush, so the graph is built once, not rebuilt by merges
                .setUseCompoundFile(false);
        long t0 = System.nanoTime();
        float[] rows = mipToCosine ? MipTransform.items(m, n, dim) : m;
        int width = mipToCosine ? dim + 1 : dim;
        VectorSimilarityFunction sim = mipToCosine ? VectorSimilarityFunction.DOT_PRODUCT : VectorSimilarityFunction.MAXIMUM_INNER_PRODUCT;
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < n; i++) {
                Document doc = new Document();
                doc.add(new KnnFloatVectorField(FIELD, Arrays.copyOfRange(rows, i * width, (i + 1) * width), sim));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
            writer.commit();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        DirectoryReader reader = DirectoryReader.open(directory);
        if (reader.leaves().size() != 1 || reader.maxDoc() != n) {
            reader.close();
            throw new IllegalStateException("expected one segment of " + n + " docs, got " + reader.leaves().size()
                    + " segments, " + reader.maxDoc() + " docs");
        }
        return new LuceneHnsw(dir, directory, reader, seconds, mipToCosine);
    }

    Path directoryForTest() {
        return dir;
    }

    double buildSeconds() {
        return buildSeconds;
    }

    /** Bytes of the index on disk (vectors plus graph). */
    long sizeBytes() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Row ids of about the k best rows by inner product, best first, searching with beam width max(ef, k). */
    int[] search(float[] q, int k, int ef) {
        try {
            float[] query = transformed ? MipTransform.query(q) : q;
            TopDocs top = leaf.searchNearestVectors(FIELD, query, Math.max(ef, k), null, Integer.MAX_VALUE);
            ScoreDoc[] docs = top.scoreDocs.clone();
            Arrays.sort(docs, Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc));
            int[] out = new int[Math.min(k, docs.length)];
            for (int i = 0; i < out.length; i++) out[i] = docs[i].doc;
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) Files.delete(p);
        }
        Files.delete(dir);
    }
}
