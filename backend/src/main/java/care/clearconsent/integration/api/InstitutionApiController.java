package care.clearconsent.integration.api;

import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.JourneyId;
import care.clearconsent.consent.JourneyProperties;
import care.clearconsent.consent.JourneyStatus;
import care.clearconsent.consent.JourneySummary;
import care.clearconsent.consent.StartedJourney;
import care.clearconsent.integration.ApiClient;
import care.clearconsent.integration.ApiKeyAuthentication;
import care.clearconsent.content.Language;
import care.clearconsent.patients.NewPatient;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.RegistrationRejected;
import care.clearconsent.reminders.ReminderRejected;
import care.clearconsent.reminders.SmsOutbox;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import care.clearconsent.patients.PatientId;
import care.clearconsent.patients.PatientRegistry;
import care.clearconsent.shared.api.ApiRejected;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What hospital systems need, with an API key of the right scope: an invitation for a patient (a journey and the
 * personal link to it) and each patient's consent status. Every read of a patient's journey is recorded in that
 * journey's access audit, naming the system.
 */
@RestController
@Tag(name = "Institution", description = "Hospital systems, with an API key")
class InstitutionApiController {

    static final int MAX_PAGE = 50;
    private static final String DEVICE = "api";
    /** A journey in one of these states is done with; an invitation then starts a new one. */
    private static final Set<JourneyStatus> DECIDED = Set.of(JourneyStatus.AGREED, JourneyStatus.DECLINED, JourneyStatus.WITHDRAWN);

    private final ConsentJourneys journeys;
    private final PatientRegistry patients;
    private final SmsOutbox reminders;
    private final JourneyProperties properties;
    private final I18NProvider messages;
    private final Clock clock;

    InstitutionApiController(ConsentJourneys journeys, PatientRegistry patients, SmsOutbox reminders, JourneyProperties properties,
                             I18NProvider messages, Clock clock) {
        this.journeys = journeys;
        this.patients = patients;
        this.reminders = reminders;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    record InvitationRequest(@NotBlank @Size(max = 20) String patientId) {
    }

    record Invitation(String patientId, String journeyId, String link, Instant expiresAt) {
    }

    /** As the nurse types it: the number is checked as a mobile number (national numbers are read as Korean). */
    record PatientRegistration(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 30) String phone,
                               @NotBlank @Size(max = 40) String hospitalNumber, @NotBlank @Size(max = 4) String birthYear) {
    }

    record RegisteredPatient(String patientId, String phoneEnding) {
    }

    /** @param language of the reminder, {@code ko} or {@code en}; Korean when not given */
    record AppointmentRequest(@jakarta.validation.constraints.NotNull Instant at,
                              @Nullable @jakarta.validation.constraints.Pattern(regexp = "ko|en") String language) {
    }

    record AppointmentReminder(String patientId, String messageId, Instant appointmentAt) {
    }

    record JourneyStatusLine(String journeyId, String status, String contentVersion, Instant startedAt, boolean consentNeededAgain,
                             Set<String> declinedAiSystems, Set<String> withdrawn) {
    }

    record ConsentStatus(String patientId, List<JourneyStatusLine> journeys, @Nullable String nextCursor) {
    }

    @PostMapping(path = "/api/v1/invitations", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Invite a patient: their open journey, or a new one, and a personal link to it (single use, expiring)",
            security = @SecurityRequirement(name = "api-key"))
    ResponseEntity<Invitation> invite(HttpServletRequest request, @Valid @RequestBody InvitationRequest invitation) {
        ApiClient client = ApiKeyAuthentication.client(request);
        Patient patient = patient(invitation.patientId());
        JourneyId journey;
        String token;
        var open = journeys.journeysOf(patient.id()).stream().filter(j -> !DECIDED.contains(j.status())).findFirst();
        if (open.isPresent()) {
            journey = open.get().id();
            token = journeys.issueLink(journey, client.auditName());
        } else {
            StartedJourney started = journeys.start(patient.id(), client.auditName(), DEVICE);
            journey = started.id();
            token = started.linkToken();
        }
        String link = ServletUriComponentsBuilder.fromContextPath(request).path("/journey/" + token).toUriString();
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(org.springframework.http.CacheControl.noStore())
                .body(new Invitation(patient.id().value(), journey.value(), link, clock.instant().plus(properties.linkLifetime())));
    }

