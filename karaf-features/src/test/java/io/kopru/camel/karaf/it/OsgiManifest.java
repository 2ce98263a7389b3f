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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/** The OSGi headers of a bundle jar, with {@code Import-Package} and {@code Export-Package} parsed into clauses. */
final class OsgiManifest {

    /** One clause of a header: a package name, its attributes ({@code version}) and directives ({@code resolution}). */
    static final class Clause {
        final String name;
        final Map<String, String> attributes;
        final Map<String, String> directives;

        Clause(String name, Map<String, String> attributes, Map<String, String> directives) {
            this.name = name;
            this.attributes = attributes;
            this.directives = directives;
        }

        String version() {
            return attributes.get("version");
        }

        boolean optional() {
            return "optional".equals(directives.get("resolution"));
        }

        @Override
        public String toString() {
            return name + attributes + directives;
        }
    }

    final Path jar;
    final Manifest manifest;
    final List<Clause> imports;
    final List<Clause> exports;

    private OsgiManifest(Path jar, Manifest manifest) {
        this.jar = jar;
        this.manifest = manifest;
        this.imports = parse(header("Import-Package"));
        this.exports = parse(header("Export-Package"));
    }

    static OsgiManifest read(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                throw new IllegalStateException(jar + " has no manifest");
            }
            return new OsgiManifest(jar, manifest);
        }
    }

    String header(String name) {
        return manifest.getMainAttributes().getValue(name);
    }

    /** The text of an entry of the jar, or null when it has no such entry. */
    String entry(String name) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry entry = file.getEntry(name);
            if (entry == null) {
                return null;
            }
            return new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    boolean hasEntry(String name) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getEntry(name) != null;
        }
    }

    /** Parses an OSGi header ({@code a.b;version="[1,2)",c;resolution:=optional}); commas inside quotes stay. */
    static List<Clause> parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String clause : split(header, ',')) {
            List<String> parts = split(clause, ';');
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            List<String> names = new ArrayList<>();
            for (String part : parts) {
                int directive = part.indexOf(":=");
                int attribute = part.indexOf('=');
                if (directive > 0 && directive < attribute + 1) {
                    directives.put(part.substring(0, directive).trim(), unquote(part.substring(directive + 2)));
                } else if (attribute > 0) {
                    attributes.put(part.substring(0, attribute).trim(), unquote(part.substring(attribute + 1)));
                } else {
                    names.add(part.trim());
                }
            }
            // a clause may name several packages sharing the same attributes
            for (String name : names) {
                clauses.add(new Clause(name, attributes, directives));
            }
        }
        return clauses;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String unquote(String value) {
        String v = value.trim();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
