package care.clearconsent.consent.api;

import care.clearconsent.consent.Confirmation;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.DisplayModes;
import care.clearconsent.consent.Journey;
import care.clearconsent.consent.JourneyAccess;
import care.clearconsent.consent.JourneyProperties;
import care.clearconsent.consent.JourneyRejected;
import care.clearconsent.consent.PatientRead;
import care.clearconsent.consent.PatientReads;
import care.clearconsent.consent.PatientRequest;
import care.clearconsent.consent.PatientSession;
import care.clearconsent.consent.QuizResult;
import care.clearconsent.consent.ScreenText;
import care.clearconsent.consent.Step;
import care.clearconsent.consent.api.PatientApiModel.AnswerRequest;
import care.clearconsent.consent.api.PatientApiModel.AnswerResult;
import care.clearconsent.consent.api.PatientApiModel.ContentView;
import care.clearconsent.consent.api.PatientApiModel.DecisionRequest;
import care.clearconsent.consent.api.PatientApiModel.DisplayRequest;
import care.clearconsent.consent.api.PatientApiModel.JourneyStatusView;
import care.clearconsent.consent.api.PatientApiModel.ListeningRequest;
import care.clearconsent.consent.api.PatientApiModel.PatientRequestBody;
import care.clearconsent.consent.api.PatientApiModel.PatientRequestView;
import care.clearconsent.consent.api.PatientApiModel.QuestionRequest;
import care.clearconsent.consent.api.PatientApiModel.ReceiptView;
import care.clearconsent.consent.api.PatientApiModel.SessionGranted;
import care.clearconsent.consent.api.PatientApiModel.SessionRequest;
import care.clearconsent.consent.api.PatientApiModel.SignatureRequest;
import care.clearconsent.consent.api.PatientApiModel.StepRequest;
import care.clearconsent.consent.api.PatientApiModel.WithdrawalRequest;
import care.clearconsent.content.Language;
import care.clearconsent.content.ReadingLevel;
import care.clearconsent.explanation.InstitutionSchedule;
import care.clearconsent.shared.api.ApiRejected;
import com.vaadin.flow.i18n.I18NProvider;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The patient's own phone: the same journey as on the tablet, through the same service, rules, reason codes and
 * stored events. A link token is exchanged once for a short-lived session token bound to that one journey; every
 * other call carries it as a bearer token and acts only on that journey.
 */
