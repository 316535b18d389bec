package care.clearconsent.staff.internal;

import care.clearconsent.staff.StaffRole;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Demo nurses for trying the app. Never in the prod profile: there, accounts are created by the institution. */
@Component
@Profile("!prod")
class DemoStaff {

    static final String USERNAME = "nurse";
    static final String PASSWORD = "clearconsent-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);

    private final StaffAccountRepository accounts;
    private final PasswordEncoder encoder;

    DemoStaff(StaffAccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createDemoNurse() {
        if (!accounts.existsById(USERNAME)) {
            accounts.insert(new StaffAccount(USERNAME, "Demo Nurse", encoder.encode(PASSWORD), List.of(StaffRole.NURSE)));
        }
        log.info("Demo staff: sign in as '{}' with password '{}' (not available in the prod profile)", USERNAME, PASSWORD);
    }
}
