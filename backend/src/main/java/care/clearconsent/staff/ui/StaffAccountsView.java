package care.clearconsent.staff.ui;

import care.clearconsent.evidence.Alarms;
import care.clearconsent.shared.PageLanguage;
import care.clearconsent.staff.AccountRejected;
import care.clearconsent.staff.StaffAccounts;
import care.clearconsent.staff.StaffMember;
import care.clearconsent.staff.StaffRole;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
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

/** Administrators create staff accounts and change their roles; the list shows who can sign in, never a password or its hash. */
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
    private final CheckboxGroup<String> roles = new CheckboxGroup<>();
    private final String admin;

    StaffAccountsView(StaffAccounts accounts, AuthenticationContext authentication, Alarms alarms) {
        this.alarms = alarms;
        this.accounts = accounts;
        addClassName("cc-page");
        addClassName("cc-staff");
        PageLanguage.apply(UI.getCurrent(), PageLanguage.forBrowser(UI.getCurrent()));
        this.admin = authentication.getPrincipalName().orElseThrow();
        setUp(username, "account-username", "staff.accounts.username", 40);
        setUp(displayName, "account-name", "staff.accounts.name", 100);
        password.setLabel(getTranslation("staff.accounts.password"));
        password.setHelperText(getTranslation("staff.accounts.password.help", StaffAccounts.MIN_PASSWORD_LENGTH));
        password.setId("account-password");
        password.setMaxLength(128);
        password.getElement().setAttribute("autocomplete", "new-password");
        result.setId("account-result");
        result.getElement().setAttribute("role", "status");
        setUp(roles, "account-roles");
        roles.setValue(java.util.Set.of(StaffRole.NURSE));
        Button create = new Button(getTranslation("staff.accounts.create"), click -> create(admin));
        create.setId("account-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Section form = new Section(new H2(getTranslation("staff.accounts.new")), username, displayName, password, roles, create, result);
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
        roles.setInvalid(false);
        try {
            StaffMember created = accounts.create(username.getValue(), displayName.getValue(), password.getValue(), chosen(roles), admin);
            result.setText(getTranslation("staff.accounts.created", created.username()));
            username.clear();
            displayName.clear();
            password.clear();
            roles.setValue(java.util.Set.of(StaffRole.NURSE));
            refresh();
        } catch (AccountRejected rejected) {
            result.setText("");
            switch (rejected.field()) {
                case "username" -> showError(username, rejected.messageKey());
                case "displayName" -> showError(displayName, rejected.messageKey());
                case "roles" -> {
                    roles.setErrorMessage(getTranslation(rejected.messageKey()));
                    roles.setInvalid(true);
                }
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
            Span who = new Span(member.displayName() + " (" + member.username() + ") · "
                    + String.join(", ", member.roles().stream().map(role -> getTranslation("staff.role." + role)).toList()));
            who.setId("account-summary-" + member.username());
            ListItem item = new ListItem(who, roleEditor(member));
            item.setId("account-" + member.username());
            list.add(item);
        }
    }

    /** The account's roles as ticks; saving changes them, recorded in the security log. */
    private Div roleEditor(StaffMember member) {
        CheckboxGroup<String> granted = new CheckboxGroup<>();
        setUp(granted, "roles-" + member.username());
        granted.setLabel(getTranslation("staff.accounts.roles.of", member.displayName()));
        granted.setValue(java.util.Set.copyOf(member.roles()));
        Paragraph saved = new Paragraph();
        saved.setId("roles-result-" + member.username());
        saved.getElement().setAttribute("role", "status");
        Button save = new Button(getTranslation("staff.accounts.roles.save"), click -> {
            granted.setInvalid(false);
            try {
                StaffMember changed = accounts.changeRoles(member.username(), chosen(granted), admin);
                refresh();
                result.setText(getTranslation("staff.accounts.roles.saved", changed.username()));
            } catch (AccountRejected rejected) {
                granted.setErrorMessage(getTranslation(rejected.messageKey()));
                granted.setInvalid(true);
            }
        });
        save.setId("roles-save-" + member.username());
        save.addThemeVariants(ButtonVariant.LUMO_LARGE);
        Div editor = new Div(granted, save, saved);
        editor.addClassName("cc-role-editor");
        return editor;
    }

    private void setUp(CheckboxGroup<String> group, String id) {
        group.setLabel(getTranslation("staff.accounts.roles"));
        group.setId(id);
        group.setItems(StaffRole.ALL);
        group.setItemLabelGenerator(role -> getTranslation("staff.role." + role));
    }

    private static List<String> chosen(CheckboxGroup<String> group) {
        return StaffRole.ALL.stream().filter(group.getValue()::contains).toList();
    }
}
