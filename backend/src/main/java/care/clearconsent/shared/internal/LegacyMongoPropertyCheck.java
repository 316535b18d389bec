package care.clearconsent.shared.internal;

import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Spring Boot 4 silently ignores Boot 3's spring.data.mongodb.uri/host/database; an operator who sets them
 * would find consent data going to the embedded store instead. Stop the start and name the right property.
 */
public class LegacyMongoPropertyCheck implements EnvironmentPostProcessor {

    private static final List<String> LEGACY = List.of("uri", "host", "port", "database", "username", "password");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        for (String name : LEGACY) {
            String legacy = "spring.data.mongodb." + name;
            if (environment.containsProperty(legacy)) {
                throw new IllegalStateException(legacy + " is no longer read (Spring Boot 4). Use spring.mongodb." + name
                        + " instead (environment variable SPRING_MONGODB_" + name.toUpperCase(java.util.Locale.ROOT) + ").");
            }
        }
    }
}
