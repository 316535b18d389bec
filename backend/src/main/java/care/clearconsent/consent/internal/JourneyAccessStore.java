package care.clearconsent.consent.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Links and patient sessions in the store. Every change of state is one single-document atomic update guarded by the
 * state it expects, so two tablets racing for one link cannot both win.
 */
@Component
public class JourneyAccessStore {

    private final MongoTemplate mongo;

    JourneyAccessStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void insertLink(JourneyLinkDocument link) {
        mongo.insert(link);
    }

    /** Marks a live link used and returns it; empty when it is unknown, used, revoked or expired. */
    public Optional<JourneyLinkDocument> useLink(String tokenHash, Instant now) {
        Query live = Query.query(Criteria.where("_id").is(tokenHash).and("usedAt").is(null).and("revokedAt").is(null).and("expiresAt").gt(now));
        return Optional.ofNullable(mongo.findAndModify(live, Update.update("usedAt", now),
                FindAndModifyOptions.options().returnNew(true), JourneyLinkDocument.class));
    }

    /** Revokes every link of the journey that has not been used yet. */
    public void revokeUnusedLinks(String journeyId, Instant now) {
        mongo.updateMulti(Query.query(Criteria.where("journeyId").is(journeyId).and("usedAt").is(null).and("revokedAt").is(null)),
                Update.update("revokedAt", now), JourneyLinkDocument.class);
    }

    public void insertSession(PatientSessionDocument session) {
        mongo.insert(session);
    }

    public Optional<PatientSessionDocument> liveSession(String secretHash, Instant now) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(secretHash).and("endedAt").is(null).and("expiresAt").gt(now)),
                PatientSessionDocument.class));
    }

    public void endSession(String secretHash, Instant now) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(secretHash).and("endedAt").is(null)), Update.update("endedAt", now),
                PatientSessionDocument.class);
    }

    /** Ends the journey's other sessions: one tablet holds a journey at a time. */
    public void endSessionsOfJourney(String journeyId, Instant now) {
        mongo.updateMulti(Query.query(Criteria.where("journeyId").is(journeyId).and("endedAt").is(null)), Update.update("endedAt", now),
                PatientSessionDocument.class);
    }
}
