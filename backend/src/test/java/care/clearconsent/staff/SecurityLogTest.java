package care.clearconsent.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.clearconsent.staff.SecurityEvent.Kind;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clearconsent.staff.first-admin.username=chief", "clearconsent.staff.first-admin.password=" + SecurityLogTest.ADMIN_PASSWORD,
        "clearconsent.staff.sign-in.failures-per-account=3"})
class SecurityLogTest {

    static final String ADMIN_PASSWORD = "a-long-enough-secret-2026";

    @LocalServerPort
    int port;
    @Autowired
    SecurityLog log;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    MongoTemplate mongo;

    @Test
    void a_sign_in_failures_and_the_lock_out_they_cause_are_recorded_once_each_and_no_password_is() throws Exception {
        assertThat(ProductionProfileTest.signIn(port, "chief", ADMIN_PASSWORD)).as("to the workspace of the role").endsWith("/").doesNotContain("login");
        assertThat(entries("chief")).extracting(SecurityEvent::kind).as("signed in, after the account was made at start-up")
                .containsExactly(Kind.SIGNED_IN, Kind.ACCOUNT_CREATED);
        assertThat(entries("chief").getLast().by()).isEqualTo("start-up");
        assertThat(entries("chief").getFirst().address()).isEqualTo("127.0.0.1");

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(ProductionProfileTest.signIn(port, "Guessed.Name", "wrong-password-" + attempt)).contains("/login?error");
        }
        assertThat(ProductionProfileTest.signIn(port, "guessed.name", "wrong-password-again")).contains("/login?throttled");

        assertThat(entries("guessed.name")).extracting(SecurityEvent::kind)
                .containsExactly(Kind.LOCKED_OUT, Kind.SIGN_IN_FAILED, Kind.SIGN_IN_FAILED, Kind.SIGN_IN_FAILED);
        String stored = String.join("\n", mongo.findAll(Document.class, SecurityLog.COLLECTION).stream().map(Document::toJson).toList());
        assertThat(stored).doesNotContain("wrong-password").doesNotContain(ADMIN_PASSWORD);
    }

    @Test
    void creating_an_account_and_changing_its_roles_are_recorded_with_who_did_it() {
        accounts.create("officer.kang", "Kang Officer", "officer-secret-2026", List.of(StaffRole.COMPLIANCE), "chief");
        accounts.changeRoles("officer.kang", List.of(StaffRole.NURSE, StaffRole.COMPLIANCE), "chief");

        List<SecurityEvent> recorded = entries("officer.kang");
        assertThat(recorded).extracting(SecurityEvent::kind).containsExactly(Kind.ROLES_CHANGED, Kind.ACCOUNT_CREATED);
        assertThat(recorded).extracting(SecurityEvent::by).containsOnly("chief");
        assertThat(recorded.getFirst().roles()).containsExactly(StaffRole.NURSE, StaffRole.COMPLIANCE);
        assertThat(recorded.getLast().roles()).containsExactly(StaffRole.COMPLIANCE);
    }

    @Test
    void an_administrator_cannot_drop_their_own_role_nor_the_last_administrator_lose_it_nor_an_unknown_role_be_given() {
        assertRefused(() -> accounts.changeRoles("chief", List.of(StaffRole.NURSE), "chief"), "staff.accounts.roles.own-admin");
        accounts.create("deputy", "Deputy Admin", "second-in-command-2026", List.of(StaffRole.NURSE), "chief");
        assertRefused(() -> accounts.changeRoles("chief", List.of(StaffRole.NURSE), "deputy"), "staff.accounts.roles.last-admin");
        assertRefused(() -> accounts.changeRoles("deputy", List.of("ROOT"), "chief"), "staff.accounts.roles.required");
        assertRefused(() -> accounts.changeRoles("deputy", List.of(), "chief"), "staff.accounts.roles.required");
        assertRefused(() -> accounts.changeRoles("nobody", List.of(StaffRole.NURSE), "chief"), "staff.accounts.unknown");

        assertThat(accounts.all()).filteredOn(member -> member.username().equals("chief")).singleElement()
                .satisfies(chief -> assertThat(chief.roles()).contains(StaffRole.ADMIN));
        assertThat(entries("chief")).extracting(SecurityEvent::kind).doesNotContain(Kind.ROLES_CHANGED);

        accounts.changeRoles("deputy", List.of(StaffRole.ADMIN), "chief");
        accounts.changeRoles("chief", List.of(StaffRole.COMPLIANCE), "deputy");
        assertThat(entries("chief").getFirst().roles()).containsExactly(StaffRole.COMPLIANCE);
    }

    private List<SecurityEvent> entries(String username) {
        return log.recent(1000).stream().filter(event -> event.username().equals(username)).toList();
    }

    private static void assertRefused(Runnable change, String messageKey) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(AccountRejected.class, rejected -> assertThat(rejected.messageKey()).isEqualTo(messageKey));
    }
}
