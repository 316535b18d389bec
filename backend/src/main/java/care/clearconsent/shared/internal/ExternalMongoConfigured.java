package care.clearconsent.shared.internal;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when the operator pointed the app at a real MongoDB (spring.mongodb.uri or spring.mongodb.host). */
class ExternalMongoConfigured implements Condition {

    static final String URI = "spring.mongodb.uri";
    static final String HOST = "spring.mongodb.host";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        return hasText(environment.getProperty(URI)) || hasText(environment.getProperty(HOST));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** The negation, for the embedded store. */
    static class Not implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new ExternalMongoConfigured().matches(context, metadata);
        }
    }
}
