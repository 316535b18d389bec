package care.clearconsent.consent.api;

import care.clearconsent.consent.Actor;
import care.clearconsent.consent.Confirmation;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.DisplayModes;
import care.clearconsent.consent.Journey;
import care.clearconsent.consent.JourneyAccess;
import care.clearconsent.consent.JourneyProperties;
import care.clearconsent.consent.JourneyRejected;
import care.clearconsent.consent.Origin;
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
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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

    private static final String BEARER = "Bearer ";

    private final ConsentJourneys journeys;
    private final JourneyAccess access;
    private final JourneyProperties properties;
    private final I18NProvider messages;
    private final InstitutionSchedule institution;
    private final Clock clock;

    PatientApiController(ConsentJourneys journeys, JourneyAccess access, JourneyProperties properties, I18NProvider messages,
                         InstitutionSchedule institution, Clock clock) {
        this.journeys = journeys;
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
    JourneyStatusView status(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        return PatientApiViews.status(held(authorization).journey());
    }

    @GetMapping("/journey/content")
    @Operation(summary = "The explanation the journey was started on, in a language and reading level", security = @SecurityRequirement(name = "patient-session"))
    ContentView content(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                        @RequestParam(defaultValue = "") String language, @RequestParam(defaultValue = "standard") String level) {
        Journey journey = held(authorization).journey();
        Language shown = language.isEmpty() ? journey.state().language() : language(language);
        ReadingLevel reading = switch (level) {
            case "standard" -> ReadingLevel.STANDARD;
            case "simplified" -> ReadingLevel.SIMPLIFIED;
            default -> throw new ApiRejected(HttpStatus.BAD_REQUEST, "parameter-invalid", "level must be standard or simplified.");
        };
        return PatientApiViews.content(journey, shown, reading);
    }

    @PostMapping(path = "/journey/display", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change the language and display modes", security = @SecurityRequirement(name = "patient-session"))
    JourneyStatusView display(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                              @Valid @RequestBody DisplayRequest request) {
        Held held = held(authorization);
        var modes = request.modes();
        return PatientApiViews.status(journeys.changeDisplay(held.id(), held.origin(), language(request.language()),
                new DisplayModes(modes.largeText(), modes.simplified(), modes.highContrast(), modes.voice(), modes.slowSpeech())));
    }

    @PostMapping(path = "/journey/steps", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open a step (a section, a question, the decision, the signature)", security = @SecurityRequirement(name = "patient-session"))
    JourneyStatusView show(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                           @Valid @RequestBody StepRequest request) {
        Held held = held(authorization);
        return PatientApiViews.status(journeys.show(held.id(), held.origin(), step(request.step()),
                request.returnTo() == null ? null : step(request.returnTo())));
    }

    @PostMapping("/journey/sections/{section}/pages/{page}")
    @Operation(summary = "Show a further part of a section read in parts", security = @SecurityRequirement(name = "patient-session"))
    JourneyStatusView showPage(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                               @PathVariable String section, @PathVariable int page) {
        Held held = held(authorization);
        return PatientApiViews.status(journeys.showPage(held.id(), held.origin(), section, page));
    }

    @PostMapping("/journey/sections/{section}/acknowledgement")
    @Operation(summary = "Acknowledge a section as read; the time it was on screen is measured by the server",
            security = @SecurityRequirement(name = "patient-session"))
    JourneyStatusView acknowledge(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                  @PathVariable String section) {
        Held held = held(authorization);
        return PatientApiViews.status(journeys.acknowledge(held.id(), held.origin(), section));
    }

    @PostMapping(path = "/journey/listening", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report listening to something read aloud", security = @SecurityRequirement(name = "patient-session"))
    JourneyStatusView listened(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                               @Valid @RequestBody ListeningRequest request) {
        Held held = held(authorization);
        return PatientApiViews.status(journeys.listened(held.id(), held.origin(), request.target(), request.action(), request.rate(),
                request.position(), request.shareHeard()));
    }

    @PostMapping(path = "/journey/questions/{question}/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Answer a quiz question", security = @SecurityRequirement(name = "patient-session"))
    AnswerResult answer(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                        @PathVariable String question, @Valid @RequestBody AnswerRequest request) {
        Held held = held(authorization);
        QuizResult result = journeys.answer(held.id(), held.origin(), question, request.option());
        return new AnswerResult(result.correct(), result.attempt(), result.journey().state().questionSettled(question),
                PatientApiViews.status(result.journey()));
    }

    @PostMapping(path = "/journey/questions-raised", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ask the nurse a question about a section", security = @SecurityRequirement(name = "patient-session"))
    JourneyStatusView raiseQuestion(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                    @Valid @RequestBody QuestionRequest request) {
        Held held = held(authorization);
        return PatientApiViews.status(journeys.raiseQuestion(held.id(), held.origin(), request.section()));
    }

    @PostMapping(path = "/journey/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decide: agree (with a choice per purpose and per AI system), decline, or decide later",
            security = @SecurityRequirement(name = "patient-session"))
    JourneyStatusView decide(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                             @Valid @RequestBody DecisionRequest request) {
        Held held = held(authorization);
        return PatientApiViews.status(journeys.decide(held.id(), held.origin(), request.decision(), request.purposes(), request.aiSystems()));
    }

    @PostMapping(path = "/journey/signature", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sign the decision shown, by drawing or by typing the full name", security = @SecurityRequirement(name = "patient-session"))
    JourneyStatusView sign(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                           @Valid @RequestBody SignatureRequest request) {
        Held held = held(authorization);
        Confirmation confirmation = switch (request.form()) {
            case DRAWN -> new Confirmation.Drawn(png(request.imagePngBase64()));
            case TYPED_NAME -> new Confirmation.TypedName(request.typedName() == null ? "" : request.typedName());
        };
        return PatientApiViews.status(journeys.sign(held.id(), held.origin(), request.decisionHash(), request.method(), confirmation,
                request.representativeName(), request.representativeRelationship(), request.representativeReason()));
    }

    @PostMapping(path = "/journey/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Withdraw consent from now on: all of it, one purpose or one AI system", security = @SecurityRequirement(name = "patient-session"))
    JourneyStatusView withdraw(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                               @Valid @RequestBody WithdrawalRequest request) {
        Held held = held(authorization);
        return PatientApiViews.status(journeys.withdraw(held.id(), held.origin(), request.scope(), request.target(), request.reason()));
    }

    @PostMapping(path = "/journey/requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ask for an explanation of, or a human review of, an AI-assisted decision", security = @SecurityRequirement(name = "patient-session"))
    ResponseEntity<PatientRequestView> request(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                               @Valid @RequestBody PatientRequestBody request) {
        Held held = held(authorization);
        PatientRequest made = journeys.makeRequest(held.id(), held.origin(), request.kind(), request.aiSystem());
        return ResponseEntity.status(HttpStatus.CREATED).body(new PatientRequestView(made.id(), made.kind(), made.aiSystem(), made.madeAt(),
                made.dueBy(), made.open()));
    }

    @GetMapping("/journey/receipt")
    @Operation(summary = "The receipt of the decision, line by line, in the journey's language", security = @SecurityRequirement(name = "patient-session"))
    ReceiptView receipt(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        Journey journey = held(authorization).journey();
        if (journey.state().decision().isEmpty()) {
            throw new JourneyRejected("journey.decision.required");
        }
        ScreenText text = new ScreenText(messages, journey.state().language(), journey.content().content());
        return new ReceiptView(journey.id().value(), journey.state().status().name(),
                text.receipt(journey.state(), journey.content().content(), institution.zone()));
    }

    /** The journey a bearer session token holds, with the origin its events are recorded with. */
    private Held held(String authorization) {
        String token = authorization != null && authorization.startsWith(BEARER) ? authorization.substring(BEARER.length()).strip() : "";
        Journey journey = journeys.forSession(token).orElseThrow(() -> new ApiRejected(HttpStatus.UNAUTHORIZED, "session-invalid",
                "The session token is missing, expired or ended. Open the link from the clinic again."));
        return new Held(journey, new Origin(Actor.patient(journey.patientId()), device(token)));
    }

    /** The phone an event came from, named without storing the token that would let someone take the journey over. */
    private static String device(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return "api-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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

    private record Held(Journey journey, Origin origin) {
        care.clearconsent.consent.JourneyId id() {
            return journey.id();
        }
    }
}
