package care.clearconsent.e2e;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

import care.clearconsent.accessibility.AuditProfile;
import com.codeborne.selenide.CollectionCondition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The administrator creates nurse accounts (bad input answered at the field, in the page's language), the new nurse
 * signs in; a nurse does not see the accounts page; repeated failed sign-ins pause with a clear message.
 */
class StaffAccountsTest {

    @RegisterExtension
    static final RunningServer running = new RunningServer();

    @AfterEach
    void closeBrowser() {
        Browser.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, is too easy to guess, created", "ko, 추측할 수 있는, 만들었습니다"})
    void an_administrator_creates_a_nurse_who_can_then_sign_in(String language, String guessable, String created) {
        Browser.open(1280, 800, language);
        NurseDesk desk = new NurseDesk(running.get());
        desk.signInAs(ClearConsentServer.ADMIN_USERNAME, ClearConsentServer.ADMIN_PASSWORD);
        $("#nav-staff-accounts").shouldBe(visible).click();
        $("#account-list").shouldHave(text(ClearConsentServer.ADMIN_USERNAME));
        Browser.audit("staff accounts " + language, AuditProfile.STANDARD);
        String username = "nurse-" + language;

        $("#account-username input").setValue(username);
        $("#account-name input").setValue("Nurse " + language.toUpperCase());
        $("#account-password input").setValue("short");
        $("#account-create").click();
        $("#account-password").shouldHave(attribute("invalid"));
        $("#account-password").shouldHave(text("12"));
        $("#account-password input").setValue(username + "-2026-secret");
        $("#account-create").click();
        $("#account-password").shouldHave(text(guessable));
        $("#account-username input").setValue("Not Valid!");
        $("#account-password input").setValue("ward-seven-teapot-42");
        $("#account-create").click();
        $("#account-username").shouldHave(attribute("invalid"));
        Browser.audit("staff accounts errors " + language, AuditProfile.STANDARD);
        $("#account-username input").setValue(username);
        $("#account-create").click();
        $("#account-result").shouldHave(text(created));
        $$("#account-list li").shouldHave(CollectionCondition.sizeGreaterThanOrEqual(2));

        desk.signInAs(username, "ward-seven-teapot-42");
        $("#staff-title").shouldBe(visible);
        $("#nav-staff-accounts").shouldNot(exist);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, Too many failed sign-ins", "ko, 로그인 실패가 너무 많습니다"})
    void repeated_failed_sign_ins_pause_the_account_with_a_clear_message(String language, String paused) {
        Browser.open(1024, 768, language);
        NurseDesk desk = new NurseDesk(running.get());
        String username = "locked-" + language;
        for (int attempt = 0; attempt < 5; attempt++) {
            desk.signInAs(username, "wrong-" + attempt);
            $("#login-form").shouldHave(attribute("error"));
        }

        desk.signInAs(username, "wrong-again");

        $("#login-form").shouldHave(text(paused));
        // The shared tablet never offers a saved password to the next person.
        $("#login-form input[name=password]").shouldHave(attribute("autocomplete", "off"));
        Browser.audit("sign-in paused " + language, AuditProfile.STANDARD);
    }
}
