package care.clearconsent.consent;

import care.clearconsent.consent.JourneyFact.DecisionRecorded;
import care.clearconsent.content.ChoiceText;
import care.clearconsent.content.ContentPackage;
import care.clearconsent.content.Language;
import care.clearconsent.content.Purpose;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the welcome, decision, signature and receipt screens say, line by line, in the journey's language. The screens
 * show these lines and reading aloud speaks them, so the highlighted sentence always matches the voice.
 */
public final class ScreenText {

    private final I18NProvider messages;
    private final Language language;
    private final care.clearconsent.content.ContentPackage content;

    /** The words of a journey's screens: what the patient agrees to from its content version, the rest from the app. */
    public ScreenText(I18NProvider messages, Language language, care.clearconsent.content.ContentPackage content) {
        this.messages = messages;
        this.language = language;
        this.content = content;
    }

    /**
     * The words agreed to (decision, signature, receipt) come from the journey's own content version, so the record's
     * hash covers the exact wording; versions published before that fall back to the application's wording.
     */
    public String text(String key, Object... parameters) {
        return content.agreementText(language, key)
                .map(pattern -> new java.text.MessageFormat(pattern, language.locale()).format(parameters))
                .orElseGet(() -> messages.getTranslation(key, language.locale(), parameters));
    }

    public List<String> welcome() {
        return List.of(text("journey.welcome.title"), text("journey.welcome.text"), text("journey.welcome.settings"));
    }

    public List<String> decision(ContentPackage content) {
        List<String> lines = new ArrayList<>(List.of(text("journey.decision.title"), text("journey.decision.intro"),
                text("journey.decision.choice")));
        for (Decision decision : Decision.values()) {
            lines.add(decisionLabel(content, decision));
        }
        for (Purpose purpose : content.purposes()) {
            lines.add(purpose.text(language).label());
            lines.add(purpose.text(language).description());
        }
        if (!content.declinableSystems().isEmpty()) {
            lines.add(text("journey.decision.systems"));
            for (care.clearconsent.content.Section system : content.declinableSystems()) {
                lines.add(systemQuestion(system));
                lines.add(decliningMeans(content, system));
            }
        }
        return lines;
    }

    /** "<AI system>: may it be used in my care?", naming the system by its card's title. */
    public String systemQuestion(care.clearconsent.content.Section system) {
        return text("journey.decision.system", systemTitle(system));
    }

    /** What declining this system means here: the institution's words for it (its decline setting). */
    public String decliningMeans(ContentPackage content, care.clearconsent.content.Section system) {
        return content.setting(ContentPackage.declineSetting(system.id())).map(setting -> setting.text(language)).orElse("");
    }

    private String systemTitle(care.clearconsent.content.Section system) {
        return system.text(language, care.clearconsent.content.ReadingLevel.STANDARD).title();
    }

    public String decisionLabel(ContentPackage content, Decision decision) {
        String label = text("journey.decision." + decision.name());
        if (decision == Decision.DECLINE && content.careWithoutAiOffered()) {
            ChoiceText care = content.careWithoutAi().get(language);
            return label + " (" + care.label() + ": " + care.description() + ")";
        }
        return label;
    }

    /** The signature screen's lines; the witnessed "Confirm" is offered only when a nurse handed the tablet over. */
    public List<String> signature(boolean witnessOffered) {
        List<String> lines = new ArrayList<>(List.of(text("journey.signature.title"), text("journey.signature.intro"),
                text("journey.signature.who"), text("journey.signature.patient"), text("journey.signature.representative"),
                text("journey.signature.how")));
        for (SignatureForm form : signatureForms(witnessOffered)) {
            lines.add(text("journey.signature.form." + form.name()));
        }
        return lines;
    }

    public static List<SignatureForm> signatureForms(boolean witnessOffered) {
        return witnessOffered ? List.of(SignatureForm.values()) : List.of(SignatureForm.DRAWN, SignatureForm.TYPED_NAME);
    }

