package care.clearconsent.explanation;

import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * The hours no reminder is sent, in the institution's time zone: from {@code start} until {@code end}, across
 * midnight when {@code start} is later in the day than {@code end} (21:00 to 08:00 by default).
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

    public QuietHours {
        if (start.equals(end)) {
            throw new IllegalArgumentException("quiet hours must start and end at different times");
        }
    }

    public boolean contains(LocalTime time) {
        return start.isBefore(end) ? !time.isBefore(start) && time.isBefore(end) : !time.isBefore(start) || time.isBefore(end);
    }

    /** The moment itself when it is outside the quiet hours, otherwise the end of the quiet hours that hold it. */
    public ZonedDateTime nextAllowed(ZonedDateTime at) {
        if (!contains(at.toLocalTime())) {
            return at;
        }
        ZonedDateTime endToday = at.with(end);
        return endToday.isAfter(at) ? endToday : at.plusDays(1).with(end);
    }

    /** As administrators type and read it: {@code 21:00-08:00}. */
    @Override
    public String toString() {
        return start + "-" + end;
    }

    public static QuietHours parse(String typed) {
        String[] parts = typed.strip().split("\\s*[-–~]\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not two times: " + typed);
        }
        return new QuietHours(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
    }
}
