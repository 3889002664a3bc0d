package dev.encore.core.io;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountingInputStreamTest {
    @Test
    void reportsWhatEveryReadAndSkipConsumed() throws IOException {
        List<Long> seen = new ArrayList<>();
        try (InputStream in = new CountingInputStream(new ByteArrayInputStream(new byte[100]), seen::add)) {
            in.read();
            in.read(new byte[10], 0, 10);
            in.skip(50);
            in.readAllBytes();
            assertThat(in.read()).isEqualTo(-1);
        }
        assertThat(seen).containsExactly(1L, 10L, 50L, 39L);
    }

    @Test
    void aConsumerThatThrowsStopsTheReader() {
        long[] total = {0};
        InputStream in = new CountingInputStream(new ByteArrayInputStream(new byte[100]), n -> {
            if ((total[0] += n) > 20) throw new IllegalStateException("over 20 bytes");
        });
        assertThatThrownBy(in::readAllBytes).hasMessage("over 20 bytes");
    }
}
