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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the manifests of the bundles this build made (the jars the integration test's Karaf installs, copied into
 * {@code target/karaf-it-repo} after the package phase) and checks what Karaf and camel-core-osgi need of them:
 * Camel imported in the 4.14 range, the generated Camel service files inside, HttpClient 5 imported without a
 * version, test-only packages optional. The bundles checked are those the shipped features.xml names whose module
 * is part of this build; every such module must be an OSGi bundle and have a feature.
 */
class BundleManifestsIT {

    private static final String CAMEL_SERVICES = "META-INF/services/org/apache/camel/";

    private static String camelRange;
    private static String version;
    private static Path root;
    private static Path repo;
    /** artifactId of every io.kopru.camel bundle of the shipped features.xml */
    private static Set<String> shippedBundles;

    @BeforeAll
    static void readFeatures() throws Exception {
        camelRange = property("kopru.camel.osgi.import.range");
        version = property("kopru.project.version");
        root = Paths.get(property("kopru.project.root")).toAbsolutePath().normalize();
        repo = Paths.get(property("kopru.karaf.repo"));
        ShippedFeatures features = ShippedFeatures.read(Paths.get(property("kopru.features.file")));
        for (ShippedFeatures.Feature feature : features.features.values()) {
            assertEquals(version, feature.version, "version of feature " + feature.name);
            feature.bundles.stream().filter(b -> b.startsWith("mvn:io.kopru.camel/"))
                    .forEach(b -> assertTrue(b.endsWith("/" + version), "bundle of " + feature.name + ": " + b));
        }
        shippedBundles = features.kopruBundles();
        assertFalse(shippedBundles.isEmpty(), "features.xml names no io.kopru.camel bundle");
    }

    @Test
    void everyBuiltBundleImportsCamelInTheLtsRangeAndCarriesItsServiceFiles() throws IOException {
        List<String> checked = new ArrayList<>();
        List<String> notOnThisBranch = new ArrayList<>();
        for (String artifactId : shippedBundles) {
            Path module = root.resolve(artifactId);
            if (!Files.isRegularFile(module.resolve("pom.xml"))) {
                notOnThisBranch.add(artifactId);
                continue;
            }
            assertTrue(Files.isRegularFile(module.resolve("osgi.bnd")),
                    artifactId + " is in features.xml, so it must be an OSGi bundle: add " + artifactId + "/osgi.bnd");
            Path jar = repo.resolve("io/kopru/camel").resolve(artifactId).resolve(version)
                    .resolve(artifactId + "-" + version + ".jar");
            assertTrue(Files.isRegularFile(jar), jar + " missing: add " + artifactId
                    + " to karaf-features/pom.xml's dependencies (scope test, exclusions *)");
            check(artifactId, module, OsgiManifest.read(jar));
            checked.add(artifactId);
        }
        System.out.println("[BundleManifestsIT] checked " + checked + "; in features.xml but not in this build: "
                + notOnThisBranch);
        assertTrue(checked.containsAll(List.of("camel-provider-support", "camel-component-iletimerkezi", "routes")),
                "checked " + checked);
    }

