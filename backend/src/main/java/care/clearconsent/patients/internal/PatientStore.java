package care.clearconsent.patients.internal;

import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientId;
import care.clearconsent.shared.BlindIndex;
import care.clearconsent.shared.PersonalDataCipher;
import care.clearconsent.shared.PersonNames;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.LongStream;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Patients at rest: every identifying field encrypted (AES-256-GCM, bound to its patient and field), found again by
 * keyed look-up forms. Every query is an equality on a unique key ({@code _id}, {@code seq}, {@code hospitalNumberKey}),
 * which both a MongoDB server and the embedded store answer from an index: a page or a search costs the same with
 * 100,000 patients as with 10.
 */
@Component
public class PatientStore {

    static final String COLLECTION = "patients";
    /** Name and phone look-ups: {@code _id} is the field and its keyed form, {@code patients} the ids that have it. */
    static final String LOOKUP = "patient_lookup";
    static final String COUNTERS = "patient_counters";
    private static final int MAX_MATCHES = 50;

    private final MongoTemplate mongo;
    private final PersonalDataCipher cipher;
    private final BlindIndex index;

    PatientStore(PersonalDataCipher cipher, BlindIndex index, MongoTemplate mongo) {
        this.mongo = mongo;
        this.cipher = cipher;
        this.index = index;
        mongo.indexOps(COLLECTION).createIndex(new Index("seq", Sort.Direction.ASC).unique());
        mongo.indexOps(COLLECTION).createIndex(new Index("hospitalNumberKey", Sort.Direction.ASC).unique());
    }

    /** A stored patient and their place in registration order (the paging cursor). */
    public record Row(long seq, Patient patient) {
    }

    public boolean hospitalNumberTaken(String hospitalNumber) {
        // A find, not exists(): the driver answers exists() with an aggregation, which the embedded store runs as a scan.
        return byHospitalNumber(hospitalNumber).isPresent();
    }

    /**
     * Stores a checked patient. The look-ups are written first: should the insert then fail, they point at nobody
     * and are skipped, whereas the other order could leave a patient no search finds.
     *
     * @throws org.springframework.dao.DuplicateKeyException when another registration took the hospital number meanwhile
     */
    public void insert(Patient patient, String registeredBy) {
        String id = patient.id().value();
        addLookup("name", PersonNames.searchForm(patient.displayName()), id);
        addLookup("phone", patient.phoneNumber(), id);
        Document document = new Document("_id", id)
                .append("seq", nextSeq())
                .append("name", seal(id, "name", patient.displayName()))
                .append("phone", seal(id, "phone", patient.phoneNumber()))
                .append("hospitalNumber", seal(id, "hospitalNumber", patient.hospitalNumber()))
                .append("hospitalNumberKey", index.of("hospitalNumber", patient.hospitalNumber()))
                .append("birthYear", seal(id, "birthYear", Integer.toString(patient.birthYear())))
                .append("registeredAt", Date.from(patient.registeredAt()))
                .append("registeredBy", registeredBy);
        mongo.insert(document, COLLECTION);
    }

    public Optional<Patient> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(this::open).map(Row::patient);
    }

    /** Up to {@code size} patients registered before the cursor (or the newest), newest first, and the next cursor. */
    public List<Row> newestFirst(OptionalLong olderThan, int size) {
        long next = olderThan.isPresent() ? olderThan.getAsLong() - 1 : lastSeq();
        List<Row> rows = new ArrayList<>();
        // A number taken by a registration that then failed leaves a gap; the next window fills the page.
        while (rows.size() < size && next >= 1) {
            long low = Math.max(1, next - (size - rows.size()) + 1);
            List<Long> window = LongStream.rangeClosed(low, next).boxed().toList();
            mongo.find(Query.query(Criteria.where("seq").in(window)), Document.class, COLLECTION).stream()
                    .map(this::open).sorted(Comparator.comparingLong(Row::seq).reversed()).forEach(rows::add);
            next = low - 1;
        }
        return rows;
    }

    public Optional<Row> byHospitalNumber(String hospitalNumber) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("hospitalNumberKey").is(index.of("hospitalNumber", hospitalNumber))),
                Document.class, COLLECTION)).map(this::open);
    }

    public List<Row> byName(String searchForm) {
        return byLookup("name", searchForm);
    }

    public List<Row> byPhone(String e164) {
        return byLookup("phone", e164);
    }

    private List<Row> byLookup(String field, String value) {
        Document lookup = mongo.findById(field + ":" + index.of(field, value), Document.class, LOOKUP);
        if (lookup == null) {
            return List.of();
        }
        List<String> ids = lookup.getList("patients", String.class).stream().limit(MAX_MATCHES).toList();
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, COLLECTION).stream().map(this::open).toList();
    }

    private void addLookup(String field, String value, String id) {
        mongo.upsert(Query.query(Criteria.where("_id").is(field + ":" + index.of(field, value))), new Update().addToSet("patients", id), LOOKUP);
    }

    private long nextSeq() {
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(COLLECTION)), new Update().inc("seq", 1L),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COUNTERS);
        return ((Number) counter.get("seq")).longValue();
    }

    private long lastSeq() {
        Document counter = mongo.findById(COLLECTION, Document.class, COUNTERS);
        return counter == null ? 0 : ((Number) counter.get("seq")).longValue();
    }

    private Binary seal(String id, String field, String value) {
        return new Binary(cipher.encrypt(value.getBytes(StandardCharsets.UTF_8), boundTo(id, field)));
    }

    private String unseal(Document document, String field) {
        String id = document.getString("_id");
        try {
            return new String(cipher.decrypt(document.get(field, Binary.class).getData(), boundTo(id, field)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException changedOrMoved) {
            throw new IllegalStateException("Patient " + id + ": the stored " + field + " does not decrypt (changed, moved or another key)",
                    changedOrMoved);
        }
    }

    private Row open(Document document) {
        Patient patient = new Patient(new PatientId(document.getString("_id")), unseal(document, "name"), unseal(document, "phone"),
                unseal(document, "hospitalNumber"), Integer.parseInt(unseal(document, "birthYear")), document.getDate("registeredAt").toInstant());
        return new Row(((Number) document.get("seq")).longValue(), patient);
    }

    private static String boundTo(String id, String field) {
        return COLLECTION + "/" + id + "/" + field;
    }
}
