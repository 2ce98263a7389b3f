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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites the few files of a freshly unpacked Karaf that the integration test needs changed. */
final class KarafConfig {

    private KarafConfig() {
    }

    static void configure(Path home, int sshPort, Path itRepo, Path localRepo) throws IOException {
        Path etc = home.resolve("etc");

        // mvn: URLs: Karaf's own system/ repository, this build's bundles and the build's local Maven repository,
        // read as plain directories; no remote repository at all (the default names a Central host that these
        // machines may not reach). Everything the features need is in the local repository because the build's
        // karaf:verify run resolved every bundle of them beforehand. pax-url-mvn's own local repository is a
        // scratch directory under target/, so Karaf never writes into the shared ~/.m2.
        Files.writeString(etc.resolve("org.ops4j.pax.url.mvn.cfg"), String.join("\n",
                "# written by KarafFeaturesIT",
                "org.ops4j.pax.url.mvn.certificateCheck=true",
                "org.ops4j.pax.url.mvn.useFallbackRepositories=false",
                "org.ops4j.pax.url.mvn.localRepository=" + home.resolve("data").resolve("m2-scratch"),
                "org.ops4j.pax.url.mvn.defaultRepositories=\\",
                "    ${karaf.home.uri}${karaf.default.repository}@id=system.repository@snapshots,\\",
                "    ${karaf.data.uri}kar@id=kar.repository@multi@snapshots,\\",
                "    " + itRepo.toUri() + "@id=kopru-build@snapshots,\\",
                "    " + localRepo.toUri() + "@id=build-local-repository@snapshots",
                "org.ops4j.pax.url.mvn.repositories=",
                ""), StandardCharsets.UTF_8);

        // SSH console on 127.0.0.1 and a free port only
        replace(etc.resolve("org.apache.karaf.shell.cfg"), "(?m)^sshPort\\s*=.*$", "sshPort = " + sshPort);
        replace(etc.resolve("org.apache.karaf.shell.cfg"), "(?m)^sshHost\\s*=.*$", "sshHost = 127.0.0.1");

        // the distribution ships its karaf user commented out
        replace(etc.resolve("users.properties"), "(?m)^#\\s*karaf\\s*=", "karaf =");
        replace(etc.resolve("users.properties"), "(?m)^#\\s*_g_\\\\:admingroup\\s*=", "_g_\\\\:admingroup =");

        // boot only what the test uses: no JMX/RMI (no more ports), no instance or kar machinery; `wrap` for the
        // test repository's wrap: bundles
        replace(etc.resolve("org.apache.karaf.features.cfg"), "(?ms)^featuresBoot\\s*=.*?(?<!\\\\)$",
                "featuresBoot = framework, feature, shell, log, jaas, ssh, bundle, config, system, wrap");

        // camel-karaf's features repository, which the shipped features.xml refers to, cannot be served here
        // (its bundles are missing from the registry): Karaf ignores it, the test repository supplies its features
        replace(etc.resolve("org.apache.karaf.features.xml"), "<!-- <blacklistedRepositories/> -->",
                "<blacklistedRepositories><repository>mvn:org.apache.camel.karaf/apache-camel</repository>"
                        + "</blacklistedRepositories>");
    }

    /**
     * Writes {@code etc/<pid>.cfg}, which Karaf's file install turns into the Config Admin configuration
     * {@code pid} (the one the kopru-routes bundle waits for), as a user would, or with {@code config:edit}.
     */
    static void writeRoutesConfiguration(Path home, String pid, Map<String, String> properties) throws IOException {
        StringBuilder cfg = new StringBuilder("# written by KarafFeaturesIT: kopru-routes' configuration\n");
        new TreeMap<>(properties).forEach((k, v) -> cfg.append(k).append(" = ").append(v).append('\n'));
        Files.writeString(home.resolve("etc").resolve(pid + ".cfg"), cfg, StandardCharsets.UTF_8);
    }

    private static void replace(Path file, String regex, String replacement) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        Matcher matcher = Pattern.compile(regex).matcher(content);
        if (!matcher.find()) {
            throw new IllegalStateException("no match for " + regex + " in " + file);
        }
        Files.writeString(file, matcher.replaceFirst(replacement), StandardCharsets.UTF_8);
    }
}