@RestController
@RequestMapping(path = "/api/v1/patient", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Patient", description = "A patient's own journey, on their phone")
class PatientApiController {

    private final ConsentJourneys journeys;
    private final PatientReads reads;
    private final JourneyAccess access;
    private final JourneyProperties properties;
    private final I18NProvider messages;
    private final InstitutionSchedule institution;
    private final Clock clock;

    PatientApiController(ConsentJourneys journeys, PatientReads reads, JourneyAccess access, JourneyProperties properties,
                         I18NProvider messages, InstitutionSchedule institution, Clock clock) {
        this.journeys = journeys;
        this.reads = reads;
        this.access = access;
        this.properties = properties;
        this.messages = messages;
        this.institution = institution;
        this.clock = clock;
    }

    @PostMapping(path = "/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Exchange a journey link's token, once, for a session token bound to that journey")
    ResponseEntity<SessionGranted> openSession(@Valid @RequestBody SessionRequest request) {
        PatientSession session = access.redeem(request.linkToken(), properties.apiSessionLifetime())
                .orElseThrow(() -> new ApiRejected(HttpStatus.UNAUTHORIZED, "link-invalid",
                        "This link is not valid: it was used already, has expired or was replaced. Ask the clinic for a new one."));
        Journey journey = journeys.find(session.journeyId()).orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(org.springframework.http.CacheControl.noStore())
                .body(new SessionGranted(session.secret(), clock.instant().plus(properties.apiSessionLifetime()), PatientApiViews.status(journey)));
    }

    @GetMapping("/journey")
    @Operation(summary = "The journey's state: step, steps, language, display modes, version", security = @SecurityRequirement(name = "patient-session"))
    JourneyStatusView status(@Parameter(hidden = true) @RequestAttribute(PatientSessions.HELD) HeldJourney held) {
        JourneyStatusView status = PatientApiViews.status(held.journey());
        recordRead(held, PatientRead.STATUS);
        return status;
    }

    @GetMapping("/journey/content")
    @Operation(summary = "The explanation the journey was started on, in a language and reading level", security = @SecurityRequirement(name = "patient-session"))
    ContentView content(@Parameter(hidden = true) @RequestAttribute(PatientSessions.HELD) HeldJourney held,
                        @RequestParam(defaultValue = "") String language, @RequestParam(defaultValue = "standard") String level) {
        Journey journey = held.journey();
        Language shown = language.isEmpty() ? journey.state().language() : language(language);
        ReadingLevel reading = switch (level) {
            case "standard" -> ReadingLevel.STANDARD;
            case "simplified" -> ReadingLevel.SIMPLIFIED;
            default -> throw new ApiRejected(HttpStatus.BAD_REQUEST, "parameter-invalid", "level must be standard or simplified.");
        };
        ContentView content = PatientApiViews.content(journey, shown, reading);
        recordRead(held, PatientRead.CONTENT);
        return content;
    }

    @PostMapping(path = "/journey/display", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change the language and display modes", security = @SecurityRequirement(name = "patient-session"))
    JourneyStatusView display(@Parameter(hidden = true) @RequestAttribute(PatientSessions.HELD) HeldJourney held,
                              @Valid @RequestBody DisplayRequest request) {
        var modes = request.modes();
        return PatientApiViews.status(journeys.changeDisplay(held.id(), held.origin(), language(request.language()),
                new DisplayModes(modes.largeText(), modes.simplified(), modes.highContrast(), modes.voice(), modes.slowSpeech())));
    }

    @PostMapping(path = "/journey/steps", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open a step (a section, a question, the decision, the signature)", security = @SecurityRequirement(name = "patient-session"))
    JourneyStatusView show(@Parameter(hidden = true) @RequestAttribute(PatientSessions.HELD) HeldJourney held,
                           @Valid @RequestBody StepRequest request) {
        return PatientApiViews.status(journeys.show(held.id(), held.origin(), step(request.step()),
                request.returnTo() == null ? null : step(request.returnTo())));
    }

    @PostMapping("/journey/sections/{section}/pages/{page}")
    @Operation(summary = "Show a further part of a section read in parts", security = @SecurityRequirement(name = "patient-session"))
    JourneyStatusView showPage(@Parameter(hidden = true) @RequestAttribute(PatientSessions.HELD) HeldJourney held,
                               @PathVariable String section, @PathVariable int page) {
        return PatientApiViews.status(journeys.showPage(held.id(), held.origin(), section, page));
    }

    @PostMapping("/journey/sections/{section}/acknowledgement")
    @Operation(summary = "Acknowledge a section as read; the time it was on screen is measured by the server",
            security = @SecurityRequirement(name = "patient-session"))
    JourneyStatusView acknowledge(@Parameter(hidden = true) @RequestAttribute(PatientSessions.HELD) HeldJourney held,
                                  @PathVariable String section) {
        return PatientApiViews.status(journeys.acknowledge(held.journey(), held.origin(), section));
    }

    @PostMapping(path = "/journey/listening", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report listening to something read aloud", security = @SecurityRequirement(name = "patient-session"))
    JourneyStatusView listened(@Parameter(hidden = true) @RequestAttribute(PatientSessions.HELD) HeldJourney held,
                               @Valid @RequestBody ListeningRequest request) {
        return PatientApiViews.status(journeys.listened(held.id(), held.origin(), request.target(), request.action(), request.rate(),
                request.position(), request.shareHeard()));
    }

    @PostMapping(path = "/journey/questions/{question}/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Answer a quiz question", security = @SecurityRequirement(name = "patient-session"))
    AnswerResult answer(@Parameter(hidden = true) @RequestAttribute(PatientSessions.HELD) HeldJourney held,
                        @PathVariable String question, @Valid @RequestBody AnswerRequest request) {
        QuizResult result = journeys.answer(held.id(), held.origin(), question, request.option());
        return new AnswerResult(result.correct(), result.attempt(), result.journey().state().questionSettled(question),
                PatientApiViews.status(result.journey()));
    }

    @PostMapping(path = "/journey/questions-raised", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ask the nurse a question about a section", security = @SecurityRequirement(name = "patient-session"))
    JourneyStatusView raiseQuestion(@Parameter(hidden = true) @RequestAttribute(PatientSessions.HELD) HeldJourney held,
                                    @Valid @RequestBody QuestionRequest request) {
        return PatientApiViews.status(journeys.raiseQuestion(held.id(), held.origin(), request.section()));
    }

    @PostMapping(path = "/journey/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decide: agree (with a choice per purpose and per AI system), decline, or decide later",
            security = @SecurityRequirement(name = "patient-session"))
    JourneyStatusView decide(@Parameter(hidden = true) @RequestAttribute(PatientSessions.HELD) HeldJourney held,
                             @Valid @RequestBody DecisionRequest request) {
        return PatientApiViews.status(journeys.decide(held.id(), held.origin(), request.decision(), request.purposes(), request.aiSystems()));
    }

    @PostMapping(path = "/journey/signature", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sign the decision shown, by drawing or by typing the full name", security = @SecurityRequirement(name = "patient-session"))
    JourneyStatusView sign(@Parameter(hidden = true) @RequestAttribute(PatientSessions.HELD) HeldJourney held,
                           @Valid @RequestBody SignatureRequest request) {
        Confirmation confirmation = switch (request.form()) {
            case DRAWN -> new Confirmation.Drawn(png(request.imagePngBase64()));
            case TYPED_NAME -> new Confirmation.TypedName(request.typedName() == null ? "" : request.typedName());
        };
        return PatientApiViews.status(journeys.sign(held.id(), held.origin(), request.decisionHash(), request.method(), confirmation,
                request.representativeName(), request.representativeRelationship(), request.representativeReason()));
    }

    @PostMapping(path = "/journey/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Withdraw consent from now on: all of it, one purpose or one AI system", security = @SecurityRequirement(name = "patient-session"))
    JourneyStatusView withdraw(@Parameter(hidden = true) @RequestAttribute(PatientSessions.HELD) HeldJourney held,
                               @Valid @RequestBody WithdrawalRequest request) {
        return PatientApiViews.status(journeys.withdraw(held.id(), held.origin(), request.scope(), request.target(), request.reason()));
    }

    @PostMapping(path = "/journey/requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ask for an explanation of, or a human review of, an AI-assisted decision", security = @SecurityRequirement(name = "patient-session"))
    ResponseEntity<PatientRequestView> request(@Parameter(hidden = true) @RequestAttribute(PatientSessions.HELD) HeldJourney held,
                                               @Valid @RequestBody PatientRequestBody request) {
        PatientRequest made = journeys.makeRequest(held.id(), held.origin(), request.kind(), request.aiSystem());
        return ResponseEntity.status(HttpStatus.CREATED).body(new PatientRequestView(made.id(), made.kind(), made.aiSystem(), made.madeAt(),
                made.dueBy(), made.open()));
    }

    @GetMapping("/journey/receipt")
    @Operation(summary = "The receipt of the decision, line by line, in the journey's language", security = @SecurityRequirement(name = "patient-session"))
    ReceiptView receipt(@Parameter(hidden = true) @RequestAttribute(PatientSessions.HELD) HeldJourney held) {
        Journey journey = held.journey();
        if (journey.state().decision().isEmpty()) {
            throw new JourneyRejected("journey.decision.required");
        }
        ScreenText text = new ScreenText(messages, journey.state().language(), journey.content().content());
        ReceiptView receipt = new ReceiptView(journey.id().value(), journey.state().status().name(),
                text.receipt(journey.state(), journey.content().content(), institution.zone()));
        recordRead(held, PatientRead.RECEIPT);
        return receipt;
    }

    /** After the answer is built, so a refused read stores nothing. */
    private void recordRead(HeldJourney held, String what) {
        reads.record(held.id(), held.origin().device(), what);
    }

    private static Language language(String tag) {
        try {
            return Language.fromTag(tag.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException unsupported) {
            throw new ApiRejected(HttpStatus.BAD_REQUEST, "language-unsupported", "language must be ko or en.");
        }
    }

    private static Step step(String key) {
        try {
            return Step.fromKey(key);
        } catch (IllegalArgumentException notAStep) {
            throw new JourneyRejected("journey.step.unknown");
        }
    }

    private static byte[] png(String base64) {
        try {
            return Base64.getDecoder().decode(base64 == null ? "" : base64);
        } catch (IllegalArgumentException notBase64) {
            throw new ApiRejected(HttpStatus.BAD_REQUEST, "wrong-type", "imagePngBase64 is not base64.");
        }
    }
}
