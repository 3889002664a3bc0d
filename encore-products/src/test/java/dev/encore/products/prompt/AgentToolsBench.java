package dev.encore.products.prompt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cost of the agent's tools on the demo catalog (not a unit test; run by hand, see docs/prompts.md):
 * {@code java -cp ... dev.encore.products.prompt.AgentToolsBench ROUNDS}. Each tool is called with a few typical
 * arguments, one warm-up round, then ROUNDS timed rounds; prints the first call (it normalises every title once),
 * thread-CPU p50/max per tool and the largest result in characters.
 */
public final class AgentToolsBench {
    private static final String[][] CALLS = {
            {"search_catalog", "{\"query\":\"radiohead\"}"}, {"search_catalog", "{\"query\":\"love\",\"limit\":25}"},
            {"search_catalog", "{\"query\":\"trip hop\"}"}, {"similar_artists", "{\"artist\":\"Portishead\"}"},
            {"similar_artists", "{\"artist\":\"The Beatles\",\"limit\":25}"}, {"radio", "{\"seed\":\"Massive Attack\"}"},
            {"radio", "{\"seed\":\"Coldplay\",\"limit\":25}"}, {"user_top_artists", "{\"limit\":25}"}};

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        DemoCatalog d = DemoCatalog.get();
        AgentTools tools = new AgentTools(d.index, new CatalogTools(d.index), new ModelTaste(null, d.listens, d.catalog), new ObjectMapper());
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        String user = DemoCatalog.HISTORY_USERS.get(0);
        long s0 = threads.getCurrentThreadCpuTime();
        tools.call("search_catalog", TextNode.valueOf("{\"query\":\"x\"}"), user);
        System.out.printf(Locale.ROOT, "demo catalog: %d tracks; first search (normalises titles): %.1f ms CPU%n",
                d.index.size(), (threads.getCurrentThreadCpuTime() - s0) / 1e6);
        for (String[] c : CALLS) tools.call(c[0], TextNode.valueOf(c[1]), user);
        for (String[] c : CALLS) {
            List<Double> ms = new ArrayList<>();
            int chars = 0;
            for (int r = 0; r < rounds; r++) {
                long s = threads.getCurrentThreadCpuTime();
                chars = Math.max(chars, tools.call(c[0], TextNode.valueOf(c[1]), user).length());
                ms.add((threads.getCurrentThreadCpuTime() - s) / 1e6);
            }
            ms.sort(null);
            System.out.printf(Locale.ROOT, "%-16s %-45s p50 %6.2f ms  max %6.2f ms  %4d chars%n", c[0], c[1], ms.get(ms.size() / 2), ms.get(ms.size() - 1), chars);
        }
    }
}
