package care.clearconsent.staff.ui;

import care.clearconsent.evidence.Alarms;
import care.clearconsent.shared.PageLanguage;
import care.clearconsent.staff.AccountRejected;
import care.clearconsent.staff.StaffAccounts;
import care.clearconsent.staff.StaffMember;
import care.clearconsent.staff.StaffRole;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** Administrators create nurse accounts; the list shows who can sign in, never a password or its hash. */
@Route("staff/accounts")
@RolesAllowed(StaffRole.ADMIN)
class StaffAccountsView extends Main implements HasDynamicTitle {

    private final Alarms alarms;

    private final StaffAccounts accounts;
    private final UnorderedList list = new UnorderedList();
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final PasswordField password = new PasswordField();
    private final Paragraph result = new Paragraph();

    StaffAccountsView(StaffAccounts accounts, AuthenticationContext authentication, Alarms alarms) {
        this.alarms = alarms;
        this.accounts = accounts;
        addClassName("cc-page");
        addClassName("cc-staff");
        PageLanguage.apply(UI.getCurrent(), PageLanguage.forBrowser(UI.getCurrent()));
        String admin = authentication.getPrincipalName().orElseThrow();
        setUp(username, "account-username", "staff.accounts.username", 40);
        setUp(displayName, "account-name", "staff.accounts.name", 100);
        password.setLabel(getTranslation("staff.accounts.password"));
        password.setHelperText(getTranslation("staff.accounts.password.help", StaffAccounts.MIN_PASSWORD_LENGTH));
        password.setId("account-password");
        password.setMaxLength(128);
        password.getElement().setAttribute("autocomplete", "new-password");
        result.setId("account-result");
        result.getElement().setAttribute("role", "status");
        Button create = new Button(getTranslation("staff.accounts.create"), click -> create(admin));
        create.setId("account-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Section form = new Section(new H2(getTranslation("staff.accounts.new")), username, displayName, password, create, result);
        form.addClassName("cc-form");
        list.setId("account-list");
        add(new StaffHeader(getTranslation("staff.accounts.title"), "staff/accounts", authentication, alarms), form,
                new Section(new H2(getTranslation("staff.accounts.list")), list));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.accounts.title");
    }

    private void create(String admin) {
        username.setInvalid(false);
        displayName.setInvalid(false);
        password.setInvalid(false);
        try {
            StaffMember created = accounts.createNurse(username.getValue(), displayName.getValue(), password.getValue(), admin);
            result.setText(getTranslation("staff.accounts.created", created.username()));
            username.clear();
            displayName.clear();
            password.clear();
            refresh();
        } catch (AccountRejected rejected) {
            result.setText("");
            switch (rejected.field()) {
                case "username" -> showError(username, rejected.messageKey());
                case "displayName" -> showError(displayName, rejected.messageKey());
                default -> {
                    password.setErrorMessage(getTranslation(rejected.messageKey(), StaffAccounts.MIN_PASSWORD_LENGTH));
                    password.setInvalid(true);
                }
            }
        }
    }

    private void showError(TextField field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    private void setUp(TextField field, String id, String labelKey, int maxLength) {
        field.setLabel(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(maxLength);
        field.getElement().setAttribute("autocomplete", "off");
    }

    private void refresh() {
        list.removeAll();
        for (StaffMember member : accounts.all()) {
            ListItem item = new ListItem(member.displayName() + " (" + member.username() + ") · "
                    + String.join(", ", member.roles().stream().map(role -> getTranslation("staff.role." + role)).toList()));
            item.setId("account-" + member.username());
            list.add(item);
        }
    }
}
