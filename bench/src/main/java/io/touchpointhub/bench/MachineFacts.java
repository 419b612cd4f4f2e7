package io.touchpointhub.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** The facts a reader needs to compare figures across machines: cores, memory, CPU, JVM, load. */
public final class MachineFacts {

    private MachineFacts() {
    }

    /** The 1, 5 and 15 minute load averages now: others' builds on a shared machine show up here. */
    public static String loadAverage() {
        String[] fields = read("/proc/loadavg").split(" ");
        return fields.length >= 3 ? String.join(" ", List.of(fields).subList(0, 3)) : "?";
    }

    /** @param loadAtStart {@link #loadAverage()} taken before the first run */
    public static String describe(String loadAtStart) {
        return String.format(Locale.ROOT, "%d cores (nproc), %s RAM, %s, %s; %s; load average %s when the benchmark started",
                Runtime.getRuntime().availableProcessors(), memory(), cpu(), System.getProperty("os.name") + " "
                        + System.getProperty("os.version"), javaVersion(), loadAtStart);
    }

    /** The first line(s) of {@code java -version} of the JVM that runs the hub (the same java.home). */
    static String javaVersion() {
        try {
            Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                    .redirectErrorStream(true).start();
            String text = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            java.waitFor(10, TimeUnit.SECONDS);
            return "`" + String.join(" / ", text.lines().toList()) + "`";
        } catch (IOException e) {
            return "java " + System.getProperty("java.version");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "java " + System.getProperty("java.version");
        }
    }

    /** The commit the jar was presumably built from, marked when the working tree differs from it. */
    public static String sourceVersion() {
        String commit = git("rev-parse", "--short", "HEAD");
        String changes = git("status", "--porcelain", "--untracked-files=no");
        return commit.isEmpty() ? "an unknown version" : "commit `" + commit + "`" + (changes.isEmpty() ? "" : " (with uncommitted changes)");
    }

    private static String git(String... args) {
        try {
            List<String> command = new java.util.ArrayList<>(List.of("git"));
            command.addAll(List.of(args));
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor() == 0 ? text : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static String memory() {
        return read("/proc/meminfo").lines().filter(l -> l.startsWith("MemTotal:")).findFirst()
                .map(l -> String.format(Locale.ROOT, "%.1f GiB",
                        Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                .orElse("? GiB");
    }

    private static String cpu() {
        return read("/proc/cpuinfo").lines().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(System.getProperty("os.arch"));
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
