package care.clearconsent.explanation;

import care.clearconsent.explanation.internal.SettingsStore;
import care.clearconsent.shared.InstitutionProperties;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The institution's clock settings, which administrators change like any other setting (checked, recorded with who
 * and when) but which are not part of the explanation text: the time zone every date is shown in, and the quiet hours
 * in which no reminder is sent. Configuration gives the first values; an administrator's change outlives a restart.
 */
@Service
public class InstitutionSchedule {

    public static final String TIME_ZONE = "time-zone";
    public static final String QUIET_HOURS = "quiet-hours";
    /** Settings this service keeps; the explanation's own settings are everything else. */
    static final Set<String> KEYS = Set.of(TIME_ZONE, QUIET_HOURS);

    private static final Logger log = LoggerFactory.getLogger(InstitutionSchedule.class);

    private final SettingsStore store;
    private final Clock clock;
    private volatile ZoneId zone;
    private volatile QuietHours quietHours;

    InstitutionSchedule(SettingsStore store, InstitutionProperties institution, Clock clock) {
        this.store = store;
        this.clock = clock;
        Map<String, String> changed = store.values();
        this.zone = changed.containsKey(TIME_ZONE) ? ZoneId.of(changed.get(TIME_ZONE)) : institution.zone();
        this.quietHours = changed.containsKey(QUIET_HOURS) ? QuietHours.parse(changed.get(QUIET_HOURS)) : QuietHours.DEFAULT;
    }

    /** The zone dates and times are shown in (events are stored in UTC). */
    public ZoneId zone() {
        return zone;
    }

    public QuietHours quietHours() {
        return quietHours;
    }

    /** An administrator sets the time zone: a region name such as Asia/Seoul. Refused, with nothing stored, otherwise. */
    public synchronized void changeZone(String typed, String changedBy) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            throw new SettingRejected("settings.value.required", TIME_ZONE);
        }
        ZoneId newZone;
        try {
            newZone = ZoneId.of(value);
        } catch (DateTimeException notAZone) {
            throw new SettingRejected("settings.time-zone.invalid", value);
        }
        // Only named regions: a fixed offset would ignore the region's daylight saving, and a typo could pass as one.
        if (!ZoneId.getAvailableZoneIds().contains(newZone.getId())) {
            throw new SettingRejected("settings.time-zone.invalid", value);
        }
        if (newZone.equals(zone)) {
            throw new SettingRejected("settings.value.unchanged", TIME_ZONE);
        }
        store.save(TIME_ZONE, zone.getId(), newZone.getId(), changedBy, clock.instant(), null);
        zone = newZone;
        log.info("Institution time zone changed by '{}'", changedBy);
    }

    /** An administrator sets the quiet hours as two times, such as 21:00-08:00. Refused, with nothing stored, otherwise. */
    public synchronized void changeQuietHours(String typed, String changedBy) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            throw new SettingRejected("settings.value.required", QUIET_HOURS);
        }
        QuietHours hours;
        try {
            hours = QuietHours.parse(value);
        } catch (DateTimeException | IllegalArgumentException notTwoTimes) {
            throw new SettingRejected("settings.quiet-hours.invalid", value);
        }
        if (hours.equals(quietHours)) {
            throw new SettingRejected("settings.value.unchanged", QUIET_HOURS);
        }
        store.save(QUIET_HOURS, quietHours.toString(), hours.toString(), changedBy, clock.instant(), null);
        quietHours = hours;
        log.info("Reminder quiet hours changed to {} by '{}'", hours, changedBy);
    }
}
