package care.clearconsent.staff.ui;

import care.clearconsent.reminders.OutboxMessage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Text messages as a staff table, the same on the institution's page and in a patient's panel. */
final class MessageTable {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private MessageTable() {
    }

    /** Messages as a table: due time, kind, state, number ending and why (the last error or event). */
    static Div of(Component translator, String id, String caption, List<OutboxMessage> messages, ZoneId zone) {
        return DataTable.of(id, caption, List.of(translator.getTranslation("staff.sms.column.due"), translator.getTranslation("staff.sms.column.kind"),
                        translator.getTranslation("staff.sms.column.state"), translator.getTranslation("staff.sms.column.number"),
                        translator.getTranslation("staff.sms.column.why")),
                messages.stream().map(message -> List.of(TIME.format(message.dueAt().atZone(zone)),
                        translator.getTranslation("staff.sms.kind." + message.kind().name()), translator.getTranslation("staff.sms.state." + message.state().name()),
                        "…" + message.phoneEnding(), message.lastError() == null ? "" : message.lastError())).toList(), false);
    }
}
