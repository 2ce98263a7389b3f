package io.kopru.camel.support.fuzz;

/**
 * How long each fuzz target fuzzes when {@code JAZZER_FUZZ=1}: the build's {@code fuzz.duration} property (60s by
 * default; {@code benchmarks/run.sh --fuzz SECONDS} sets it). Jazzer 0.24 reads the duration only from
 * {@code @FuzzTest(maxDuration)}, a compile-time constant, hence this generated one. Regression mode ignores it.
 */
public final class FuzzDuration {

    public static final String MAX = "${fuzz.duration}";

    private FuzzDuration() {
    }
}
