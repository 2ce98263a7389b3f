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
package io.kopru.camel.sandbox.junit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides whether a {@link RemoteProvider} test may run against the real API; see there. Written once for every
 * component module.
 */
public final class RemoteProviderCondition implements ExecutionCondition {

    /** The system property that turns remote mode on, naming the providers. */
    public static final String REMOTE_PROPERTY = "kopru.remote";
    /** The second, explicit flag that lets remote tests send. */
    public static final String SEND_PROPERTY = "kopru.remote.send";
    /** Environment variables that CI systems set; remote mode never runs where one is set. */
    static final List<String> CI_VARIABLES = List.of("CI", "GITHUB_ACTIONS", "GITLAB_CI", "JENKINS_URL", "TF_BUILD",
            "BUILDKITE");

    private final Function<String, String> properties;
    private final Function<String, String> environment;

    public RemoteProviderCondition() {
        this(System::getProperty, System::getenv);
    }

    /** With other sources of system properties and environment variables (tests of the condition itself). */
    public RemoteProviderCondition(Function<String, String> properties, Function<String, String> environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<RemoteProvider> annotations = new ArrayList<>();
        context.getTestClass().flatMap(c -> find(c)).ifPresent(annotations::add);
        context.getTestMethod().flatMap(m -> find(m)).ifPresent(annotations::add);
        for (RemoteProvider annotation : annotations) {
            ConditionEvaluationResult result = evaluate(annotation);
            if (result.isDisabled()) {
                return result;
            }
        }
        return ConditionEvaluationResult.enabled("remote mode: against the real provider");
    }

    private static Optional<RemoteProvider> find(AnnotatedElement element) {
        return AnnotationSupport.findAnnotation(element, RemoteProvider.class);
    }

    /** The decision for one annotation, with a reason that names what to set when it is off. */
    public ConditionEvaluationResult evaluate(RemoteProvider remote) {
        String provider = remote.value();
        String needs = describe(remote);
        for (String ci : CI_VARIABLES) {
            String value = environment.apply(ci);
            if (value != null && !value.isBlank() && !"false".equalsIgnoreCase(value.trim())) {
                return ConditionEvaluationResult.disabled("remote check of " + provider + " skipped: remote mode"
                                                          + " never runs in CI (" + ci + " is set)");
            }
        }
        if (!requested(provider)) {
            return ConditionEvaluationResult.disabled("remote check of " + provider + " skipped: to run it against the"
                                                      + " real API, run with -D" + REMOTE_PROPERTY + "=" + provider
                                                      + needs);
        }
        if (remote.sends() && !"true".equalsIgnoreCase(String.valueOf(properties.apply(SEND_PROPERTY)).trim())) {
            return ConditionEvaluationResult.disabled("remote send to " + provider + " skipped: it delivers a real"
                                                      + " message; add -D" + SEND_PROPERTY + "=true" + needs);
        }
        List<String> missing = new ArrayList<>();
        for (String name : remote.env()) {
            String value = environment.apply(name);
            if (value == null || value.isBlank()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            return ConditionEvaluationResult.disabled("remote check of " + provider + " skipped: set "
                                                      + String.join(", ", missing) + " in the environment");
        }
        return ConditionEvaluationResult.enabled("remote mode: " + provider);
    }

    private boolean requested(String provider) {
        String value = properties.apply(REMOTE_PROPERTY);
        if (value == null) {
            return false;
        }
        return Arrays.stream(value.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT))
                .anyMatch(s -> s.equals(provider.toLowerCase(Locale.ROOT)) || s.equals("all"));
    }

    private static String describe(RemoteProvider remote) {
        return remote.env().length == 0 ? "" : " and set " + String.join(", ", remote.env()) + " in the environment";
    }

    /**
     * A variable the test's {@link RemoteProvider#env()} named: set, since the test runs.
     *
     * @throws IllegalStateException when it is not (the test did not declare it)
     */
    public static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set; declare it in @RemoteProvider(env = ...)");
        }
        return value.trim();
    }

    /** An optional variable, or the default. */
    public static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }
}
