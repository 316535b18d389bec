package care.clearconsent.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.TestClock;
import care.clearconsent.TestClockConfiguration;
import care.clearconsent.consent.Actor;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.JourneyId;
import care.clearconsent.consent.JourneyWalk;
import care.clearconsent.consent.Origin;
import care.clearconsent.content.Language;
import care.clearconsent.explanation.InstitutionSchedule;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import care.clearconsent.patients.TestPatients;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reminders against a local fake of Twilio's API: the exact request, retries, blocks, a crash mid-send, quiet hours,
 * every way to stop reminders, and signed webhooks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class SmsOutboxTest {

    static final TwilioFake TWILIO = new TwilioFake();
    private static final AtomicInteger PHONES = new AtomicInteger(1000);

    @DynamicPropertySource
    static void twilio(DynamicPropertyRegistry registry) {
        TWILIO.properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void stopTwilio() {
        TWILIO.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    SmsOutbox outbox;
    @Autowired
    OutboxSweeper sweeper;
    @Autowired
    ConsentJourneys journeys;
    @Autowired
    PatientRegistry patients;
    @Autowired
    InstitutionSchedule institution;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestClock clock;
    @Autowired
    care.clearconsent.consent.JourneyAccess access;
    @Autowired
    care.clearconsent.explanation.ExplanationCatalogue catalogue;

    @BeforeEach
    void reset() {
        TWILIO.reset();
        leaveQuietHours();
        sweeper.sweep();
    }

    @Test
    void a_signed_decision_sends_its_receipt_as_exactly_the_request_twilio_expects() {
        TWILIO.accept();
        Patient patient = newPatient();
        JourneyId journey = agreedJourney(patient);

        sweeper.sweep();

        List<LoggedRequest> sends = TWILIO.sendsTo(patient.phoneNumber());
        assertThat(sends).hasSize(1);
        LoggedRequest request = sends.getFirst();
        assertThat(request.getUrl()).isEqualTo(TwilioFake.MESSAGES);
        assertThat(request.getHeader("Authorization")).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                (TwilioFake.ACCOUNT + ":" + TwilioFake.AUTH_TOKEN).getBytes(StandardCharsets.UTF_8)));
        Map<String, String> form = TwilioFake.form(request);
        OutboxMessage sent = onlyMessage(patient, MessageKind.RECEIPT);
        assertThat(form).containsOnlyKeys("To", "From", "Body", "StatusCallback");
        assertThat(form.get("To")).isEqualTo(patient.phoneNumber());
        assertThat(form.get("From")).isEqualTo(TwilioFake.FROM);
        assertThat(form.get("StatusCallback")).isEqualTo(TwilioFake.PUBLIC_URL + "/api/v1/sms/twilio/status/" + sent.id());
        assertThat(form.get("Body")).startsWith("[ClearConsent] 결정이 기록되었습니다.").contains(TwilioFake.PUBLIC_URL + "/journey/",
                TwilioFake.PUBLIC_URL + "/sms/stop/").doesNotContain("AI 시스템", patient.displayName());
        assertThat(sent.state()).isEqualTo(MessageState.SENT);
        assertThat(sent.journeyId()).isEqualTo(journey.value());

        Document stored = mongo.getCollection("sms_outbox").find(new Document("_id", sent.id())).first();
        assertThat(stored.toJson()).as("the number and the body are encrypted at rest")
                .doesNotContain(patient.phoneNumber().substring(3)).doesNotContain("/journey/");
        String link = form.get("Body").replaceAll(".*" + TwilioFake.PUBLIC_URL + "/journey/([A-Za-z0-9_-]{43}).*", "$1");
        assertThat(journeys.forSession("x")).isEmpty();
        assertThat(link).hasSize(43);
    }

    @Test
    void a_new_major_version_asks_each_patient_who_agreed_before_to_review_it_once_on_a_new_journey() {
        TWILIO.accept();
        Patient agreed = newPatient();
        JourneyId before = agreedJourney(agreed);
        Patient undecided = newPatient();
        journeys.start(undecided.id(), "nurse", "desk");
        sweeper.sweep();
        TWILIO.reset();
        TWILIO.accept();

        catalogue.changeSetting("decline-ai-chest-xray", "not-offered", "chief");
        try {
            sweeper.sweep();
            theMajorChangeWasSentOnce(agreed, undecided, before);
        } finally {
            catalogue.changeSetting("decline-ai-chest-xray", "offered", "chief");
            sweeper.sweep();
        }
    }

    private void theMajorChangeWasSentOnce(Patient agreed, Patient undecided, JourneyId before) {

        assertThat(TWILIO.sendsTo(undecided.phoneNumber())).as("never agreed: nothing to review again").isEmpty();
        assertThat(TWILIO.sendsTo(agreed.phoneNumber())).singleElement().satisfies(request ->
                assertThat(TwilioFake.form(request).get("Body")).contains("AI 이용 설명이 바뀌었습니다"));
        OutboxMessage changed = onlyMessage(agreed, MessageKind.CONTENT_CHANGED);
        assertThat(changed.journeyId()).as("the message opens a new journey on the new version").isNotNull().isNotEqualTo(before.value());
        assertThat(journeys.find(new JourneyId(changed.journeyId())).orElseThrow().content().hash()).isEqualTo(catalogue.current().hash());

        catalogue.changeSetting("privacy-officer", "Privacy Office, 02-555-0199", "chief");
        sweeper.sweep();
        assertThat(TWILIO.sendsTo(agreed.phoneNumber())).as("a minor change asks nobody again").hasSize(1);
    }

    @Test
    void decide_later_a_withdrawal_and_an_answered_request_each_text_the_patient_once_and_deciding_cancels_the_follow_up() {
        TWILIO.accept();
        Patient later = newPatient();
        Origin laterOrigin = new Origin(Actor.patient(later.id().value()), "web-0123456789abcdef");
        JourneyId laterJourney = journeys.start(later.id(), "nurse", "desk").id();
        JourneyWalk.toDecision(journeys, laterJourney, laterOrigin);
        journeys.decide(laterJourney, laterOrigin, care.clearconsent.consent.Decision.LATER, Map.of(), Map.of());
        Patient decidesLater = newPatient();
        Origin decidesOrigin = new Origin(Actor.patient(decidesLater.id().value()), "web-0123456789abcdef");
        JourneyId decidesJourney = journeys.start(decidesLater.id(), "nurse", "desk").id();
        JourneyWalk.toDecision(journeys, decidesJourney, decidesOrigin);
        journeys.decide(decidesJourney, decidesOrigin, care.clearconsent.consent.Decision.LATER, Map.of(), Map.of());
        sweeper.sweep();
        assertThat(onlyMessage(later, MessageKind.DECIDE_LATER).state()).as("two days later").isEqualTo(MessageState.SCHEDULED);
        assertThat(onlyMessage(later, MessageKind.DECIDE_LATER).dueAt()).isEqualTo(clock.instant().plus(Duration.ofDays(2)));
        clock.advance(Duration.ofMinutes(5));
        JourneyWalk.agreeAndSign(journeys, journeys.start(decidesLater.id(), "nurse", "desk").id(), decidesOrigin, true);

        Patient withdraws = newPatient();
        JourneyId agreed = agreedJourney(withdraws);
        Origin nurse = new Origin(Actor.nurse("nurse"), "desk");
        var request = journeys.makeRequest(agreed, nurse, care.clearconsent.consent.RequestKind.HUMAN_REVIEW,
                journeys.find(agreed).orElseThrow().content().content().aiSystems().getFirst().id());
        journeys.answerRequest(agreed, nurse, request.id(), care.clearconsent.consent.RequestOutcome.EXPLAINED);
        journeys.withdraw(agreed, new Origin(Actor.patient(withdraws.id().value()), "web-0123456789abcdef"),
                care.clearconsent.consent.WithdrawalScope.ALL, null, null);
        clock.advance(Duration.ofDays(2).plusMinutes(1));
        leaveQuietHours();
        sweeper.sweep();

        assertThat(bodiesTo(later)).singleElement().satisfies(body -> assertThat(body).contains("아직 결정하지 않으셨습니다"));
        assertThat(onlyMessage(later, MessageKind.DECIDE_LATER).journeyId()).as("the follow-up opens a new journey")
                .isNotEqualTo(laterJourney.value());
        assertThat(onlyMessage(decidesLater, MessageKind.DECIDE_LATER).state()).as("decided meanwhile").isEqualTo(MessageState.CANCELLED);
        assertThat(bodiesTo(decidesLater)).as("only the receipt").singleElement().satisfies(body -> assertThat(body).contains("결정이 기록되었습니다"));
        assertThat(bodiesTo(withdraws)).hasSize(3).anySatisfy(body -> assertThat(body).contains("요청하신 내용에 답변이 있습니다"))
                .anySatisfy(body -> assertThat(body).contains("동의 철회가 기록되었습니다"));
        for (String body : bodiesTo(withdraws)) {
            String token = body.replaceAll(".*" + TwilioFake.PUBLIC_URL + "/journey/([A-Za-z0-9_-]{43}).*", "$1");
            assertThat(access.redeem(token)).as("each text's link opens the journey, once").isPresent();
            assertThat(access.redeem(token)).isEmpty();
        }
    }

    private List<String> bodiesTo(Patient patient) {
        return TWILIO.sendsTo(patient.phoneNumber()).stream().map(request -> TwilioFake.form(request).get("Body")).toList();
    }

    @Test
    void a_message_that_cannot_be_prepared_fails_alone_after_its_attempts_and_the_others_go() {
        TWILIO.accept();
        Patient broken = newPatient();
        Patient fine = newPatient();
        outbox.schedule(broken, new JourneyId(java.util.UUID.randomUUID().toString()), MessageKind.REQUEST_ANSWERED, Language.KO, clock.instant(), null,
                "broken:" + broken.id().value());
        outbox.schedule(fine, agreedJourney(fine), MessageKind.REQUEST_ANSWERED, Language.KO, clock.instant(), null, "fine:" + fine.id().value());

        for (int attempt = 0; attempt < 6; attempt++) {
            sweeper.sweep();
            clock.advance(Duration.ofMinutes(20));
            leaveQuietHours();
        }

        assertThat(bodiesTo(fine)).hasSize(2);
        OutboxMessage failed = onlyMessage(broken, MessageKind.REQUEST_ANSWERED);
        assertThat(failed.state()).isEqualTo(MessageState.FAILED);
        assertThat(failed.attempts()).isEqualTo(5);
        assertThat(TWILIO.sendsTo(broken.phoneNumber())).isEmpty();
    }

    @Test
    void a_503_is_retried_once_later_and_ends_in_exactly_one_delivered_message() throws Exception {
        TWILIO.unavailableOnce();
        Patient patient = newPatient();
        agreedJourney(patient);

        sweeper.sweep();
        OutboxMessage waiting = onlyMessage(patient, MessageKind.RECEIPT);
        assertThat(waiting.state()).as(String.valueOf(waiting.history())).isEqualTo(MessageState.SCHEDULED);
        assertThat(waiting.attempts()).isEqualTo(1);
        sweeper.sweep();
        assertThat(TWILIO.sendsTo(patient.phoneNumber())).as("not before the backoff").hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        sweeper.sweep();
        sweeper.sweep();

        assertThat(TWILIO.sendsTo(patient.phoneNumber())).hasSize(2);
        assertThat(onlyMessage(patient, MessageKind.RECEIPT).state()).isEqualTo(MessageState.SENT);
        assertThat(callback(onlyMessage(patient, MessageKind.RECEIPT).id(), Map.of("MessageStatus", "delivered", "MessageSid", "SM1"), true))
                .isEqualTo(204);
        assertThat(onlyMessage(patient, MessageKind.RECEIPT).state()).isEqualTo(MessageState.DELIVERED);
    }

    @Test
    void error_21211_blocks_the_number_stops_retries_and_staff_unblock_it() {
        TWILIO.refuse(21211, "The 'To' number is not a valid phone number.");
        Patient patient = newPatient();
        JourneyId journey = agreedJourney(patient);

        sweeper.sweep();
        assertThat(onlyMessage(patient, MessageKind.RECEIPT).state()).isEqualTo(MessageState.BLOCKED);
        outbox.schedule(patient, journey, MessageKind.REQUEST_ANSWERED, Language.KO, clock.instant(), null, "answered:" + patient.id().value());
        clock.advance(Duration.ofHours(1));
        sweeper.sweep();

        assertThat(TWILIO.sendsTo(patient.phoneNumber())).as("never retried, and the next message is not sent").hasSize(1);
        assertThat(onlyMessage(patient, MessageKind.REQUEST_ANSWERED).state()).isEqualTo(MessageState.BLOCKED);
        var blocked = outbox.blockedNumbers().stream().filter(number -> number.phoneEnding().equals(patient.phoneEnding())).findFirst().orElseThrow();
        assertThat(blocked.code()).isEqualTo(21211);
        assertThat(mongo.getCollection("sms_blocked_numbers").find().into(new java.util.ArrayList<>()).toString())
                .as("the blocked number is encrypted at rest").doesNotContain(patient.phoneNumber().substring(3));

        TWILIO.reset();
        TWILIO.accept();
        assertThat(outbox.unblock(blocked.numberKey(), "nurse")).isTrue();
        outbox.schedule(patient, journey, MessageKind.REQUEST_ANSWERED, Language.KO, clock.instant(), null, "answered-again:" + patient.id().value());
        sweeper.sweep();
        assertThat(TWILIO.sendsTo(patient.phoneNumber())).hasSize(1);
    }

    @Test
    void a_crash_after_twilio_took_the_message_does_not_send_it_again() {
        TWILIO.accept();
        Patient patient = newPatient();
        agreedJourney(patient);
        sweeper.sweep();
        List<LoggedRequest> taken = TWILIO.sendsTo(patient.phoneNumber());
        String id = onlyMessage(patient, MessageKind.RECEIPT).id();
        // The state a sweeper leaves when it dies after Twilio took the message and before it recorded so.
        crashedWhileSending(id);
        TWILIO.listHolds(taken);

        clock.advance(Duration.ofMinutes(3));
        sweeper.sweep();

        assertThat(TWILIO.sendsTo(patient.phoneNumber())).as("looked up, not sent again").hasSize(1);
        assertThat(TWILIO.lookUps()).isEqualTo(1);
        OutboxMessage resolved = onlyMessage(patient, MessageKind.RECEIPT);
        assertThat(resolved.state()).isEqualTo(MessageState.SENT);
        assertThat(resolved.history()).extracting(OutboxMessage.Change::detail).anySatisfy(detail -> assertThat(detail).contains("not sent again"));
    }

    @Test
    void a_crash_before_twilio_took_the_message_sends_it_once() {
        TWILIO.accept();
        Patient patient = newPatient();
        agreedJourney(patient);
        sweeper.sweep();
        String id = onlyMessage(patient, MessageKind.RECEIPT).id();
        crashedWhileSending(id);
        TWILIO.reset();
        TWILIO.accept();
        TWILIO.listHolds(List.of());

        clock.advance(Duration.ofMinutes(3));
        sweeper.sweep();

        assertThat(TWILIO.lookUps()).isEqualTo(1);
        assertThat(TWILIO.sendsTo(patient.phoneNumber())).hasSize(1);
        assertThat(onlyMessage(patient, MessageKind.RECEIPT).state()).isEqualTo(MessageState.SENT);
    }

    @Test
    void quiet_hours_hold_in_the_institutions_time_zone_and_an_appointment_reminder_never_comes_after_the_appointment() {
        TWILIO.accept();
        Patient patient = newPatient();
        Patient early = newPatient();
        untilNext(13, 0); // 22:00 in Seoul
        Instant now = clock.instant();
        outbox.schedule(patient, null, MessageKind.APPOINTMENT, Language.KO, now, now.plus(Duration.ofDays(2)), "quiet:" + patient.id().value());
        outbox.schedule(early, null, MessageKind.APPOINTMENT, Language.EN, now, now.plus(Duration.ofHours(9).plusMinutes(30)), // 07:30 in Seoul
                "quiet:" + early.id().value());

        sweeper.sweep();
        clock.advance(Duration.ofMinutes(59).plusHours(9)); // 07:59 in Seoul
        sweeper.sweep();
        assertThat(TWILIO.sends()).as("nothing at night").isEmpty();

        clock.advance(Duration.ofMinutes(1)); // 08:00 in Seoul
        sweeper.sweep();
        assertThat(TWILIO.sendsTo(patient.phoneNumber())).hasSize(1);
        assertThat(TWILIO.form(TWILIO.sendsTo(patient.phoneNumber()).getFirst()).get("Body")).contains("진료 전에");
        assertThat(TWILIO.sendsTo(early.phoneNumber())).as("the appointment has passed").isEmpty();
        assertThat(onlyMessage(early, MessageKind.APPOINTMENT).state()).isEqualTo(MessageState.CANCELLED);

        Patient london = newPatient();
        untilNext(22, 0); // 07:00 in Seoul, 22:00 in London
        institution.changeZone("Europe/London", "admin");
        try {
            outbox.schedule(london, null, MessageKind.APPOINTMENT, Language.EN, clock.instant(), clock.instant().plus(Duration.ofDays(2)),
                    "quiet:" + london.id().value());
            sweeper.sweep();
            assertThat(TWILIO.sendsTo(london.phoneNumber())).as("22:00 in London").isEmpty();
            clock.advance(Duration.ofHours(10)); // 08:00 in London
            sweeper.sweep();
            assertThat(TWILIO.sendsTo(london.phoneNumber())).hasSize(1);
        } finally {
            institution.changeZone("Asia/Seoul", "admin");
        }
    }

    @Test
    void a_stop_reply_the_opt_out_link_and_the_nurses_switch_each_stop_the_next_reminder() throws Exception {
        TWILIO.accept();
        Patient replies = newPatient();
        Patient clicks = newPatient();
        Patient asksTheNurse = newPatient();
        for (Patient patient : List.of(replies, clicks, asksTheNurse)) {
            outbox.schedule(patient, null, MessageKind.APPOINTMENT, Language.KO, clock.instant(), clock.instant().plus(Duration.ofDays(3)),
                    "first:" + patient.id().value());
            outbox.schedule(patient, null, MessageKind.APPOINTMENT, Language.KO, clock.instant().plus(Duration.ofDays(1)),
                    clock.instant().plus(Duration.ofDays(3)), "second:" + patient.id().value());
        }
        sweeper.sweep();

        assertThat(inbound(replies.phoneNumber(), "STOP")).isEqualTo(200);
        String body = TwilioFake.form(TWILIO.sendsTo(clicks.phoneNumber()).getFirst()).get("Body");
        String stopToken = body.replaceAll(".*/sms/stop/([A-Za-z0-9_-]{43}).*", "$1");
        outbox.optOut(outbox.stopLinkPatient(stopToken).orElseThrow(), SmsOutbox.BY_LINK, "patient-link");
        outbox.optOut(asksTheNurse.id(), SmsOutbox.BY_NURSE, "nurse");

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        sweeper.sweep();

        for (Patient patient : List.of(replies, clicks, asksTheNurse)) {
            assertThat(TWILIO.sendsTo(patient.phoneNumber())).as("only the first reminder").hasSize(1);
            assertThat(outbox.messagesOf(patient.id())).extracting(OutboxMessage::state).contains(MessageState.CANCELLED);
            assertThat(outbox.optedOut(patient.id())).isTrue();
        }
        assertThat(outbox.preferenceHistory(replies.id())).extracting(SmsOutbox.PreferenceChange::how).containsExactly(SmsOutbox.BY_REPLY);
        assertThat(outbox.preferenceHistory(clicks.id())).extracting(SmsOutbox.PreferenceChange::how).containsExactly(SmsOutbox.BY_LINK);
        assertThat(outbox.stopLinkPatient("x".repeat(43))).isEmpty();

        outbox.optIn(asksTheNurse.id(), "nurse");
        outbox.schedule(asksTheNurse, null, MessageKind.APPOINTMENT, Language.KO, clock.instant(), clock.instant().plus(Duration.ofDays(3)),
                "third:" + asksTheNurse.id().value());
        sweeper.sweep();
        assertThat(TWILIO.sendsTo(asksTheNurse.phoneNumber())).as("on again").hasSize(2);
    }

    @Test
    void a_forged_or_unsigned_status_callback_is_rejected_and_changes_nothing() throws Exception {
        TWILIO.accept();
        Patient patient = newPatient();
        agreedJourney(patient);
        sweeper.sweep();
        String id = onlyMessage(patient, MessageKind.RECEIPT).id();
        Map<String, String> delivered = Map.of("MessageStatus", "delivered", "MessageSid", "SM1");

        assertThat(post("/api/v1/sms/twilio/status/" + id, delivered, null)).isEqualTo(403);
        assertThat(post("/api/v1/sms/twilio/status/" + id, delivered, TwilioFake.sign("another-token", TwilioFake.PUBLIC_URL
                + "/api/v1/sms/twilio/status/" + id, delivered))).isEqualTo(403);
        assertThat(post("/api/v1/sms/twilio/status/" + id, delivered, TwilioFake.sign(TwilioFake.AUTH_TOKEN, "http://localhost:" + port
                + "/api/v1/sms/twilio/status/" + id, delivered))).as("signed for another address").isEqualTo(403);
        assertThat(post("/api/v1/sms/twilio/status/" + id, Map.of("MessageStatus", "failed", "MessageSid", "SM1"),
                TwilioFake.sign(TwilioFake.AUTH_TOKEN, TwilioFake.PUBLIC_URL + "/api/v1/sms/twilio/status/" + id, delivered)))
                .as("fields changed after signing").isEqualTo(403);
        assertThat(onlyMessage(patient, MessageKind.RECEIPT).state()).isEqualTo(MessageState.SENT);

        assertThat(callback(id, Map.of("MessageStatus", "undelivered", "MessageSid", "SM1", "ErrorCode", "30003"), true)).isEqualTo(204);
        assertThat(onlyMessage(patient, MessageKind.RECEIPT).state()).isEqualTo(MessageState.UNDELIVERED);
        assertThat(onlyMessage(patient, MessageKind.RECEIPT).lastError()).contains("30003");
        assertThat(callback("no-such-message", delivered, true)).isEqualTo(404);
    }

    private Patient newPatient() {
        String phone = "010-7" + String.format("%03d", PHONES.incrementAndGet() % 1000) + "-" + String.format("%04d", PHONES.get());
        return patients.register(TestPatients.newPatient("Sms Patient", phone), "nurse");
    }

    private JourneyId agreedJourney(Patient patient) {
        JourneyId journey = journeys.start(patient.id(), "nurse", "desk").id();
        JourneyWalk.agreeAndSign(journeys, journey, new Origin(Actor.patient(patient.id().value()), "web-0123456789abcdef"), true);
        return journey;
    }

    private OutboxMessage onlyMessage(Patient patient, MessageKind kind) {
        List<OutboxMessage> messages = outbox.messagesOf(patient.id()).stream().filter(message -> message.kind() == kind).toList();
        assertThat(messages).hasSize(1);
        return messages.getFirst();
    }

    private void crashedWhileSending(String id) {
        mongo.getCollection("sms_outbox").updateOne(new Document("_id", id), new Document("$set", new Document("state", "SENDING")
                .append("claimedBy", "sweeper-that-died").append("leaseUntil", java.util.Date.from(clock.instant().plusSeconds(60)))
                .append("providerId", null)));
    }

    /** Moves the clock to the next time of day (UTC) it shows. */
    private void untilNext(int hour, int minute) {
        Instant now = clock.instant();
        Instant next = now.atZone(ZoneOffset.UTC).toLocalDate().atTime(hour, minute).toInstant(ZoneOffset.UTC);
        if (!next.isAfter(now)) {
            next = next.plus(Duration.ofDays(1));
        }
        clock.advance(Duration.between(now, next));
    }

    /** Tests start in the working day in Seoul, whatever earlier tests did to the shared clock. */
    private void leaveQuietHours() {
        int hour = clock.instant().atZone(java.time.ZoneId.of("Asia/Seoul")).getHour();
        if (hour >= 21 || hour < 8) {
            untilNext(23, 0);
        }
    }

    private int callback(String id, Map<String, String> form, boolean signed) throws Exception {
        String path = "/api/v1/sms/twilio/status/" + id;
        return post(path, form, signed ? TwilioFake.sign(TwilioFake.AUTH_TOKEN, TwilioFake.PUBLIC_URL + path, form) : null);
    }

    private int inbound(String from, String body) throws Exception {
        Map<String, String> form = Map.of("From", from, "To", TwilioFake.FROM, "Body", body, "MessageSid", "SM9");
        return post("/api/v1/sms/twilio/inbound", form, TwilioFake.sign(TwilioFake.AUTH_TOKEN, TwilioFake.PUBLIC_URL + "/api/v1/sms/twilio/inbound", form));
    }

    private int post(String path, Map<String, String> form, String signature) throws Exception {
        String body = form.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
            }
            return response.statusCode();
        }
    }
}