    @Test
    void everyComponentModuleIsABundleWithAFeature() throws IOException {
        Set<String> components;
        try (Stream<Path> dirs = Files.list(root)) {
            components = dirs.filter(d -> Files.isRegularFile(d.resolve(".camel-component")))
                    .map(d -> d.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertTrue(components.contains("camel-component-iletimerkezi"), "component modules found: " + components);
        for (String component : components) {
            assertTrue(Files.isRegularFile(root.resolve(component).resolve("osgi.bnd")), component + " has no osgi.bnd");
            assertTrue(shippedBundles.contains(component), component + " is in no feature of features.xml");
        }
        System.out.println("[BundleManifestsIT] component modules, each a bundle with a feature: " + components);
    }

    private static void check(String artifactId, Path module, OsgiManifest bundle) throws IOException {
        String where = artifactId + " (" + bundle.jar.getFileName() + ")";
        assertEquals("2", bundle.header("Bundle-ManifestVersion"), where);
        assertEquals("io.kopru.camel." + artifactId, bundle.header("Bundle-SymbolicName"), where);
        assertTrue(bundle.header("Bundle-Version").startsWith(version.replace("-SNAPSHOT", "")), where);

        // Camel: every package in the 4.14 range, mandatory; org.apache.camel itself, which camel-core-osgi's
        // activator needs to see wired to its own before it registers a bundle's components
        List<OsgiManifest.Clause> camel = bundle.imports.stream()
                .filter(c -> c.name.equals("org.apache.camel") || c.name.startsWith("org.apache.camel."))
                .collect(Collectors.toList());
        assertTrue(camel.stream().anyMatch(c -> c.name.equals("org.apache.camel")), where + " imports " + camel);
        for (OsgiManifest.Clause c : camel) {
            assertEquals(camelRange, c.version(), where + ": Camel import " + c);
            // the one optional Camel package: camel-jms, the routes library's bus entry, which a Karaf install
            // without a broker leaves out (routes/osgi.bnd)
            boolean mayBeOptional = artifactId.equals("routes") && c.name.equals("org.apache.camel.component.jms");
            assertEquals(mayBeOptional, c.optional(), where + ": Camel import " + c);
        }

        // HttpClient 5 jars carry no OSGi metadata; camel-karaf's http-client feature exports them unversioned
        bundle.imports.stream().filter(c -> c.name.startsWith("org.apache.hc."))
                .forEach(c -> assertEquals(null, c.version(), where + ": HttpClient 5 import " + c));
        // libphonenumber exports only its top package
        bundle.imports.stream().filter(c -> c.name.startsWith("com.google.i18n.phonenumbers"))
                .forEach(c -> assertEquals("com.google.i18n.phonenumbers", c.name, where + ": " + c));
        // Jackson: the 2.x line camel-karaf 4.14 ships
        bundle.imports.stream().filter(c -> c.name.startsWith("com.fasterxml.jackson."))
                .forEach(c -> assertEquals("[2.19,3)", c.version(), where + ": Jackson import " + c));
        // what is test or main-job support only is optional (no feature installs it)
        bundle.imports.stream()
                .filter(c -> c.name.startsWith("io.kopru.camel.sandbox") || c.name.startsWith("org.junit")
                        || c.name.startsWith("org.apache.logging.log4j") || c.name.startsWith("org.h2"))
                .forEach(c -> assertTrue(c.optional(), where + ": test or main-job package imported mandatorily " + c));
        // our packages exported at the module version
        assertFalse(bundle.exports.isEmpty(), where + " exports nothing");
        bundle.exports.forEach(c -> assertTrue(c.name.startsWith("io.kopru.camel."), where + " exports " + c));

        // the generated Camel service files, byte for byte, and the classes they name
        Path generated = module.resolve("src/generated/resources/" + CAMEL_SERVICES);
        List<Path> services = new ArrayList<>();
        if (Files.isDirectory(generated)) {
            try (Stream<Path> files = Files.walk(generated)) {
                files.filter(Files::isRegularFile).forEach(services::add);
            }
        }
        if (artifactId.startsWith("camel-component-")) {
            assertTrue(services.stream().anyMatch(p -> p.getParent().getFileName().toString().equals("component")),
                    where + ": a component module without a generated component service file");
            assertNotNull(bundle.header("Export-Package"), where);
        }
        for (Path file : services) {
            String entry = CAMEL_SERVICES + generated.relativize(file).toString().replace('\\', '/');
            String inJar = bundle.entry(entry);
            assertNotNull(inJar, where + " lacks " + entry);
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), inJar, where + ": " + entry);
            Matcher clazz = Pattern.compile("(?m)^class=(\\S+)").matcher(inJar);
            assertTrue(clazz.find(), where + ": " + entry + " names no class");
            String classFile = clazz.group(1).replace('.', '/') + ".class";
            assertTrue(bundle.hasEntry(classFile), where + ": " + entry + " names " + clazz.group(1) + ", not in the jar");
        }
        System.out.println("[BundleManifestsIT] " + where + ": " + camel.size() + " Camel imports in " + camelRange
                + ", " + services.size() + " generated service files inside");
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertNotNull(value, "system property " + name + " (set by the pom's failsafe configuration)");
        return value;
    }
}
