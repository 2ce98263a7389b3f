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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The shipped features.xml (as the build filtered it): each feature, the features it needs and our bundles in it. */
final class ShippedFeatures {

    private static final Pattern KOPRU_BUNDLE = Pattern.compile("^mvn:io\\.kopru\\.camel/([^/]+)/([^/]+)$");

    /** One feature of the file. */
    static final class Feature {
        final String name;
        final String version;
        final List<String> features = new ArrayList<>();
        /** artifactIds of the io.kopru.camel bundles it lists */
        final List<String> kopruBundles = new ArrayList<>();
        final List<String> bundles = new ArrayList<>();

        Feature(String name, String version) {
            this.name = name;
            this.version = version;
        }
    }

    final Map<String, Feature> features = new LinkedHashMap<>();

    static ShippedFeatures read(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(Files.newInputStream(file));
        ShippedFeatures shipped = new ShippedFeatures();
        NodeList list = document.getDocumentElement().getChildNodes();
        for (int i = 0; i < list.getLength(); i++) {
            Node node = list.item(i);
            if (node instanceof Element && "feature".equals(node.getLocalName())) {
                Element element = (Element) node;
                Feature feature = new Feature(element.getAttribute("name"), element.getAttribute("version"));
                NodeList children = element.getChildNodes();
                for (int j = 0; j < children.getLength(); j++) {
                    if (!(children.item(j) instanceof Element)) {
                        continue;
                    }
                    Element child = (Element) children.item(j);
                    String text = child.getTextContent().trim();
                    if ("feature".equals(child.getLocalName())) {
                        feature.features.add(text);
                    } else if ("bundle".equals(child.getLocalName())) {
                        feature.bundles.add(text);
                        Matcher m = KOPRU_BUNDLE.matcher(text);
                        if (m.matches()) {
                            feature.kopruBundles.add(m.group(1));
                        }
                    }
                }
                shipped.features.put(feature.name, feature);
            }
        }
        return shipped;
    }

    /** artifactIds of every io.kopru.camel bundle of the file. */
    Set<String> kopruBundles() {
        Set<String> all = new LinkedHashSet<>();
        features.values().forEach(f -> all.addAll(f.kopruBundles));
        return all;
    }

    /**
     * The kopru-* features that can be installed when the bundles that {@code built} accepts exist: all of their
     * own bundles and those of the kopru-* features they depend on.
     */
    List<String> installable(Predicate<String> built) {
        List<String> names = new ArrayList<>();
        for (Feature feature : features.values()) {
            if (installable(feature.name, built, new LinkedHashSet<>())) {
                names.add(feature.name);
            }
        }
        return names;
    }

    private boolean installable(String name, Predicate<String> built, Set<String> seen) {
        Feature feature = features.get(name);
        if (feature == null) {
            return true; // a Camel feature, from camel-karaf's repository (here: the test repository)
        }
        if (!seen.add(name)) {
            return true;
        }
        return feature.kopruBundles.stream().allMatch(built)
                && feature.features.stream().allMatch(f -> installable(f, built, seen));
    }
}