    /** The receipt's lines by element id, in reading order, after the title. */
    public Map<String, String> receipt(JourneyState state, ContentPackage content, ZoneId zone) {
        Map<String, String> lines = new LinkedHashMap<>();
        state.decision().ifPresent(decision -> {
            state.decidedAt().ifPresent(at -> lines.put("receipt-date", text("journey.receipt.date",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(at.atZone(zone)))));
            lines.put("receipt-decision", text("journey.receipt." + decision.decision().name()));
            lines.put("receipt-version", text("journey.receipt.version", content.version()));
            addPurposes(lines, content, decision);
            // In reading order, as the decision screen asked them.
            content.aiSystems().stream().filter(system -> state.systemChoices().containsKey(system.id())).forEach(system ->
                    lines.put("receipt-system-" + system.id(), text(state.systemChoices().get(system.id())
                            ? "journey.receipt.system.yes" : "journey.receipt.system.no", systemTitle(system))));
            if (decision.careWithoutAi() != null) {
                lines.put("receipt-care-without-ai", text(decision.careWithoutAi()
                        ? "journey.receipt.care-without-ai.yes" : "journey.receipt.care-without-ai.no"));
            }
        });
        state.signature().ifPresent(signed -> {
            lines.put("receipt-signed", signed.method() == SignatureMethod.PATIENT
                    ? text("journey.receipt.signed.patient")
                    : text("journey.receipt.signed.representative", java.util.Objects.toString(signed.representativeName(), "—"),
                            java.util.Objects.toString(signed.representativeRelationship(), "—")));
            if (signed.method() == SignatureMethod.REPRESENTATIVE && signed.representativeReason() != null) {
                lines.put("receipt-representative-reason", text("journey.receipt.representative.reason", signed.representativeReason()));
            }
            String time = state.endedAt().map(at -> DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language.locale())
                    .format(at.atZone(zone))).orElse("");
            lines.put("receipt-signed-how", switch (signed.formGiven()) {
                case DRAWN -> text("journey.receipt.form.DRAWN");
                case TYPED_NAME -> text("journey.receipt.form.TYPED_NAME", java.util.Objects.toString(signed.typedName(), "—"));
                case WITNESSED -> text("journey.receipt.form.WITNESSED", signed.witness(), time);
            });
        });
        state.attestation().ifPresent(attested -> lines.put("receipt-assisted",
                text(attested.witness() ? "journey.receipt.assisted.witness" : "journey.receipt.assisted", attested.by())));
        lines.put("receipt-change", text("journey.receipt.change"));
        lines.put("receipt-handback", text("journey.receipt.handback"));
        return lines;
    }

    /** A withdrawal choice in plain words: all, "only: <purpose>", or "only the use of <AI system>". */
    public String withdrawalLabel(care.clearconsent.content.ContentPackage content, WithdrawalChoice choice) {
        return switch (choice.scope()) {
            case ALL -> text("journey.withdraw.ALL");
            case PURPOSE -> text("journey.withdraw.PURPOSE", content.purposes().stream().filter(p -> p.id().equals(choice.target()))
                    .findFirst().map(p -> p.text(language).label()).orElse(choice.target()));
            case AI_SYSTEM -> text("journey.withdraw.AI_SYSTEM", content.section(choice.target()).map(this::systemTitle).orElse(choice.target()));
        };
    }

    /** The date an agreement was made, as the withdrawal screen says it. */
    public String agreedOn(JourneyState state, java.time.ZoneId zone) {
        return state.decidedAt().map(at -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
                .format(at.atZone(zone))).orElse("");
    }

    /** What the withdrawal screen reads aloud: title, the words above the choices, each choice; or the outcome. */
    public List<String> withdrawal(Journey journey, java.time.ZoneId zone) {
        List<WithdrawalChoice> choices = WithdrawalChoice.available(journey);
        if (journey.state().lastWasWithdrawal() || choices.isEmpty()) {
            return List.of(text("journey.withdraw.title"),
                    text(journey.state().lastWasWithdrawal() ? "journey.withdraw.done" : "journey.withdraw.nothing-left"));
        }
        List<String> lines = new ArrayList<>(List.of(text("journey.withdraw.title"), text("journey.withdraw.intro", agreedOn(journey.state(), zone)),
                text("journey.withdraw.choice")));
        choices.forEach(choice -> lines.add(withdrawalLabel(journey.content().content(), choice)));
        return lines;
    }

    /** What the receipt's audio says: the title, then the lines {@link #receipt} gave. */
    public List<String> receiptSpoken(Map<String, String> receiptLines) {
        List<String> spoken = new ArrayList<>(List.of(text("journey.receipt.title")));
        spoken.addAll(receiptLines.values());
        return spoken;
    }

    private void addPurposes(Map<String, String> lines, ContentPackage content, DecisionRecorded decision) {
        content.purposes().stream().filter(p -> decision.purposes().containsKey(p.id())).forEach(purpose -> lines.put(
                "receipt-purpose-" + purpose.id(), text(decision.purposes().get(purpose.id())
                        ? "journey.receipt.purpose.yes" : "journey.receipt.purpose.no", purpose.text(language).label())));
    }
}
