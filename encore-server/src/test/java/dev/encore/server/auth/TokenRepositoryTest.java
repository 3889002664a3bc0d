package dev.encore.server.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenRepositoryTest {
    @TempDir Path dir;

    @Test
    void tokensAreRandomStoredOnlyAsHashesAndSurviveReopening() throws Exception {
        Path db = dir.resolve("encore.db");
        String a, b;
        try (TokenRepository repo = TokenRepository.open(db)) {
            a = repo.create(Role.LISTENER, "alice").token();
            b = repo.create(Role.ADMIN, null).token();
            assertThat(a).startsWith("enc_").hasSize(4 + 64).isNotEqualTo(b);
        }
        byte[] file = Files.readAllBytes(db);
        assertThat(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(a.substring(4));
        try (TokenRepository repo = TokenRepository.open(db)) {
            Principal p = repo.find(a).orElseThrow();
            assertThat(p.role()).isEqualTo(Role.LISTENER);
            assertThat(p.userId()).isEqualTo("alice");
            assertThat(p.mayActFor("alice")).isTrue();
            assertThat(p.mayActFor("bob")).isFalse();
            assertThat(repo.find(b).orElseThrow().mayActFor("bob")).isTrue();
            assertThat(repo.find(a + "x")).isEmpty();
        }
    }

    @Test
    void listenerAndArtistTokensNeedAUser() throws Exception {
        try (TokenRepository repo = TokenRepository.open(dir.resolve("encore.db"))) {
            assertThatThrownBy(() -> repo.create(Role.LISTENER, " ")).hasMessageContaining("--user");
            assertThatThrownBy(() -> Role.fromWire("superuser")).hasMessageContaining("listener, artist or admin");
        }
    }
}
