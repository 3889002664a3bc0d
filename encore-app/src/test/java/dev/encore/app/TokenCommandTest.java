package dev.encore.app;

import dev.encore.server.auth.Role;
import dev.encore.server.auth.TokenRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TokenCommandTest {
    @TempDir
    Path data;

    @Test
    void createdTokenIsTheLastWordAndAuthenticatesAsThatListener() throws Exception {
        CommandLineRun r = CommandLineRun.of("token", "create", "--role", "listener", "--user", "alice", "--data", data.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\n");
        String[] words = lines[lines.length - 1].split("\\s+");
        String token = words[words.length - 1];
        try (TokenRepository tokens = TokenRepository.open(data.resolve("encore.db"))) {
            var who = tokens.find(token).orElseThrow();
            assertThat(who.role()).isEqualTo(Role.LISTENER);
            assertThat(who.userId()).isEqualTo("alice");
            assertThat(tokens.find(token + "x")).isEmpty();
        }
    }

    @Test
    void aListenerTokenWithoutAUserIsRefusedWithTheFix() {
        CommandLineRun r = CommandLineRun.of("token", "create", "--role", "listener", "--data", data.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("needs --user ID");
    }
}
