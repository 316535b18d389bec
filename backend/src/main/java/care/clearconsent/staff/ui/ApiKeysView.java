package care.clearconsent.staff.ui;

import care.clearconsent.evidence.Alarms;
import care.clearconsent.explanation.InstitutionSchedule;
import care.clearconsent.integration.ApiClient;
import care.clearconsent.integration.ApiKeyRejected;
import care.clearconsent.integration.ApiKeys;
import care.clearconsent.integration.ApiScope;
import care.clearconsent.integration.IssuedApiKey;
import care.clearconsent.shared.PageLanguage;
import care.clearconsent.staff.StaffRole;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * Administrators give each hospital system its own API key with only the scopes it needs: the key is shown once,
 * only its hash is kept, and revoking it stops the system at once. Every key stays listed with who made and revoked it.
 */
@Route("staff/api-keys")
@RolesAllowed(StaffRole.ADMIN)
class ApiKeysView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ApiKeys keys;
    private final InstitutionSchedule institution;
    private final String admin;
    private final TextField name = new TextField();
    private final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>();
    private final Div issued = new Div();
    private final Paragraph result = new Paragraph();
    private final UnorderedList list = new UnorderedList();

    ApiKeysView(ApiKeys keys, InstitutionSchedule institution, AuthenticationContext authentication, Alarms alarms) {
        this.keys = keys;
        this.institution = institution;
        this.admin = authentication.getPrincipalName().orElseThrow();
        addClassName("cc-page");
        addClassName("cc-staff");
        PageLanguage.apply(UI.getCurrent(), PageLanguage.forBrowser(UI.getCurrent()));
        name.setId("api-key-name");
        name.setLabel(getTranslation("staff.api-keys.name"));
        name.setMaxLength(ApiKeys.MAX_NAME_LENGTH);
        scopes.setId("api-key-scopes");
        scopes.setLabel(getTranslation("staff.api-keys.scopes"));
        scopes.setItems(Arrays.asList(ApiScope.values()));
        scopes.setItemLabelGenerator(scope -> getTranslation("staff.api-keys.scope." + scope.name()));
        scopes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        Button create = new Button(getTranslation("staff.api-keys.create"), click -> create());
        create.setId("api-key-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        result.setId("api-key-result");
        result.getElement().setAttribute("role", "status");
        issued.setId("api-key-issued");
        list.setId("api-key-list");
        Section form = new Section(new H2(getTranslation("staff.api-keys.new")), name, scopes, create);
        form.addClassName("cc-form");
        add(new StaffHeader(getTranslation("staff.api-keys.title"), "staff/api-keys", authentication, alarms),
                new Paragraph(getTranslation("staff.api-keys.intro")), form, result, issued,
                new Section(new H2(getTranslation("staff.api-keys.list")), list));
        showList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.api-keys.title");
    }

    private void create() {
        issued.removeAll();
        name.setInvalid(false);
        scopes.setInvalid(false);
        try {
            IssuedApiKey key = keys.create(name.getValue(), scopes.getValue(), admin);
            TextField token = new TextField(getTranslation("staff.api-keys.token"));
            token.setId("api-key-token");
            token.setValue(key.token());
            token.setReadOnly(true);
            token.setWidthFull();
            issued.add(new Paragraph(getTranslation("staff.api-keys.once", key.client().name())), token);
            result.setText(getTranslation("staff.api-keys.created", key.client().name()));
            name.clear();
            scopes.clear();
            showList();
        } catch (ApiKeyRejected rejected) {
            String message = getTranslation(rejected.messageKey(), ApiKeys.MAX_NAME_LENGTH);
            if (rejected.messageKey().contains("scopes")) {
                scopes.setErrorMessage(message);
                scopes.setInvalid(true);
            } else {
                name.setErrorMessage(message);
                name.setInvalid(true);
            }
            result.setText(message);
        }
    }

    private void showList() {
        list.removeAll();
        for (ApiClient client : keys.all()) {
            String scopeNames = String.join(", ", client.scopes().stream().sorted().map(s -> getTranslation("staff.api-keys.scope." + s.name())).toList());
            ListItem item = new ListItem(new Paragraph(getTranslation(client.active() ? "staff.api-keys.item" : "staff.api-keys.item.revoked",
                    client.name(), scopeNames, TIME.format(client.createdAt().atZone(institution.zone())), client.createdBy())));
            item.setId("api-key-" + client.keyId());
            if (client.active()) {
                Button revoke = new Button(getTranslation("staff.api-keys.revoke"), click -> {
                    keys.revoke(client.keyId(), admin);
                    result.setText(getTranslation("staff.api-keys.revoked", client.name()));
                    showList();
                });
                revoke.setId("api-key-revoke-" + client.keyId());
                revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_LARGE);
                revoke.getElement().setAttribute("aria-label", getTranslation("staff.api-keys.revoke.label", client.name()));
                item.add(revoke);
            }
            list.add(item);
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("staff.api-keys.none")));
        }
    }
}
