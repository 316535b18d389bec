package care.clearconsent.evidence;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * The pack's document for people: the facts rendered as tagged PDF/A-3u, in the patient's language, with the Korean
 * text in an embedded TrueType font (PDF/A forbids relying on the reader's fonts).
 */
final class PackPdf {

    private static final String FONT = "EvidenceFont";

    static {
        // The renderer reports every stage at INFO on its own console handler; only its warnings belong in the log.
        com.openhtmltopdf.util.XRLog.listRegisteredLoggers()
                .forEach(logger -> com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING));
    }

    private final File regular;
    private final File bold;
    private final java.util.function.Supplier<ZoneId> zone;

    PackPdf(EvidenceProperties properties, java.util.function.Supplier<ZoneId> zone) {
        this.regular = new File(properties.pdfFont());
        this.bold = new File(properties.pdfBoldFont());
        this.zone = zone;
    }

    byte[] render(PackFacts facts, @Nullable String signaturePngBase64) {
        requireFont(regular, "clearconsent.evidence.pdf-font");
        requireFont(bold, "clearconsent.evidence.pdf-bold-font");
        ResourceBundle labels = ResourceBundle.getBundle("evidence.pack-labels", Locale.forLanguageTag(facts.language()));
        String html = new Html(labels, zone.get()).document(facts, signaturePngBase64);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
            builder.usePdfUaAccessbility(true);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            builder.useFont(regular, FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(bold, FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The evidence PDF could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static void requireFont(File font, String setting) {
        if (!font.canRead()) {
            throw new IllegalStateException("The font for evidence PDFs is missing: " + font + ". Install Debian's fonts-nanum or set "
                    + setting + " to a TrueType font that covers Korean.");
        }
    }

    /** Well-formed XHTML, every text escaped, every element in the embedded font. */
    private record Html(ResourceBundle labels, ZoneId zone) {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

        String document(PackFacts facts, @Nullable String signaturePngBase64) {
            StringBuilder out = new StringBuilder();
            out.append("<!DOCTYPE html><html lang=\"").append(esc(facts.language())).append("\"><head><meta charset=\"UTF-8\"/>")
                    .append("<title>").append(esc(label("title"))).append(" — ").append(esc(facts.journeyId())).append("</title>")
                    .append("<meta name=\"subject\" content=\"").append(esc(facts.journeyId())).append("\"/>")
                    .append("<meta name=\"author\" content=\"ClearConsent\"/>")
                    .append("<style>@page { size: A4; margin: 18mm 16mm; } * { font-family: '").append(FONT).append("'; } ")
                    .append("body { font-size: 10.5pt; line-height: 1.45; } h1 { font-size: 17pt; } h2 { font-size: 13pt; margin-top: 14pt; } ")
                    .append("table { border-collapse: collapse; width: 100%; } th, td { border: 0.5pt solid #777; padding: 2pt 4pt; text-align: left; vertical-align: top; } th { width: 30%; } ")
                    .append(".hash { font-size: 6.5pt; word-wrap: break-word; } img { image-rendering: pixelated; }</style></head><body>");
            out.append("<h1>").append(esc(label("title"))).append("</h1><p>").append(esc(label("intro"))).append("</p>");
            summary(facts, out);
            sections(facts, out);
            display(facts, out);
            questions(facts, out);
            quiz(facts, out);
            decision(facts, out);
            signature(facts, signaturePngBase64, out);
            withdrawals(facts, out);
            requests(facts, out);
            access(facts, out);
            flags(facts, out);
            ledger(facts, out);
            return out.append("</body></html>").toString();
        }

        private void summary(PackFacts facts, StringBuilder out) {
            out.append("<table>");
            row(out, label("journey"), facts.journeyId());
            row(out, label("pseudonym"), facts.patient().pseudonym());
            if (facts.patient().name() != null) {
                row(out, label("name"), facts.patient().name());
            }
            row(out, label("content-version"), facts.content().version());
            row(out, label("content-hash"), facts.content().sha256());
            row(out, label("ai-systems"), String.join("; ", facts.content().aiSystems().entrySet().stream()
                    .map(entry -> entry.getKey() + ": " + entry.getValue()).toList()));
            row(out, label("renewal"), facts.renewal().needed() ? format("renewal.needed", facts.renewal().currentVersion()) : label("renewal.no"));
            row(out, label("started"), time(facts.startedAt()));
            row(out, label("ended"), facts.endedAt() == null ? "—" : time(facts.endedAt()));
            row(out, label("status"), label("status." + facts.status()));
            row(out, label("language"), facts.language());
            out.append("</table>");
        }

        private void sections(PackFacts facts, StringBuilder out) {
            out.append("<h2>").append(esc(label("sections"))).append("</h2>");
            for (PackFacts.SectionShown section : facts.sections()) {
                out.append("<h3>").append(esc(section.title())).append("</h3><table>");
                row(out, label("section"), section.id() + " (" + section.kind() + ")");
                row(out, label("acknowledged"), section.acknowledgedAt() == null ? label("not-confirmed") : time(section.acknowledgedAt()));
                row(out, label("time-on-section"), format("seconds", section.secondsOnSection()));
                row(out, label("parts"), section.secondsPerPart().toString());
                row(out, label("reading-time"), format("seconds", section.estimatedReadingSeconds()));
                row(out, label("listened"), format("listened-value", section.timesListened(), Math.round(section.shareHeard() * 100)));
                row(out, label("question-raised"), label(section.questionRaised() ? "yes" : "no"));
                out.append("</table>");
            }
        }

        private void display(PackFacts facts, StringBuilder out) {
            out.append("<h2>").append(esc(label("display"))).append("</h2><ul>");
            for (PackFacts.DisplayChange change : facts.displayChanges()) {
                out.append("<li>").append(esc(format("display-change", time(change.at()), change.language(), yes(change.largeText()),
                        yes(change.simplified()), yes(change.highContrast()), yes(change.voice()), yes(change.slowSpeech())))).append("</li>");
            }
            out.append("</ul><p>").append(esc(label("adaptations"))).append(": ")
                    .append(esc(facts.adaptationsUsed().isEmpty() ? label("none") : String.join(", ", facts.adaptationsUsed()))).append("</p>");
        }

        private void questions(PackFacts facts, StringBuilder out) {
            out.append("<h2>").append(esc(label("questions"))).append("</h2>");
            list(out, facts.questionsRaised().stream().map(raised -> time(raised.at()) + ": " + raised.sectionTitle()).toList());
        }

        private void quiz(PackFacts facts, StringBuilder out) {
            out.append("<h2>").append(esc(label("quiz"))).append("</h2>");
            for (PackFacts.QuizQuestion question : facts.quiz()) {
                out.append("<p><b>").append(esc(question.prompt())).append("</b></p>");
                list(out, question.attempts().stream().map(attempt -> format("attempt", attempt.attempt(), attempt.answerShown(),
                        label(attempt.correct() ? "correct" : "wrong")) + " — " + time(attempt.at())).toList());
            }
        }

        private void decision(PackFacts facts, StringBuilder out) {
            out.append("<h2>").append(esc(label("decision"))).append("</h2>");
            PackFacts.DecisionMade decision = facts.decision();
            if (decision == null) {
                out.append("<p>—</p>");
                return;
            }
            out.append("<table>");
            row(out, label("decision"), label("decision." + decision.decision()));
            row(out, label("decided-at"), time(decision.at()));
            for (PackFacts.PurposeChoice purpose : decision.purposes()) {
                row(out, label("purposes") + ": " + purpose.label(), label(purpose.agreed() ? "agreed" : "declined"));
            }
            for (PackFacts.SystemChoice system : decision.aiSystems()) {
                row(out, label("ai-system") + ": " + system.title(), label(system.used() ? "agreed" : "declined"));
            }
            if (decision.careWithoutAi() != null) {
                row(out, label("care-without-ai"), yes(decision.careWithoutAi()));
            }
            out.append("</table>");
        }

        private void signature(PackFacts facts, @Nullable String png, StringBuilder out) {
            out.append("<h2>").append(esc(label("signature"))).append("</h2>");
            PackFacts.Signature signature = facts.signature();
            if (signature == null) {
                out.append("<p>—</p>");
                return;
            }
            out.append("<table>");
            row(out, label("signed-at"), time(signature.at()));
            row(out, label("form"), signature.form());
            row(out, label("method"), signature.method());
            if (signature.representativeName() != null) {
                row(out, label("representative"), signature.representativeName() + " (" + signature.representativeRelationship() + ")");
                if (signature.representativeReason() != null) {
                    row(out, label("representative-reason"), signature.representativeReason());
                }
            }
            if (signature.typedName() != null) {
                row(out, label("typed-name"), signature.typedName());
            }
            if (signature.witness() != null) {
                row(out, label("witness"), signature.witness());
            }
            if (signature.confirmsDecisionHash() != null) {
                out.append("<tr><th>").append(esc(label("confirms"))).append("</th><td class=\"hash\">")
                        .append(esc(signature.confirmsDecisionHash())).append("</td></tr>");
            }
            out.append("</table>");
            if (png != null && !png.isEmpty()) {
                out.append("<p><img width=\"240\" alt=\"").append(esc(label("image"))).append("\" src=\"data:image/png;base64,")
                        .append(png).append("\"/></p>");
            }
        }

        private void withdrawals(PackFacts facts, StringBuilder out) {
            out.append("<h2>").append(esc(label("withdrawals"))).append("</h2>");
            list(out, facts.withdrawals().stream().map(w -> format("withdrawal", time(w.at()), w.scope(),
                    w.targetLabel() == null ? "" : w.targetLabel(), w.by(), w.reason() == null ? "" : " — " + w.reason())).toList());
        }

        private void requests(PackFacts facts, StringBuilder out) {
            out.append("<h2>").append(esc(label("requests"))).append("</h2>");
            list(out, facts.requests().stream().map(r -> format("request", time(r.madeAt()), label("request." + r.kind()),
                    r.aiSystem() == null ? "—" : r.aiSystem(), r.madeBy(), time(r.dueBy()),
                    r.answeredAt() == null ? label("request.open") : format("request.answered", time(r.answeredAt()), r.answeredBy(),
                            label("outcome." + r.outcome())))).toList());
        }

        private void access(PackFacts facts, StringBuilder out) {
            out.append("<h2>").append(esc(label("access"))).append("</h2>");
            list(out, facts.accessHistory().stream().map(access -> time(access.at()) + ": " + access.who() + " — " + access.what()
                    + " — " + access.reason()).toList());
        }

        private void flags(PackFacts facts, StringBuilder out) {
            out.append("<h2>").append(esc(label("flags"))).append("</h2>");
            list(out, facts.flags().stream().map(flag -> label("flag." + flag.kind()) + ": " + flag.subject() + ". " + flag.detail()).toList());
        }

        private void ledger(PackFacts facts, StringBuilder out) {
            out.append("<h2>").append(esc(label("ledger"))).append("</h2><table><thead><tr><th>").append(esc(label("seq")))
                    .append("</th><th>").append(esc(label("time"))).append("</th><th>").append(esc(label("event"))).append("</th><th>")
                    .append(esc(label("actor"))).append("</th><th>").append(esc(label("hash"))).append("</th></tr></thead><tbody>");
            for (PackFacts.LedgerEntry entry : facts.ledger()) {
                out.append("<tr><td>").append(entry.seq()).append("</td><td>").append(esc(time(entry.at()))).append("</td><td>")
                        .append(esc(entry.type())).append("</td><td>").append(esc(entry.actor())).append("</td><td class=\"hash\">")
                        .append(esc(entry.hash())).append("</td></tr>");
            }
            out.append("</tbody></table>");
        }

        private void list(StringBuilder out, List<String> items) {
            if (items.isEmpty()) {
                out.append("<p>").append(esc(label("none"))).append("</p>");
                return;
            }
            out.append("<ul>");
            items.forEach(item -> out.append("<li>").append(esc(item)).append("</li>"));
            out.append("</ul>");
        }

        private void row(StringBuilder out, String name, String value) {
            out.append("<tr><th>").append(esc(name)).append("</th><td>").append(esc(value)).append("</td></tr>");
        }

        private String yes(boolean on) {
            return label(on ? "yes" : "no");
        }

        private String label(String key) {
            return labels.getString(key);
        }

        private String format(String key, Object... args) {
            return new MessageFormat(labels.getString(key), labels.getLocale()).format(args);
        }

        private String time(Instant at) {
            return TIME.format(at.atZone(zone));
        }

        private static String esc(String text) {
            StringBuilder escaped = new StringBuilder(text.length());
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '<' -> escaped.append("&lt;");
                    case '>' -> escaped.append("&gt;");
                    case '&' -> escaped.append("&amp;");
                    case '"' -> escaped.append("&quot;");
                    default -> {
                        if (c >= 0x20 || c == '\n' || c == '\t') {
                            escaped.append(c);
                        }
                    }
                }
            }
            return escaped.toString();
        }
    }
}
