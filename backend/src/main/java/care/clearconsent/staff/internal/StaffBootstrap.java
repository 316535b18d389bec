package care.clearconsent.staff.internal;

import care.clearconsent.staff.AccountRejected;
import care.clearconsent.staff.StaffAccounts;
import care.clearconsent.staff.StaffProperties;
import care.clearconsent.staff.StaffRole;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Staff accounts at start-up, before the server takes a request: the demo nurse in the {@code demo} profile only, the
 * first administrator from the environment, and in {@code prod} a refusal to start that names what is wrong.
 */
@Component
class StaffBootstrap implements SmartInitializingSingleton {

    static final String DEMO_USERNAME = "nurse";
    private static final Logger log = LoggerFactory.getLogger(StaffBootstrap.class);

    private final StaffAccounts staff;
    private final StaffAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final StaffProperties properties;
    private final Environment environment;

    StaffBootstrap(StaffAccounts staff, StaffAccountRepository accounts, PasswordEncoder encoder, StaffProperties properties,
                   Environment environment) {
        this.staff = staff;
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        boolean prod = environment.acceptsProfiles(Profiles.of("prod"));
        boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
        if (prod && demo) {
            throw new IllegalStateException("The prod profile refuses to start together with the demo profile: remove 'demo' from "
                    + "SPRING_PROFILES_ACTIVE.");
        }
        if (demo) {
            createDemoNurse();
        }
        createFirstAdministrator();
        if (prod) {
            refuseUnsafeProduction();
        }
    }

    private void createDemoNurse() {
        if (!accounts.existsById(DEMO_USERNAME)) {
            accounts.insert(new StaffAccount(DEMO_USERNAME, "Demo Nurse", encoder.encode(StaffAccounts.DEMO_PASSWORD), List.of(StaffRole.NURSE)));
        }
        log.warn("Demo profile: the demo nurse '{}' can sign in with the password published in the README. Never use this profile "
                + "with real patients.", DEMO_USERNAME);
    }

    private void createFirstAdministrator() {
        var admin = properties.firstAdmin();
        if (!admin.configured() || accounts.existsById(StaffAccounts.normalise(admin.username()))) {
            return;
        }
        try {
            staff.create(admin.username(), "Administrator", admin.password() == null ? "" : admin.password(),
                    List.of(StaffRole.ADMIN, StaffRole.NURSE), "start-up");
        } catch (AccountRejected rejected) {
            throw new IllegalStateException("CLEARCONSENT_STAFF_FIRST_ADMIN_" + rejected.field().toUpperCase(java.util.Locale.ROOT)
                    + " is not acceptable (" + rejected.messageKey() + "): the first administrator needs a user name of 3 to 40 "
                    + "lower-case letters, digits, dots, dashes or underscores and a password of at least "
                    + StaffAccounts.MIN_PASSWORD_LENGTH + " characters that neither contains the user name nor is the demo password.");
        }
    }

    private void refuseUnsafeProduction() {
        List<String> problems = new ArrayList<>();
        accounts.findById(DEMO_USERNAME).filter(account -> encoder.matches(StaffAccounts.DEMO_PASSWORD, account.passwordHash()))
                .ifPresent(account -> problems.add("the demo account '" + DEMO_USERNAME + "' exists with the published demo password"));
        String adminPassword = properties.firstAdmin().password();
        if (StaffAccounts.DEMO_PASSWORD.equals(adminPassword)) {
            problems.add("CLEARCONSENT_STAFF_FIRST_ADMIN_PASSWORD is the published demo password");
        }
        if (!accounts.existsByRolesContaining(StaffRole.ADMIN)) {
            problems.add("there is no administrator: set CLEARCONSENT_STAFF_FIRST_ADMIN_USERNAME and "
                    + "CLEARCONSENT_STAFF_FIRST_ADMIN_PASSWORD for the first start");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The prod profile refuses to start: " + String.join("; ", problems) + ".");
        }
    }
}
