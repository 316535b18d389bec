package care.clearconsent.staff.ui;

import care.clearconsent.evidence.Alarms;
import care.clearconsent.explanation.InstitutionSchedule;
import care.clearconsent.shared.PageLanguage;
import care.clearconsent.staff.SecurityLog;
import care.clearconsent.staff.StaffRole;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The newest entries of the staff security log: sign-ins, failures, lock-outs, sign-outs, accounts and role changes. */
@Route("staff/security")
@RolesAllowed({StaffRole.ADMIN, StaffRole.COMPLIANCE})
class SecurityLogView extends Main implements HasDynamicTitle {

    static final int SHOWN = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    SecurityLogView(SecurityLog log, InstitutionSchedule institution, AuthenticationContext authentication, Alarms alarms) {
        addClassName("cc-page");
        addClassName("cc-staff");
        PageLanguage.apply(UI.getCurrent(), PageLanguage.forBrowser(UI.getCurrent()));
        add(new StaffHeader(getTranslation("staff.security.title"), "staff/security", authentication, alarms));
        List<List<String>> rows = log.recent(SHOWN).stream().map(event -> List.of(TIME.format(event.at().atZone(institution.zone())),
                getTranslation("staff.security.kind." + event.kind().name()), event.username(), event.by(), event.address(),
                String.join(", ", event.roles().stream().map(role -> getTranslation("staff.role." + role)).toList()))).toList();
        add(DataTable.of("security-log", getTranslation("staff.security.caption", SHOWN, institution.zone().getId()),
                List.of("time", "what", "account", "by", "address", "roles").stream().map(column -> getTranslation("staff.security.column." + column)).toList(),
                rows, false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.security.title");
    }
}
