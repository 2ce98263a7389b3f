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
package io.kopru.camel.springboot.routes;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** With the routes library on the class path: its routes and beans, as {@code kopru.*} properties switch them on. */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@ConditionalOnClass(name = KopruRoutesLibrary.BEANS_CLASS)
@ConditionalOnBean(CamelContext.class)
public class KopruRoutesAutoConfiguration {

    @Bean
    public KopruRoutes kopruRoutes(Environment environment) {
        return new KopruRoutes(environment);
    }
}
