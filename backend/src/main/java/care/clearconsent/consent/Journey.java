package care.clearconsent.consent;

import care.clearconsent.explanation.PublishedContent;

/** An open journey: who it is for, the content it runs on, its plan and where it stands now. */
public record Journey(JourneyId id, String patientId, PublishedContent content, JourneyPlan plan, JourneyState state) {
}
