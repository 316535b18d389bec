package care.clearconsent.content;

import java.util.List;
import java.util.Optional;

/**
 * The structured facts of an AI system behind its fact card: the product and model version (with whether this
 * version is a material change that needs consent again), where its data is processed, and the staff face.
 *
 * @param dataLocations where the patient's data is processed: {@code on-site}, {@code cloud-korea} or {@code abroad:<country>}
 */
public record SystemFacts(String product, String modelVersion, boolean materialUpdate, List<String> dataLocations,
                          List<StaffAttribute> staff) {

    public SystemFacts {
        dataLocations = List.copyOf(dataLocations);
        staff = List.copyOf(staff);
    }

    public Optional<String> attribute(String key) {
        return staff.stream().filter(a -> a.key().equals(key)).map(StaffAttribute::value).findFirst();
    }
}
