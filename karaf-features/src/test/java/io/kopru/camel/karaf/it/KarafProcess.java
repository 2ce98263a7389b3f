/*
 * Copyright 2026 The Kopru Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.kopru.camel.karaf.it;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Karaf started with {@code bin/karaf server} and driven with {@code bin/client -b} over its SSH console, both
 * bound to 127.0.0.1. Every wait is bounded; {@link #kill()} (also run by a JVM shutdown hook) ends the whole
 * process tree.
 */
final class KarafProcess {

    private static final String USER = "karaf";
    private static final String PASSWORD = "karaf";

    private final Path home;
    private final int sshPort;
    private final Process process;
    private final Path consoleLog;
    private final Thread shutdownHook;

    private KarafProcess(Path home, int sshPort, Process process, Path consoleLog) {
        this.home = home;
        this.sshPort = sshPort;
        this.process = process;
        this.consoleLog = consoleLog;
        this.shutdownHook = new Thread(this::killTree, "kill-karaf");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts {@code bin/karaf server}; {@code env} is added to the environment Karaf runs in. */
    static KarafProcess start(Path home, int sshPort, Path consoleLog, Map<String, String> env) throws IOException {
        makeExecutable(home.resolve("bin"));
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin").resolve("karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(consoleLog.toFile());
        environment(builder.environment());
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        return new KarafProcess(home, sshPort, process, consoleLog);
    }

    /** Waits until the SSH console answers and the boot features (with {@code wrap}) are started. */
    void awaitBoot(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Karaf exited with " + process.exitValue() + "; console:\n"
                        + tail(KarafFeaturesIT.readLines(consoleLog), 40));
            }
            if (portOpen()) {
                try {
                    last = shell(Duration.ofSeconds(30), "feature:list -i");
                    if (last.lines().anyMatch(l -> l.startsWith("wrap ") && l.contains("Started"))) {
                        return;
                    }
                } catch (IllegalStateException notYet) {
                    last = notYet.getMessage();
                }
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Karaf did not boot within " + timeout + "; last answer: " + last
                + "\nkaraf.log:\n" + logTail(40));
    }

    /** Runs the commands in one SSH session ({@code bin/client -b}) and returns what they printed. */
    String shell(Duration timeout, String... commands) throws IOException, InterruptedException {
        Path output = Files.createTempFile(Files.createDirectories(home.resolve("data").resolve("tmp")), "client-", ".out");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin").resolve("client").toString(), "-b",
                "-h", "127.0.0.1", "-a", String.valueOf(sshPort), "-u", USER, "-p", PASSWORD, "-r", "3", "-d", "1")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        environment(builder.environment());
        Process client = builder.start();
        try (OutputStream in = client.getOutputStream()) {
            in.write((String.join("\n", commands) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        boolean exited = client.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
        if (!exited) {
            destroyTree(client.toHandle(), Duration.ofSeconds(5));
        }
        String out = stripAnsi(Files.readString(output, StandardCharsets.UTF_8));
        Files.deleteIfExists(output);
        if (!exited) {
            throw new IllegalStateException("bin/client did not finish within " + timeout + ": " + List.of(commands)
                    + "\n" + out);
        }
        if (client.exitValue() != 0 || out.contains("Error executing command") || out.contains("Command not found")) {
            throw new IllegalStateException("bin/client exited with " + client.exitValue() + " for "
                    + List.of(commands) + ":\n" + out);
        }
        return out;
    }

    List<String> logLines(Predicate<String> filter) {
        return KarafFeaturesIT.readLines(karafLog()).stream().filter(filter).collect(Collectors.toList());
    }

    String logTail(int lines) {
        return tail(KarafFeaturesIT.readLines(karafLog()), lines);
    }

    /** Ends Karaf and every process it started: SIGTERM first, SIGKILL after 20 seconds. */
    void kill() {
        killTree();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running already
        }
    }

    private void killTree() {
        destroyTree(process.toHandle(), Duration.ofSeconds(20));
    }

    private static void destroyTree(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = Stream.concat(root.descendants(), Stream.of(root)).collect(Collectors.toList());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : tree) {
            long left = deadline - System.nanoTime();
            try {
                handle.onExit().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
            } catch (Exception stillAlive) {
                // forced below
            }
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private Path karafLog() {
        return home.resolve("data").resolve("log").resolve("karaf.log");
    }

    private boolean portOpen() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), sshPort), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Karaf's scripts read these; the test decides them, not the machine it runs on. */
    private static void environment(Map<String, String> env) {
        env.keySet().removeIf(k -> k.startsWith("KARAF_") || k.startsWith("JAVA_") || k.equals("EXTRA_JAVA_OPTS"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_MIN_MEM", "128M");
        env.put("JAVA_MAX_MEM", "768M");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new IllegalStateException("no Karaf distribution at " + from + " (unpacked by the build)");
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Deletes a directory of the build (refuses anything that is not under a target/ directory). */
    static void deleteTree(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        if (!absolute.toString().contains(File.separator + "target" + File.separator)) {
            throw new IllegalArgumentException("refusing to delete " + absolute + ": not under target/");
        }
        if (!Files.exists(absolute)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(absolute)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void makeExecutable(Path bin) throws IOException {
        try (Stream<Path> files = Files.list(bin)) {
            files.filter(Files::isRegularFile).forEach(f -> f.toFile().setExecutable(true));
        }
    }

    private static String stripAnsi(String text) {
        return text.replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "");
    }

    private static String tail(List<String> lines, int count) {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }
}
