package care.clearconsent.consent.api;

import care.clearconsent.consent.Decision;
import care.clearconsent.consent.ListeningAction;
import care.clearconsent.consent.RequestKind;
import care.clearconsent.consent.SignatureMethod;
import care.clearconsent.consent.WithdrawalScope;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the patient API reads and writes: records of their own, apart from the stored events and documents. */
final class PatientApiModel {

    private PatientApiModel() {
    }

    @Schema(description = "A journey link's token, as in the link the patient was sent")
    record SessionRequest(@NotBlank @Size(max = 200) String linkToken) {
    }

    @Schema(description = "A session token for one journey; send it as 'Authorization: Bearer <token>'")
    record SessionGranted(String sessionToken, Instant expiresAt, JourneyStatusView journey) {
    }

    record JourneyStatusView(String journeyId, String status, String step, List<String> steps, String language, ModesView modes,
                             String contentVersion, List<String> acknowledged, boolean ended, @Nullable String decisionHash) {
    }

    record ModesView(boolean largeText, boolean simplified, boolean highContrast, boolean voice, boolean slowSpeech) {
    }

    record DisplayRequest(@NotBlank @Size(max = 5) String language, @NotNull ModesView modes) {
    }

    record StepRequest(@NotBlank @Size(max = 200) String step, @Nullable @Size(max = 200) String returnTo) {
    }

    record ListeningRequest(@NotBlank @Size(max = 200) String target, @NotNull ListeningAction action, @NotBlank @Size(max = 20) String rate,
                            double position, double shareHeard) {
    }

    record AnswerRequest(@NotBlank @Size(max = 100) String option) {
    }

    record AnswerResult(boolean correct, int attempt, boolean settled, JourneyStatusView journey) {
    }

    record QuestionRequest(@NotBlank @Size(max = 100) String section) {
    }

    record DecisionRequest(@NotNull Decision decision, @NotNull Map<String, Boolean> purposes, @NotNull Map<String, Boolean> aiSystems) {
    }

    enum SignatureKind { DRAWN, TYPED_NAME }

    @Schema(description = "A drawn signature (PNG, base64) or the signer's typed full name; a representative also gives name, relationship and reason")
    record SignatureRequest(@NotBlank @Size(max = 100) String decisionHash, @NotNull SignatureMethod method, @NotNull SignatureKind form,
                            @Nullable @Size(max = 400_000) String imagePngBase64, @Nullable @Size(max = 100) String typedName,
                            @Nullable @Size(max = 100) String representativeName, @Nullable @Size(max = 100) String representativeRelationship,
                            @Nullable @Size(max = 300) String representativeReason) {
    }

    record WithdrawalRequest(@NotNull WithdrawalScope scope, @Nullable @Size(max = 100) String target, @Nullable @Size(max = 300) String reason) {
    }

    record PatientRequestBody(@NotNull RequestKind kind, @Nullable @Size(max = 100) String aiSystem) {
    }

    record PatientRequestView(String requestId, RequestKind kind, @Nullable String aiSystem, Instant madeAt, Instant dueBy, boolean open) {
    }

    record ContentView(String version, String language, String level, List<SectionView> sections, List<QuestionView> questions,
                       List<TermView> glossary) {
    }

    record SectionView(String id, String kind, String title, List<PartView> parts, int pages, String audio) {
    }

    record PartView(@Nullable String heading, List<String> paragraphs) {
    }

    @Schema(description = "A quiz question; the right answer is never sent")
    record QuestionView(String id, String section, String prompt, Map<String, String> options, String audio) {
    }

    record TermView(String id, String term, String definition, String audio) {
    }

    record ReceiptView(String journeyId, String status, Map<String, String> lines) {
    }
}
