package care.clearconsent.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.TestClock;
import care.clearconsent.staff.StaffProperties;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-26T09:00:00Z"));
    private final java.util.List<Object> published = new java.util.ArrayList<>();
    private final SignInThrottle throttle = new SignInThrottle(new StaffProperties(Duration.ofMinutes(15),
            new StaffProperties.FirstAdmin(null, null), new StaffProperties.SignIn(3, 5, Duration.ofMinutes(15))), clock, published::add);

    @Test
    void an_account_is_paused_after_its_failures_and_free_again_when_they_leave_the_window() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.throttled("kim", "10.0.0." + i)).isFalse();
            throttle.failed("kim", "10.0.0." + i);
        }

        assertThat(throttle.throttled("Kim ", "10.0.0.99")).as("any address, any spelling of the name").isTrue();
        assertThat(published).as("the lock-out is recorded once, at the failure that reached the limit")
                .containsExactly(new SignInThrottle.LockedOut("kim", "10.0.0.2"));
        assertThat(throttle.throttled("lee", "10.0.0.99")).isFalse();
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.throttled("kim", "10.0.0.99")).isFalse();
    }

    @Test
    void an_address_trying_many_accounts_is_paused() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("name" + i, "192.0.2.7");
        }

        assertThat(throttle.throttled("someone-new", "192.0.2.7")).isTrue();
        assertThat(throttle.throttled("someone-new", "192.0.2.8")).isFalse();
    }

    @Test
    void a_successful_sign_in_clears_the_accounts_count() {
        throttle.failed("park", "10.1.1.1");
        throttle.failed("park", "10.1.1.1");
        throttle.succeeded("park");
        throttle.failed("park", "10.1.1.1");

        assertThat(throttle.throttled("park", "10.1.1.2")).isFalse();
    }
}
