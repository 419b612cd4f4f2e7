package io.touchpointhub.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the CPU went during a run, per pipeline stage: on two cores every stage, PostgreSQL and
 * Elasticsearch compete for the same CPU, so CPU seconds say more than backlogs alone. Threads come from
 * {@code jcmd <pid> Thread.print} (full names and {@code cpu=} per thread), processes (the hub's
 * PostgreSQL, the harness) from {@code /proc}. Snapshots are taken outside the timed interval.
 */
final class CpuProfile {

    /** CPU milliseconds at one instant: per thread ({@code name|tid}) and per process ({@code pid}). */
    record Snapshot(Map<String, Double> threads, Map<Long, Double> processes, Map<Long, String> processNames,
                    double hubProcess, double harness) {
    }

    private static final Pattern THREAD = Pattern.compile("^\"(.*)\" .*?cpu=([\\d.]+)ms .*?(tid=0x[0-9a-f]+)");
    private static final double MILLIS_PER_TICK = 10; // USER_HZ is 100 on every Linux the hub supports

    private CpuProfile() {
    }

    /** @param helpers the hub's other processes ({@link HubProcess#helpers()}) */
    static Snapshot take(ProcessHandle hub, java.util.List<ProcessHandle> helpers) {
        Map<String, Double> threads = new HashMap<>();
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(hub.pid()), "Thread.print").redirectErrorStream(true).start();
            String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(30, TimeUnit.SECONDS);
            for (String line : dump.lines().toList()) {
                Matcher m = THREAD.matcher(line);
                if (m.find()) {
                    threads.put(m.group(1) + "|" + m.group(3), Double.parseDouble(m.group(2)));
                }
            }
        } catch (IOException e) {
            // no JDK tools: the breakdown only has processes
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Map<Long, Double> processes = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        helpers.forEach(p -> {
            processes.put(p.pid(), cpuMillis(p.pid()));
            names.put(p.pid(), comm(p.pid()));
        });
        return new Snapshot(threads, processes, names, cpuMillis(hub.pid()), cpuMillis(ProcessHandle.current().pid()));
    }

    /** CPU seconds spent between two snapshots per group, largest first. */
    static Map<String, Double> between(Snapshot before, Snapshot after) {
        Map<String, Double> groups = new HashMap<>();
        double threadsTotal = 0;
        for (Map.Entry<String, Double> thread : after.threads().entrySet()) {
            double used = thread.getValue() - before.threads().getOrDefault(thread.getKey(), 0.0);
            threadsTotal += used;
            groups.merge(group(thread.getKey().substring(0, thread.getKey().lastIndexOf('|'))), used, Double::sum);
        }
        if (!after.threads().isEmpty()) {
            // threads that ended between the snapshots are only in the process total
            double rest = after.hubProcess() - before.hubProcess() - threadsTotal;
            groups.merge("hub: threads that ended meanwhile", Math.max(0, rest), Double::sum);
        } else {
            groups.put("hub JVM (no thread breakdown)", after.hubProcess() - before.hubProcess());
        }
        for (Map.Entry<Long, Double> process : after.processes().entrySet()) {
            double used = process.getValue() - before.processes().getOrDefault(process.getKey(), 0.0);
            String name = after.processNames().get(process.getKey());
            groups.merge(name.equals("postgres") ? "PostgreSQL (all processes)" : "process " + name, used, Double::sum);
        }
        groups.put("benchmark harness (senders, polling)", after.harness() - before.harness());
        Map<String, Double> seconds = new LinkedHashMap<>();
        groups.entrySet().stream()
                .filter(e -> e.getValue() >= 50)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> seconds.put(e.getKey(), e.getValue() / 1000));
        return seconds;
    }

    /** Threads by role: the names the hub, Tomcat, Camel, Elasticsearch and HotSpot give them. */
    static String group(String thread) {
        if (thread.startsWith("http-nio")) {
            return "hub: HTTP intake (Tomcat)";
        }
        if (thread.contains("identity-stage")) {
            return "hub: identity stage";
        }
        if (thread.contains("index-stage")) {
            return "hub: index stage";
        }
        if (thread.startsWith("elasticsearch[")) {
            String[] parts = thread.split("\\]\\[");
            return "Elasticsearch: " + (parts.length > 1 ? parts[1].replaceAll("\\].*", "") : "other");
        }
        if (thread.startsWith("GC Thread") || thread.startsWith("G1 ") || thread.equals("VM Thread")) {
            return "hub JVM: garbage collection and safepoints";
        }
        if (thread.contains("CompilerThread")) {
            return "hub JVM: JIT compilation";
        }
        return "hub: other threads";
    }

    private static double cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static String comm(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "comm"), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "?";
        }
    }
}
