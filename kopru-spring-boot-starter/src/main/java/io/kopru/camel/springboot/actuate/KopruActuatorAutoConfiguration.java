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
