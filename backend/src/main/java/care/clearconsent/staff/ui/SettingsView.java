package care.clearconsent.staff.ui;

import care.clearconsent.content.InstitutionSetting;
import care.clearconsent.content.Language;
import care.clearconsent.evidence.Alarms;
import care.clearconsent.explanation.ExplanationCatalogue;
import care.clearconsent.explanation.PublishedContent;
import care.clearconsent.explanation.SettingRejected;
import care.clearconsent.explanation.InstitutionSchedule;
import care.clearconsent.shared.PageLanguage;
import care.clearconsent.staff.StaffRole;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Administrators change the institution's settings: its time zone and the quiet hours of reminders, and those patients
 * are shown (contacts, retention, declining each AI system, care without AI), checked as the content declares them and
 * published at once as a new explanation version. Every change is recorded with who and when.
 */
@Route("staff/settings")
@RolesAllowed(StaffRole.ADMIN)
class SettingsView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ExplanationCatalogue catalogue;
    private final InstitutionSchedule institution;
    private final String admin;
    private final Paragraph result = new Paragraph();
    private final Div settings = new Div();
    private final Div history = new Div();

    private final Div clock = new Div();

    SettingsView(ExplanationCatalogue catalogue, InstitutionSchedule institution, AuthenticationContext authentication, Alarms alarms) {
        this.catalogue = catalogue;
        this.institution = institution;
        this.admin = authentication.getPrincipalName().orElseThrow();
        addClassName("cc-page");
        addClassName("cc-staff");
        PageLanguage.apply(UI.getCurrent(), PageLanguage.forBrowser(UI.getCurrent()));
        result.setId("settings-result");
        result.getElement().setAttribute("role", "status");
        settings.setId("settings-form");
        history.setId("settings-history");
        add(new StaffHeader(getTranslation("staff.settings.title"), "staff/settings", authentication, alarms),
                new Paragraph(getTranslation("staff.settings.intro")), result, clock, settings, history);
        clock.setId("settings-clock");
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.settings.title");
    }

    private void show() {
        clock.removeAll();
        clock.add(new H2(getTranslation("staff.settings.clock")), new Paragraph(getTranslation("staff.settings.clock.intro")), zoneEditor(),
                quietHoursEditor());
        settings.removeAll();
        PublishedContent current = catalogue.current();
        settings.add(new H2(getTranslation("staff.settings.current", current.version())));
        current.content().settings().forEach(setting -> settings.add(editor(setting)));
        history.removeAll();
        history.add(new H2(getTranslation("staff.settings.history")), DataTable.of("settings-changes", getTranslation("staff.settings.history"),
                List.of("time", "setting", "before", "after", "by", "version").stream().map(column -> getTranslation("staff.settings.column." + column)).toList(),
                catalogue.settingChanges(100).stream().map(change -> List.of(TIME.format(change.at().atZone(institution.zone())), change.setting(),
                        change.before() == null ? getTranslation("staff.settings.default") : change.before(), change.after(), change.by(),
                        change.publishedVersion() == null ? "—" : change.publishedVersion())).toList(), false));
    }

    private Section zoneEditor() {
        ComboBox<String> zone = new ComboBox<>(getTranslation("staff.settings.time-zone"));
        zone.setId("setting-value-time-zone");
        zone.setItems(java.time.ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/")).sorted().toList());
        zone.setValue(institution.zone().getId());
        zone.setWidthFull();
        Button save = new Button(getTranslation("staff.settings.save.clock"), click -> saveClock(zone,
                () -> institution.changeZone(zone.getValue() == null ? "" : zone.getValue(), admin), "staff.settings.time-zone.saved"));
        save.setId("setting-save-time-zone");
        save.addThemeVariants(ButtonVariant.LUMO_LARGE);
        save.getElement().setAttribute("aria-label", getTranslation("staff.settings.save.label", getTranslation("staff.settings.time-zone")));
        Section section = new Section(new H3(getTranslation("staff.settings.time-zone")), zone, save);
        section.setId("setting-time-zone");
        section.addClassName("cc-form");
        return section;
    }

    private Section quietHoursEditor() {
        care.clearconsent.explanation.QuietHours now = institution.quietHours();
        TimePicker from = new TimePicker(getTranslation("staff.settings.quiet-hours.from"), now.start());
        from.setId("setting-quiet-from");
        from.setStep(java.time.Duration.ofMinutes(30));
        TimePicker until = new TimePicker(getTranslation("staff.settings.quiet-hours.until"), now.end());
        until.setId("setting-quiet-until");
        until.setStep(java.time.Duration.ofMinutes(30));
        Button save = new Button(getTranslation("staff.settings.save.clock"), click -> saveClock(until,
                () -> institution.changeQuietHours((from.getValue() == null ? "" : from.getValue()) + "-" + (until.getValue() == null ? "" : until.getValue()), admin),
                "staff.settings.quiet-hours.saved"));
        save.setId("setting-save-quiet-hours");
        save.addThemeVariants(ButtonVariant.LUMO_LARGE);
        save.getElement().setAttribute("aria-label", getTranslation("staff.settings.save.label", getTranslation("staff.settings.quiet-hours")));
        Section section = new Section(new H3(getTranslation("staff.settings.quiet-hours")), new Paragraph(getTranslation("staff.settings.quiet-hours.about")),
                from, until, save);
        section.setId("setting-quiet-hours");
        section.addClassName("cc-form");
        return section;
    }

    private void saveClock(com.vaadin.flow.component.HasValidation field, Runnable change, String savedKey) {
        result.setText("");
        try {
            change.run();
            show();
            result.setText(getTranslation(savedKey, institution.zone().getId(), institution.quietHours().toString()));
        } catch (SettingRejected rejected) {
            field.setErrorMessage(getTranslation(rejected.messageKey(), ExplanationCatalogue.MAX_SETTING_LENGTH));
            field.setInvalid(true);
            result.setText(getTranslation(rejected.messageKey(), ExplanationCatalogue.MAX_SETTING_LENGTH));
        }
    }

    private Section editor(InstitutionSetting setting) {
        Language language = Language.of(getLocale());
        HasValue<?, String> field;
        com.vaadin.flow.component.Component input;
        if (setting.isChoice()) {
            RadioButtonGroup<String> choice = new RadioButtonGroup<>(getTranslation("staff.settings.value"));
            choice.setItems(setting.choices().keySet().stream().sorted().toList());
            choice.setItemLabelGenerator(key -> key + ": " + setting.choices().get(key).getOrDefault(language, key));
            choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            choice.setValue(setting.effectiveValue());
            field = choice;
            input = choice;
        } else {
            TextField text = new TextField(getTranslation("staff.settings.value"));
            text.setMaxLength(ExplanationCatalogue.MAX_SETTING_LENGTH);
            text.setValue(setting.isDefault() ? "" : setting.effectiveValue());
            text.setPlaceholder(setting.defaultText().getOrDefault(language, ""));
            text.setWidthFull();
            field = text;
            input = text;
        }
        input.setId("setting-value-" + setting.id());
        Button save = new Button(getTranslation("staff.settings.save"), click -> save(setting, field));
        save.setId("setting-save-" + setting.id());
        save.addThemeVariants(ButtonVariant.LUMO_LARGE);
        save.getElement().setAttribute("aria-label", getTranslation("staff.settings.save.label", setting.id()));
        Paragraph about = new Paragraph(setting.description() + " · " + getTranslation(setting.isDefault() ? "staff.settings.default" : "staff.settings.set"));
        Section section = new Section(new H3(setting.id()), about, input, save);
        section.setId("setting-" + setting.id());
        section.addClassName("cc-form");
        return section;
    }

    private void save(InstitutionSetting setting, HasValue<?, String> field) {
        result.setText("");
        try {
            PublishedContent published = catalogue.changeSetting(setting.id(), field.getValue() == null ? "" : field.getValue(), admin);
            show();
            result.setText(getTranslation("staff.settings.saved", setting.id(), published.version()));
        } catch (SettingRejected rejected) {
            if (field instanceof com.vaadin.flow.component.HasValidation invalid) {
                invalid.setErrorMessage(getTranslation(rejected.messageKey(), ExplanationCatalogue.MAX_SETTING_LENGTH));
                invalid.setInvalid(true);
            }
            result.setText(getTranslation(rejected.messageKey(), ExplanationCatalogue.MAX_SETTING_LENGTH));
        }
    }
}
