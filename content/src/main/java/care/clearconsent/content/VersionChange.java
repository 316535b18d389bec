package care.clearconsent.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two versions of the content, and whether the change is major (patients who consented on
 * the older version must consent again) or minor (wording only). Major: an AI system added or removed, a purpose
 * added, removed or reworded, a new recipient of data or one moving abroad, an AI system's data processed somewhere
 * new, a model version marked material, or a change in whether care without AI, or declining one AI system, is offered.
 */
public record VersionChange(boolean major, List<String> changes) {

    public VersionChange {
        changes = List.copyOf(changes);
    }

    public static VersionChange between(ContentPackage before, ContentPackage after) {
        List<String> major = new ArrayList<>();
        List<String> minor = new ArrayList<>();
        Map<String, Section> oldSystems = byId(before.aiSystems(), Section::id);
        Map<String, Section> newSystems = byId(after.aiSystems(), Section::id);
        for (String id : union(oldSystems.keySet(), newSystems.keySet())) {
            Section was = oldSystems.get(id);
            Section now = newSystems.get(id);
            if (was == null) {
                major.add("new AI system: " + id);
            } else if (now == null) {
                major.add("AI system removed: " + id);
            } else {
                compareSystems(id, Objects.requireNonNull(was.facts()), Objects.requireNonNull(now.facts()), major, minor);
            }
        }
        Map<String, Purpose> oldPurposes = byId(before.purposes(), Purpose::id);
        Map<String, Purpose> newPurposes = byId(after.purposes(), Purpose::id);
        for (String id : union(oldPurposes.keySet(), newPurposes.keySet())) {
            if (!Objects.equals(oldPurposes.get(id), newPurposes.get(id))) {
                major.add("changed purpose: " + id);
            }
        }
        Map<String, Recipient> oldRecipients = byId(before.recipients(), Recipient::id);
        for (Recipient recipient : after.recipients()) {
            Recipient was = oldRecipients.get(recipient.id());
            if (was == null) {
                major.add("new sharing: " + recipient.id());
            } else if (!was.country().equals(recipient.country())) {
                major.add("sharing moved: " + recipient.id() + " now " + (recipient.abroad() ? "in " + recipient.country() : "in Korea"));
            }
        }
        if (!before.agreement().equals(after.agreement())) {
            // What the patient agrees to is worded differently: earlier consents were to other words.
            major.add("the words agreed to (decision, signature or receipt)");
        }
        if (before.careWithoutAiOffered() != after.careWithoutAiOffered()) {
            major.add("care without AI is " + (after.careWithoutAiOffered() ? "now offered" : "no longer offered"));
        }
        for (Section system : after.aiSystems()) {
            if (before.section(system.id()).isPresent() && before.declining(system.id()) != after.declining(system.id())) {
                // Whether a patient can say no to this system changed: what they agreed to was offered differently.
                major.add("declining " + system.id() + " is now " + after.declining(system.id()).value());
            }
        }
        if (before.demonstration() != after.demonstration()) {
            minor.add(after.demonstration() ? "demonstration content" : "the institution's own content (no longer a demonstration)");
        }
        compareSettings(before, after, minor);
        compareWording(before, after, minor);
        List<String> all = new ArrayList<>(major);
        all.addAll(minor);
        return new VersionChange(!major.isEmpty(), all);
    }

    private static void compareSystems(String id, SystemFacts was, SystemFacts now, List<String> major, List<String> minor) {
        if (!was.modelVersion().equals(now.modelVersion())) {
            String change = "model of " + id + " " + was.modelVersion() + " → " + now.modelVersion();
            if (now.materialUpdate()) {
                major.add(change + " (marked material)");
            } else {
                minor.add(change + " (not material)");
            }
        }
        if (!Set.copyOf(was.dataLocations()).containsAll(now.dataLocations())) {
            major.add("data of " + id + " now processed at " + String.join(", ", now.dataLocations()));
        }
        if (!was.product().equals(now.product()) || !was.staff().equals(now.staff())) {
            minor.add("staff facts of " + id);
        }
    }

    private static void compareSettings(ContentPackage before, ContentPackage after, List<String> minor) {
        for (InstitutionSetting setting : after.settings()) {
            InstitutionSetting was = before.setting(setting.id()).orElse(null);
            if (was == null || !was.effectiveValue().equals(setting.effectiveValue())) {
                minor.add("institution setting " + setting.id() + ": " + setting.effectiveValue());
            }
        }
    }

    private static void compareWording(ContentPackage before, ContentPackage after, List<String> minor) {
        Set<String> sections = new LinkedHashSet<>();
        for (Section section : after.sections()) {
            if (!before.section(section.id()).map(Section::text).equals(java.util.Optional.of(section.text()))
                    || !before.section(section.id()).map(Section::glossary).equals(java.util.Optional.of(section.glossary()))) {
                sections.add(section.id());
            }
        }
        before.sections().stream().map(Section::id).filter(id -> after.section(id).isEmpty()).forEach(id -> sections.add(id + " (removed)"));
        if (!sections.isEmpty()) {
            minor.add("wording: " + String.join(", ", sections));
        }
        if (!before.questions().equals(after.questions())) {
            minor.add("comprehension questions");
        }
        if (!before.glossary().equals(after.glossary())) {
            minor.add("glossary");
        }
        if (!before.careWithoutAi().equals(after.careWithoutAi())) {
            minor.add("wording of care without AI");
        }
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
