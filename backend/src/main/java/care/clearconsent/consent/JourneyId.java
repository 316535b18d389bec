package care.clearconsent.consent;

import java.util.UUID;

public record JourneyId(String value) {

    public JourneyId {
        UUID.fromString(value);
    }

    public static JourneyId generate() {
        return new JourneyId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
