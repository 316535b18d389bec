package care.clearconsent.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The OpenAPI 3.1 document is generated from the code, validates, and lists every API endpoint with its problems. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDescriptionTest {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void the_document_validates_and_lists_every_endpoint_with_its_error_responses() throws Exception {
        HttpResponse<String> document = get("/api/openapi");
        assertThat(document.statusCode()).isEqualTo(200);

        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIParser().readContents(document.body(), null, options);
        assertThat(parsed.getMessages()).as("validation messages").isEmpty();
        OpenAPI api = parsed.getOpenAPI();
        assertThat(api.getOpenapi()).startsWith("3.1");

        Set<String> documented = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            documented.add(method + " " + path);
            assertThat(operation.getResponses()).as(method + " " + path).containsKeys("400", "404");
            assertThat(operation.getResponses().get("400").getContent()).as(method + " " + path).containsKey("application/problem+json");
            if (method == io.swagger.v3.oas.models.PathItem.HttpMethod.POST) {
                assertThat(operation.getResponses()).as(method + " " + path).containsKeys("409", "413", "422");
            }
        }));
        Set<String> implemented = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream().filter(p -> p.startsWith("/api/v1/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods().forEach(method -> implemented.add(method + " " + pattern))));
        assertThat(documented).as("every API endpoint is described").containsAll(implemented);
    }

    @Test
    void the_browsable_page_opens_for_anyone() throws Exception {
        HttpResponse<String> page = get("/swagger-ui.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("swagger-ui");
    }

    @Test
    void cors_is_closed_by_default() throws Exception {
        HttpResponse<String> preflight = http.send(RateLimitTest.preflight("https://phone.clinic.example")
                .uri(URI.create("http://127.0.0.1:" + port + "/api/v1/patient/journey/steps")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
