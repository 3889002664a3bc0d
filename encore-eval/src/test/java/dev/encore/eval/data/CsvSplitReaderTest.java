package dev.encore.eval.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvSplitReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsBothFilesIntoOneIdSpace() throws IOException {
        Path train = write("train.csv", "user,item,weight,timestamp\nu1,a,2,100\nu1,b,1,2024-01-01T00:00:00Z\nu2,a,1,5\n");
        Path test = write("test.csv", "user,item\nu2,c\nu3,a\n");
        CsvSplitReader.Labeled l = CsvSplitReader.read(train, test);
        assertThat(l.users().ids()).containsExactly("u1", "u2", "u3");
        assertThat(l.items().ids()).containsExactly("a", "b", "c"); // c only in test: still a candidate
        assertThat(l.split().train().size()).isEqualTo(3);
        assertThat(l.split().train().time(1)).isEqualTo(1704067200L);
        assertThat(l.split().train().weight(0)).isEqualTo(2f);
        assertThat(l.split().test().items()).isEqualTo(3);
        assertThat(l.split().test().weight(0)).isEqualTo(1f);
        assertThat(l.split().test().toMatrix().contains(l.users().indexOf("u2"), l.items().indexOf("c"))).isTrue();
    }

    @Test
    void badInputSaysWhereAndWhat() throws IOException {
        Path ok = write("ok.csv", "user,item\nu,a\n");
        assertThatThrownBy(() -> CsvSplitReader.read(write("h.csv", "uid,iid\n"), ok))
                .hasMessageContaining("h.csv:1").hasMessageContaining("expected user,item");
        assertThatThrownBy(() -> CsvSplitReader.read(write("w.csv", "user,item,weight\nu,a,lots\n"), ok))
                .hasMessageContaining("w.csv:2").hasMessageContaining("'lots' is not a number");
        assertThatThrownBy(() -> CsvSplitReader.read(write("t.csv", "user,item,timestamp\nu,a,yesterday\n"), ok))
                .hasMessageContaining("t.csv:2").hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> CsvSplitReader.read(write("f.csv", "user,item\nu,a,3\n"), ok))
                .hasMessageContaining("f.csv:2: 3 fields");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
