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
package io.kopru.camel.springboot.actuate;

import io.kopru.camel.springboot.catalog.KopruCatalog;
import org.apache.camel.util.SensitiveUtils;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Masks secrets in Actuator's {@code /actuator/env} and {@code /actuator/configprops}, also when an application
 * shows their values ({@code management.endpoint.env.show-values=always}). A key is a secret when its last segment,
 * without dashes, is an option a Kopru component marks {@code secret} in its catalog (so {@code
 * camel.component.iletimerkezi.secret-key}, and also {@code iletimerkezi.secret-key} when the component property
 * refers to it), or holds a word of Camel's list of sensitive keys ({@code password}, {@code token}, ...).
 */
public class KopruSecretsSanitizer implements SanitizingFunction {

    private final Set<String> secretOptions;

    public KopruSecretsSanitizer(KopruCatalog catalog) {
        this.secretOptions = catalog.components().stream()
                .flatMap(c -> c.options().stream())
                .filter(KopruCatalog.CatalogOption::secret)
                .map(o -> o.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public SanitizableData apply(SanitizableData data) {
        return isSecret(data.getKey()) ? data.withSanitizedValue() : data;
    }

    boolean isSecret(String key) {
        if (key == null) {
            return false;
        }
        String last = key.substring(key.lastIndexOf('.') + 1).replace("-", "").replace("_", "")
                .toLowerCase(Locale.ROOT);
        return secretOptions.contains(last) || SensitiveUtils.getSensitiveKeys().stream().anyMatch(last::contains);
    }
}
