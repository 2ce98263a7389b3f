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

import io.kopru.camel.springboot.KopruComponentsAutoConfiguration;
import io.kopru.camel.springboot.catalog.KopruCatalog;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * With Actuator on the class path: the secrets of the Kopru components masked in its endpoints. The components'
 * health checks need nothing here: camel-spring-boot's {@code camelHealth} indicator reports every Camel health
 * check, and the starter turns Camel's producer checks on (see {@code KopruDefaultProperties}).
 */
@AutoConfiguration(after = KopruComponentsAutoConfiguration.class)
@ConditionalOnClass(SanitizingFunction.class)
@ConditionalOnBean(KopruCatalog.class)
public class KopruActuatorAutoConfiguration {

    @Bean
    public SanitizingFunction kopruSecretsSanitizer(KopruCatalog kopruCatalog) {
        return new KopruSecretsSanitizer(kopruCatalog);
    }
}
