package io.touchpointhub.bench.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a resolver as a child process and times it from start to exit: the JVM's start-up is part of what
 * a user waits for, so it is part of the figure. Its stderr (progress, by the contract) is echoed indented
 * and saved next to the output; its stdout goes to a file.
 */
final class TimedProcess {

    /** "123,456 candidate pairs", "candidates: 123456", "candidate pairs=123456": whatever the command prints. */
    static final Pattern CANDIDATES = Pattern.compile(
            "(?i)(?:([\\d][\\d,_]*)\\s+candidate|candidate(?:\\s+pair)?s?\\s*[:=]\\s*([\\d][\\d,_]*))");

    /** "…, 48.3 s CPU": the process's own CPU time, where it reports it (the hub's resolve does). */
    static final Pattern CPU = Pattern.compile("([\\d]+(?:\\.\\d+)?) s CPU");

    /**
     * @param lastLine   the last line the process wrote to stderr, for a failure message
     * @param cpuSeconds the CPU time the process reported, or NaN
     */
    record Result(int exitCode, double seconds, boolean timedOut, long candidates, long peakRssMb, String lastLine,
                  double cpuSeconds) {
    }

    private TimedProcess() {
    }

    static Result run(List<String> command, Path stderrFile, Path stdoutFile, Duration timeout, PrintStream echo)
            throws IOException, InterruptedException {
        AtomicLong candidates = new AtomicLong(-1);
        AtomicReference<String> lastLine = new AtomicReference<>("");
        AtomicReference<Double> cpu = new AtomicReference<>(Double.NaN);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(stdoutFile.toFile()).start();
        Thread reader = new Thread(() -> pump(process, stderrFile, echo, candidates, lastLine, cpu), "stderr-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        PeakMemory memory = PeakMemory.watch(process.pid());
        boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        memory.stop();
        if (!exited) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
        reader.join(5_000);
        return new Result(exited ? process.exitValue() : -1, seconds, !exited, candidates.get(), memory.peakMb(),
                lastLine.get(), cpu.get());
    }

    static long candidatesIn(String line) {
        Matcher matcher = CANDIDATES.matcher(line);
        long found = -1;
        while (matcher.find()) {
            String digits = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            found = Long.parseLong(digits.replace(",", "").replace("_", ""));
        }
        return found;
    }

    private static void pump(Process process, Path stderrFile, PrintStream echo, AtomicLong candidates,
                             AtomicReference<String> lastLine, AtomicReference<Double> cpu) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
             Writer saved = Files.newBufferedWriter(stderrFile, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                saved.write(line);
                saved.write('\n');
                echo.println("    | " + line);
                long found = candidatesIn(line);
                if (found >= 0) {
                    candidates.set(found);
                }
                if (!line.isBlank()) {
                    lastLine.set(line);
                }
                Matcher cpuTime = CPU.matcher(line);
                if (cpuTime.find()) {
                    cpu.set(Double.parseDouble(cpuTime.group(1)));
                }
            }
        } catch (IOException e) {
            echo.println("    (stderr of the process could not be read: " + e.getMessage() + ")");
        }
    }
}
