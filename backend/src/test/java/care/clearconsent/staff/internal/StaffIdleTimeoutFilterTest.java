package care.clearconsent.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A staff session ends after the idle time; an open tab's heartbeat does not keep it going, an action does. */
class StaffIdleTimeoutFilterTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-26T09:00:00Z"));
    private final StaffIdleTimeoutFilter filter = new StaffIdleTimeoutFilter(Duration.ofMinutes(15), clock);
    private final MockHttpSession session = new MockHttpSession();

    @BeforeEach
    void signIn() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("nurse", null,
                List.of(new SimpleGrantedAuthority("ROLE_NURSE"))));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void heartbeats_alone_do_not_keep_a_staff_session_alive() throws Exception {
        request(null);
        for (int minute = 0; minute < 16; minute += 5) {
            clock.advance(Duration.ofMinutes(5));
            request("v-r=heartbeat&v-uiId=0");
        }

        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void an_action_within_the_idle_time_keeps_it() throws Exception {
        request(null);
        clock.advance(Duration.ofMinutes(14));
        request("v-r=uidl&v-uiId=0");
        clock.advance(Duration.ofMinutes(14));
        request("v-r=uidl&v-uiId=0");

        assertThat(session.isInvalid()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();
    }

    @Test
    void a_browser_without_a_staff_sign_in_never_times_out() throws Exception {
        SecurityContextHolder.clearContext();
        request(null);
        clock.advance(Duration.ofHours(6));
        request("v-r=uidl&v-uiId=0");

        assertThat(session.isInvalid()).isFalse();
    }

    private void request(String query) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        request.setQueryString(query);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }
}
