package care.clearconsent.staff.internal;

import care.clearconsent.staff.StaffAccounts;
import care.clearconsent.staff.StaffProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per address over the lock-out window; at the limit, further attempts are
 * refused unchecked until the oldest failure leaves the window. A success clears the account's count. In memory: a
 * restart forgives, which is acceptable for throttling (it slows guessing, it does not record evidence).
 */
@Component
class SignInThrottle {

    private final Map<String, Deque<Instant>> failuresByAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();
    private final StaffProperties.SignIn limits;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    /** The failure that reached a limit: further attempts for this account or from this address now wait. */
    record LockedOut(String username, String address) {
    }

    SignInThrottle(StaffProperties properties, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.limits = properties.signIn();
        this.clock = clock;
        this.events = events;
    }

    /** Whether a sign-in for this account from this address must wait. */
    boolean throttled(String username, String address) {
        Instant now = clock.instant();
        return recent(failuresByAccount, key(username), now) >= limits.failuresPerAccount()
                || recent(failuresByAddress, address, now) >= limits.failuresPerAddress();
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        add(failuresByAccount, key(username), now);
        add(failuresByAddress, address, now);
        // Recorded once, at the failure that reaches the limit: the attempts refused after it are not checked at all.
        if (recent(failuresByAccount, key(username), now) == limits.failuresPerAccount()
                || recent(failuresByAddress, address, now) == limits.failuresPerAddress()) {
            events.publishEvent(new LockedOut(key(username), address));
        }
    }

    void succeeded(String username) {
        failuresByAccount.remove(key(username));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        failed(failure.getAuthentication().getName(), SecurityLogListener.address(failure.getAuthentication().getDetails()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        succeeded(success.getAuthentication().getName());
    }


    private static String key(String username) {
        return StaffAccounts.normalise(username);
    }

    private int recent(Map<String, Deque<Instant>> failures, String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            Instant oldestCounted = now.minus(limits.lockout());
            while (!times.isEmpty() && !times.peekFirst().isAfter(oldestCounted)) {
                times.pollFirst();
            }
            return times.size();
        }
    }

    private void add(Map<String, Deque<Instant>> failures, String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
        }
        // Forget quiet keys so a scan of many names or addresses cannot grow memory without bound.
        if (failures.size() > 10_000) {
            failures.keySet().removeIf(k -> recent(failures, k, now) == 0);
        }
    }
}
