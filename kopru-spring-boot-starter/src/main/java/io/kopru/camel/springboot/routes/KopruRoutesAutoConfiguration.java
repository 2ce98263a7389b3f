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
