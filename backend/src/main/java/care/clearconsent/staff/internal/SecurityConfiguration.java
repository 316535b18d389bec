package care.clearconsent.staff.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Staff pages need a signed-in nurse; the patient journey is reached only through its secret link and
 * needs no account. Static styles and scripts are public.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String LOGIN_PATH = "/login";

    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // The spoken explanation is public content, like the text of a published version; a journey's own screens are
        // opened by its secret link, as the journey itself is.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/scripts/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/content/*/sections/*/audio", "/api/v1/content/*/questions/*/audio", "/api/v1/content/*/glossary/*/audio",
                        "/api/v1/journeys/*/screens/*/audio").permitAll());
        // Other addresses need a signed-in user; Vaadin then answers them with its polite not-found page.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH).defaultSuccessUrl("/staff", true)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService staffAccounts(StaffAccountRepository accounts) {
        return username -> accounts.findById(username)
                .map(account -> User.withUsername(account.username())
                        .password(account.passwordHash())
                        .roles(account.roles().toArray(String[]::new))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No staff account " + username));
    }
}
