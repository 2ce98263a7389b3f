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

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class (or method) that runs against the provider's real API instead of the sandbox: the remote mode of
 * the components' integration tests, in the way Camel's test-infra picks a remote service over a local one with a
 * system property ({@code -D<service>.instance.type=remote}) and takes its address and credentials from the
 * environment.
 * <p>
 * It runs only when all of these hold, and is skipped otherwise with a reason that names what to set:
 * <ul>
 * <li>the build was started with {@code -Dkopru.remote=<provider>} (several: comma separated, or {@code all});</li>
 * <li>it is not a CI build ({@code CI}, {@code GITHUB_ACTIONS}, {@code GITLAB_CI}, {@code JENKINS_URL},
 * {@code TF_BUILD} or {@code BUILDKITE} set): remote mode never runs in CI;</li>
 * <li>every environment variable in {@link #env()} is set (credentials, ids to look up);</li>
 * <li>for {@link #sends()}: also {@code -Dkopru.remote.send=true}, since a send delivers a real message and costs
 * money; its recipient comes from the environment too, never from code.</li>
 * </ul>
 * On a method, its annotation adds to the class's: both must allow the test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@ExtendWith(RemoteProviderCondition.class)
public @interface RemoteProvider {

    /** The provider, as named in {@code -Dkopru.remote}: {@code iletimerkezi}, {@code signaport}, ... */
    String value();

    /** The environment variables the test needs. */
    String[] env() default {};

    /** Whether the test sends (changes state, costs money): then {@code -Dkopru.remote.send=true} is needed too. */
    boolean sends() default false;
}
