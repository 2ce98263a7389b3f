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
package io.kopru.camel.support.fuzz;

import io.kopru.camel.support.error.ProviderException;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The property every fuzz target checks on each input: the code under test either returns or throws one of the typed
 * errors ({@link ProviderException} and its subclasses, {@code ProviderValidationException} among them, unless the
 * target names others); anything else (a NullPointerException, ClassCastException, StackOverflowError,
 * OutOfMemoryError, ...) is a finding, and so is an input that takes more than a second of CPU time.
 * <p>
 * It also counts the inputs each target ran, and writes the counts to {@code target/fuzz/<target>.execs} when the JVM
 * ends, which {@code benchmarks/run.sh --fuzz} reports.
 */
public final class UntrustedInput {

    /** The most CPU time one input may take. */
    public static final long MAX_CPU_NANOS = 1_000_000_000L;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Map<String, AtomicLong> EXECUTIONS = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(UntrustedInput::writeCounts, "fuzz-counts"));
    }

    /** Code that reads one untrusted input. */
    @FunctionalInterface
    public interface Parse {
        void run() throws Exception;
    }

    private UntrustedInput() {
    }

    /** Checks the property for one input, allowing only {@link ProviderException}s to escape. */
    public static void onlyTypedErrors(String target, Parse parse) {
        onlyTypedErrors(target, parse, ProviderException.class);
    }

    /**
     * Checks the property for one input.
     *
     * @param target  the name the execution count is reported under
     * @param allowed the error types that may escape: the documented, typed ones
     * @throws AssertionError on any other error, or when the input took more than a second of CPU time
     */
    @SafeVarargs
    public static void onlyTypedErrors(String target, Parse parse, Class<? extends Throwable>... allowed) {
        EXECUTIONS.computeIfAbsent(target, t -> new AtomicLong()).incrementAndGet();
        long start = THREADS.getCurrentThreadCpuTime();
        try {
            parse.run();
        } catch (Throwable e) {
            if (!isAllowed(e, allowed)) {
                throw new AssertionError(target + ": an untyped error escaped: " + e, e);
            }
        } finally {
            long spent = THREADS.getCurrentThreadCpuTime() - start;
            if (spent > MAX_CPU_NANOS) {
                throw new AssertionError(target + ": one input took " + spent / 1_000_000 + " ms of CPU time");
            }
        }
    }

    private static boolean isAllowed(Throwable e, Class<? extends Throwable>[] allowed) {
        for (Class<? extends Throwable> type : allowed) {
            if (type.isInstance(e)) {
                return true;
            }
        }
        return false;
    }

    private static void writeCounts() {
        Path dir = Path.of("target", "fuzz");
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, AtomicLong> e : new TreeMap<>(EXECUTIONS).entrySet()) {
                Files.writeString(dir.resolve(e.getKey() + ".execs"), Long.toString(e.getValue().get()));
            }
        } catch (IOException e) {
            System.err.println("could not write the fuzz execution counts: " + e);
        }
    }
}
