package io.kopru.camel.springboot;

import io.kopru.camel.springboot.routes.KopruRoutesLibrary;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The starter's defaults, as the property source of lowest precedence (any property of the application overrides
 * them):
 * <ul>
 * <li>{@code camel.health.producers-enabled=true}: the Kopru components' health checks are producer checks, which
 * Camel registers only when producer checks are on;</li>
 * <li>with the routes library on the class path, the defaults of the {@code kopru.*} properties its route files read,
 * and {@code camel.main.routes-exclude-pattern} keeping its files out of Camel's own route scan.</li>
 * </ul>
 */
public class KopruDefaultProperties implements EnvironmentPostProcessor {

    public static final String SOURCE_NAME = "kopruDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("camel.health.producers-enabled", "true");
        if (ClassUtils.isPresent(KopruRoutesLibrary.BEANS_CLASS, getClass().getClassLoader())) {
            defaults.putAll(KopruRoutesLibrary.defaultProperties());
            defaults.put("camel.main.routes-exclude-pattern", KopruRoutesLibrary.ROUTE_SCAN_EXCLUDE);
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
    }
}
