package dev.encore.ml.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Formatting shared by the benchmarks: one JSON object per line, Markdown tables, and a description of the JVM. */
public final class BenchOutput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchOutput() {}

    public static String jsonLine(Map<String, Object> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot format benchmark result", e);
        }
    }

    /** A Markdown table with the given header and rows (cells already formatted). */
    public static String markdown(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| ").append(String.join(" | ", header)).append(" |\n|");
        for (int i = 0; i < header.size(); i++) sb.append("---|");
        sb.append('\n');
        for (List<String> row : rows) sb.append("| ").append(String.join(" | ", row)).append(" |\n");
        return sb.toString();
    }

    public static String fmt(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    /** e.g. "OpenJDK 64-Bit Server VM 17.0.15+6, 2 cpus". */
    public static String jvm() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cpus, max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB";
    }

    /** The 1-minute system load average (other processes share the machine: timings are only meaningful with it). */
    public static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** CPU time used by this process so far, all threads (JIT and GC included), or -1 when unknown. */
    public static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) return os.getProcessCpuTime();
        return -1;
    }

    /** Reads "--name value" pairs into a map ("--runs 5" gives runs=5); a bare "--flag" maps to "true". */
    public static Map<String, String> args(String[] args) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) throw new IllegalArgumentException("unexpected argument '" + args[i] + "': options look like --name value");
            String name = args[i].substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) out.put(name, args[++i]);
            else out.put(name, "true");
        }
        return out;
    }

    static int intArg(Map<String, String> a, String name, int def) {
        String v = a.get(name);
        try {
            return v == null ? def : Integer.parseInt(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " " + v + " is not an integer");
        }
    }
}
