package dev.encore.app.cli;

import dev.encore.server.auth.Role;
import dev.encore.server.auth.TokenRepository;
import dev.encore.store.EncoreStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "token", mixinStandardHelpOptions = true, description = "Manage API tokens.",
        subcommands = TokenCommand.Create.class)
public final class TokenCommand implements Runnable {
    @Override
    public void run() {
        throw new IllegalArgumentException("say what to do with tokens: 'encore token create --role listener|artist|admin [--user ID] --data DIR'");
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create an API token; it is shown once (only its hash is stored) as the last word of the last line.")
    static final class Create implements Callable<Integer> {
        @Option(names = "--role", required = true, description = "listener, artist or admin") String role;
        @Option(names = "--user", description = "the user (listener) or artist id the token acts for") String user;
        @Option(names = "--data", defaultValue = "encore-data", description = "data directory (default ${DEFAULT-VALUE})") Path data;

        @Override
        public Integer call() throws Exception {
            Role r = Role.fromWire(role);
            if (r != Role.ADMIN && (user == null || user.isBlank()))
                throw new IllegalArgumentException("a " + role + " token needs --user ID (the listener or artist it acts for)");
            try (EncoreStore store = EncoreStore.open(data); // creates the data directory and schema if new
                 TokenRepository tokens = TokenRepository.open(store.databaseFile())) {
                TokenRepository.Issued issued = tokens.create(r, user);
                System.out.println("created a " + role + " token" + (user == null ? "" : " for " + user) + " (shown once; keep it secret):");
                System.out.println("token: " + issued.token());
            }
            return 0;
        }
    }
}