    @PostMapping(path = "/api/v1/patients", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a patient (name, mobile number, hospital number, birth year), to invite and remind them",
            security = @SecurityRequirement(name = "api-key"))
    ResponseEntity<RegisteredPatient> register(HttpServletRequest request, @Valid @RequestBody PatientRegistration registration) {
        ApiClient client = ApiKeyAuthentication.client(request);
        try {
            Patient patient = patients.register(new NewPatient(registration.name(), registration.phone(), registration.hospitalNumber(),
                    registration.birthYear()), client.auditName());
            return ResponseEntity.status(HttpStatus.CREATED).body(new RegisteredPatient(patient.id().value(), patient.phoneEnding()));
        } catch (RegistrationRejected rejected) {
            throw new ApiRejected(HttpStatus.UNPROCESSABLE_CONTENT, "registration-invalid", rejected.problems().stream()
                    .map(problem -> problem.field() + ": " + messages.getTranslation(problem.messageKey(), Locale.ENGLISH))
                    .collect(java.util.stream.Collectors.joining(" ")));
        }
    }

    @PostMapping(path = "/api/v1/patients/{patientId}/appointments", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A patient's appointment: a text reminder to read the explanation is sent the day before (never at night, "
            + "never after the appointment)", security = @SecurityRequirement(name = "api-key"))
    ResponseEntity<AppointmentReminder> appointment(HttpServletRequest request, @PathVariable String patientId,
                                                    @Valid @RequestBody AppointmentRequest appointment) {
        ApiClient client = ApiKeyAuthentication.client(request);
        Patient patient = patient(patientId);
        Language language = appointment.language() == null ? Language.KO : Language.fromTag(appointment.language());
        try {
            String id = reminders.scheduleAppointment(patient, language, appointment.at(), client.auditName());
            return ResponseEntity.status(HttpStatus.CREATED).body(new AppointmentReminder(patient.id().value(), id, appointment.at()));
        } catch (ReminderRejected rejected) {
            throw new ApiRejected(HttpStatus.UNPROCESSABLE_CONTENT, "appointment-invalid", messages.getTranslation(rejected.messageKey(), Locale.ENGLISH));
        }
    }

    @GetMapping(path = "/api/v1/patients/{patientId}/consent-status", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A patient's journeys and the consent status of each, newest first, a page at a time (cursor)",
            security = @SecurityRequirement(name = "api-key"))
    ConsentStatus status(HttpServletRequest request, @PathVariable String patientId, @RequestParam(required = false) @Nullable String cursor,
                         @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new ApiRejected(HttpStatus.BAD_REQUEST, "parameter-invalid", "limit must be 1 to " + MAX_PAGE + ".");
        }
        ApiClient client = ApiKeyAuthentication.client(request);
        Patient patient = patient(patientId);
        List<JourneySummary> all = journeys.journeysOf(patient.id()).stream()
                .sorted(Comparator.comparing(JourneySummary::startedAt).reversed().thenComparing(j -> j.id().value())).toList();
        int from = 0;
        if (cursor != null) {
            String after = decode(cursor);
            from = all.stream().map(j -> j.id().value()).toList().indexOf(after) + 1;
            if (from == 0) {
                throw new ApiRejected(HttpStatus.BAD_REQUEST, "cursor-invalid", "The cursor is not one this API gave.");
            }
        }
        List<JourneySummary> page = all.subList(from, Math.min(all.size(), from + limit));
        page.forEach(journey -> journeys.recordAccess(journey.id(), client.auditName(), DEVICE, "consent-status", "care"));
        String next = from + limit < all.size() ? encode(page.getLast().id().value()) : null;
        return new ConsentStatus(patient.id().value(), page.stream().map(j -> new JourneyStatusLine(j.id().value(), j.status().name(), j.version(),
                j.startedAt(), j.consentNeededAgain(), j.declinedSystems(), j.partlyWithdrawn())).toList(), next);
    }

    private Patient patient(String patientId) {
        return PatientId.parse(patientId).flatMap(patients::find)
                .orElseThrow(() -> new ApiRejected(HttpStatus.NOT_FOUND, "patient-unknown", "There is no patient with this id."));
    }

    private static String encode(String journeyId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(journeyId.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notOurs) {
            throw new ApiRejected(HttpStatus.BAD_REQUEST, "cursor-invalid", "The cursor is not one this API gave.");
        }
    }
}
