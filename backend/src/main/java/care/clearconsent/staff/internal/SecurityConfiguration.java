package care.clearconsent.staff.internal;

import care.clearconsent.staff.StaffAccounts;
import care.clearconsent.staff.StaffProperties;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Staff pages need a signed-in nurse; the patient journey is reached only through its one-time link and needs no
 * account. Static styles and scripts are public.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String LOGIN_PATH = "/login";

    /** Addresses of the REST API and its description: no session, no sign-in page, no CSRF cookie. */
    static final String[] API_PATHS = {"/api/**", "/fhir/**", "/swagger-ui.html", "/swagger-ui/**"};

    /**
     * The REST API authenticates each call itself (a patient's session token, an institution's API key, or nothing for
     * published content), answers with problems instead of redirects, and keeps no server session.
     */
    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain apiFilterChain(HttpSecurity http, care.clearconsent.shared.api.ApiProperties api) throws Exception {
        http.securityMatcher(API_PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.httpStrictTransportSecurity(hsts -> hsts.disable()).contentTypeOptions(options -> options.disable()))
                .cors(cors -> cors.configurationSource(api.corsSource()))
                .addFilterBefore(new care.clearconsent.shared.api.RateLimits(api.rates()), SecurityContextHolderFilter.class)
                .addFilterAfter(new care.clearconsent.shared.api.RequestSizeLimit(api.maxBodyBytes()), SecurityContextHolderFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle, StaffProperties properties, Clock clock)
            throws Exception {
        // A link is exchanged by its controller; everything under /api is the API chain's.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/scripts/**", "/icons/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/journey/*").permitAll());
        // Content-Security-Policy, Referrer-Policy, nosniff and HSTS come from SecurityHeadersFilter, for every answer.
        http.headers(headers -> headers.httpStrictTransportSecurity(hsts -> hsts.disable()).contentTypeOptions(options -> options.disable()));
        http.addFilterBefore(new SignInThrottleFilter(throttle, LOGIN_PATH), UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(new StaffIdleTimeoutFilter(properties.idleTimeout(), clock), SecurityContextHolderFilter.class);
        // Other addresses need a signed-in user; Vaadin then answers them with its polite not-found page.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH).defaultSuccessUrl("/", true)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService staffUserDetails(StaffAccountRepository accounts) {
        return username -> accounts.findById(StaffAccounts.normalise(username))
                .map(account -> User.withUsername(account.username())
                        .password(account.passwordHash())
                        .roles(account.roles().toArray(String[]::new))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
    }
}
