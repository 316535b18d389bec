package care.clearconsent.shared.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description, generated from the controllers: what it is, and on every operation the problems it can
 * answer with, each an RFC 9457 problem whose {@code type} is {@link ApiProblems#TYPE_BASE} plus its reason code.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI clearConsentApi() {
        return new OpenAPI().info(new Info().title("ClearConsent API").version("v1").description("""
                The patient's own journey on their phone, and what hospital systems need. Every error is an RFC 9457 problem \
                (application/problem+json) whose `type` is `%s<code>` and whose `code` is the same reason code the tablet uses. \
                Every POST that creates something needs an `Idempotency-Key` header; a retry with the same key and body gets \
                the first answer again, and the same key with another body is refused (422).""".formatted(ApiProblems.TYPE_BASE)));
    }

    @Bean
    OpenApiCustomizer problemsOnEveryOperation() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                Map<String, String> problems = new LinkedHashMap<>();
                problems.put("400", "Malformed JSON, an unknown field, a value of the wrong type, a missing field or parameter");
                if (path.startsWith("/api/v1/patient/journey")) {
                    problems.put("401", "No live session token (session-invalid)");
                } else if (path.equals("/api/v1/patient/sessions")) {
                    problems.put("401", "The link is used, expired or replaced (link-invalid)");
                }
                problems.put("404", "No such address (not-found)");
                if (method == io.swagger.v3.oas.models.PathItem.HttpMethod.POST) {
                    problems.put("409", "The journey's state does not allow this now (the tablet's reason code), or the Idempotency-Key is still being answered");
                    problems.put("413", "The body is too large (body-too-large)");
                    problems.put("415", "The body is not application/json (unsupported-media-type)");
                    problems.put("422", "A value names nothing known (the tablet's reason code), or the Idempotency-Key was used with another body");
                }
                problems.put("429", "Too many requests (rate-limited)");
                problems.forEach((status, description) -> operation.getResponses().putIfAbsent(status, new ApiResponse().description(description)
                        .content(new Content().addMediaType(ApiProblems.PROBLEM_JSON.toString(),
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
            }));
        };
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri").description(ApiProblems.TYPE_BASE + "<code>"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("What went wrong, in words a person understands"))
                .addProperty("instance", new StringSchema())
                .addProperty("code", new StringSchema().description("The stable reason code"));
    }
}
