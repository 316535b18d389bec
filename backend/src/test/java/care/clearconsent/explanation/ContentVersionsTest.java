package care.clearconsent.explanation;

import care.clearconsent.patients.TestPatients;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.consent.Actor;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.Decision;
import care.clearconsent.consent.JourneyStatus;
import care.clearconsent.consent.JourneySummary;
import care.clearconsent.consent.Origin;
import care.clearconsent.consent.SignatureFixtures;
import care.clearconsent.consent.SignatureMethod;
import care.clearconsent.consent.StartedJourney;
import care.clearconsent.content.ContentPackage;
import care.clearconsent.content.Language;
import care.clearconsent.content.ReadingLevel;
import care.clearconsent.content.Section;
import care.clearconsent.content.SystemFacts;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Publishing numbers versions by what changed: a minor change leaves earlier consents valid, a major change makes
 * patients who consented on an older version show as "consent needed again". Snapshots are stored with their
 * readability report and the institution settings in force.
 */
@SpringBootTest
@DirtiesContext // publishes new content versions, which other tests must not see
class ContentVersionsTest {

    @Autowired
    ExplanationCatalogue catalogue;
    @Autowired
    ConsentJourneys journeys;
    @Autowired
    PatientRegistry patients;
    @Autowired
    MongoTemplate mongo;

    @Test
    void a_major_change_needs_consent_again_and_a_minor_one_does_not() {
        PublishedContent first = catalogue.current();
        Patient patient = patients.register(TestPatients.newPatient("Park", "010-2222-3333"), "nurse");
        StartedJourney consented = journeys.start(patient.id(), "nurse", "web-desk");
        agreeAndSign(consented, patient);
        assertThat(summary(patient).status()).isEqualTo(JourneyStatus.AGREED);
        assertThat(summary(patient).consentNeededAgain()).isFalse();

        PublishedContent minor = catalogue.publish(first.content().withVersion("").withSection("retention", section -> section.mapText((text, language) ->
                text.equals("Visit recordings are deleted after 60 days.") ? "Recordings of your visit are deleted after 60 days." : text)));

        assertThat(minor.major()).isEqualTo(first.major());
        assertThat(minor.minor()).isEqualTo(first.minor() + 1);
        assertThat(minor.changes()).containsExactly("wording: retention");
        assertThat(summary(patient).version()).isEqualTo(first.version());
        assertThat(summary(patient).consentNeededAgain()).as("a wording change does not need consent again").isFalse();

        PublishedContent major = catalogue.publish(minor.content().withVersion("").withSection("ai-chest-xray", section -> {
            SystemFacts facts = section.facts();
            return new Section(section.id(), section.kind(), section.text(), section.glossary(),
                    new SystemFacts(facts.product(), "4.0", true, facts.dataLocations(), facts.staff()));
        }));

        assertThat(major.version()).isEqualTo((first.major() + 1) + ".0");
        assertThat(major.changes()).contains("model of ai-chest-xray 3.2 → 4.0 (marked material)");
        assertThat(summary(patient).consentNeededAgain()).as("a material model update needs consent again").isTrue();
        assertThat(catalogue.current()).isEqualTo(major);

        StartedJourney again = journeys.start(patient.id(), "nurse", "web-desk");
        assertThat(journeys.find(again.id()).orElseThrow().content().version()).isEqualTo(major.version());
        assertThat(summary(patient).consentNeededAgain()).isFalse();
        assertThat(catalogue.versions()).extracting(PublishedContent::version)
                .containsSubsequence(major.version(), minor.version(), first.version());
        assertThat(catalogue.diff(first, minor).entries()).extracting(entry -> entry.section()).containsOnly("retention");
    }

    @Test
    void publishing_unchanged_content_keeps_the_current_version() {
        PublishedContent current = catalogue.current();
        long stored = mongo.getCollection("content_versions").countDocuments();

        PublishedContent again = catalogue.publish(current.content().withVersion(""));

        assertThat(again).isEqualTo(current);
        assertThat(mongo.getCollection("content_versions").countDocuments()).isEqualTo(stored);
    }

    @Test
    void the_snapshot_stores_its_readability_report_and_the_settings_in_force() {
        PublishedContent current = catalogue.current();

        Document stored = mongo.getCollection("content_versions").find(new Document("_id", current.hash())).first();

        assertThat(stored).isNotNull();
        assertThat(stored.getString("version")).isEqualTo(current.version());
        List<Document> rows = stored.get("readability", Document.class).getList("rows", Document.class);
        assertThat(rows).hasSize(current.content().sections().size() * 4).allMatch(row -> row.getBoolean("withinLimit"));
        assertThat(rows).anyMatch(row -> "en".equals(row.getString("language")) && "simplified".equals(row.getString("level"))
                && row.getDouble("grade") <= 6.0);
        ContentPackage content = current.content();
        assertThat(content.setting("care-without-ai").orElseThrow().isDefault()).as("set in the test configuration").isFalse();
        assertThat(content.setting("privacy-officer").orElseThrow().isDefault()).isTrue();
        assertThat(String.join(" ", content.section("your-rights").orElseThrow().text(Language.EN, ReadingLevel.SIMPLIFIED).paragraphs()))
                .contains("Ask our privacy officer (ask at the front desk).").doesNotContain("{");
    }

    private void agreeAndSign(StartedJourney started, Patient patient) {
        Origin tablet = new Origin(Actor.patient(patient.id().value()), "web-tablet");
        care.clearconsent.consent.JourneyWalk.agreeAndSign(journeys, started.id(), tablet, false);
    }

    private JourneySummary summary(Patient patient) {
        return journeys.journeysOf(patient.id()).getFirst();
    }
}
