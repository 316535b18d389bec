package care.clearconsent.evidence;

import care.clearconsent.content.CanonicalJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks an evidence pack with nothing but the pack and the institution's public verifier key: no database, no
 * network, no application running. It checks the manifest's signature, every file's SHA-256, every event's hash and
 * link in the journey's chain, the checkpoint's signature and every event's inclusion proof against it, and says what
 * holds and what does not, naming the file or event, in Korean or English.
 */
public final class PackVerifier {

    private static final HexFormat HEX = HexFormat.of();
    private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private PackVerifier() {
    }

    /** One thing checked: whether it holds, and a message key with its arguments. */
    public record Finding(boolean holds, String key, List<Object> args) {

        public String describe(Locale locale) {
            ResourceBundle messages = ResourceBundle.getBundle("evidence.verifier-messages", locale);
            return new MessageFormat(messages.getString(key), locale).format(args.toArray());
        }
    }

    public record Result(List<Finding> findings) {

        public boolean holds() {
            return !findings.isEmpty() && findings.stream().allMatch(Finding::holds);
        }

        public List<Finding> problems() {
            return findings.stream().filter(finding -> !finding.holds()).toList();
        }
    }

    public static Result verify(byte[] pack, String verifierKey) {
        List<Finding> findings = new ArrayList<>();
        Map<String, byte[]> files;
        try {
            files = unzip(pack);
        } catch (DamagedEntry damaged) {
            return new Result(List.of(problem("file.damaged", damaged.name)));
        } catch (IOException | IllegalArgumentException e) {
            return new Result(List.of(problem("pack.unreadable")));
        }
        byte[] manifestBytes = files.get(EvidencePacks.MANIFEST);
        byte[] signature = files.get(EvidencePacks.MANIFEST_SIGNATURE);
        if (manifestBytes == null || signature == null) {
            return new Result(List.of(problem("manifest.missing")));
        }
        Map<String, Object> manifest;
        try {
            manifest = json(manifestBytes);
        } catch (RuntimeException e) {
            return new Result(List.of(problem("file.unreadable", EvidencePacks.MANIFEST)));
        }
        String journeyId = String.valueOf(manifest.get("journeyId"));
        manifestSignature(manifestBytes, signature, journeyId, verifierKey, findings);
        fileHashes(manifest, files, findings);
        Optional<List<Map<String, Object>>> events = events(files.get(EvidencePacks.EVENTS), journeyId, findings);
        events.ifPresent(list -> proofs(files.get(EvidencePacks.PROOFS), list, verifierKey, findings));
        events.ifPresent(list -> personalData(files, list, findings));
        return new Result(List.copyOf(findings));
    }

    private static void manifestSignature(byte[] manifest, byte[] signature, String journeyId, String verifierKey, List<Finding> findings) {
        String logName = verifierKey.split("\\+", 2)[0];
        Optional<String> signed = SignedNote.verify(new String(signature, StandardCharsets.UTF_8), verifierKey);
        if (signed.isEmpty()) {
            findings.add(problem("manifest.signature.invalid", EvidencePacks.MANIFEST_SIGNATURE));
        } else if (!signed.get().equals(EvidencePacks.statement(logName, journeyId, manifest))) {
            findings.add(problem("manifest.signature.other", EvidencePacks.MANIFEST));
        } else {
            findings.add(holds("manifest.signature.holds", logName));
        }
    }

    @SuppressWarnings("unchecked")
    private static void fileHashes(Map<String, Object> manifest, Map<String, byte[]> files, List<Finding> findings) {
        if (!(manifest.get("files") instanceof Map<?, ?> listed)) {
            findings.add(problem("file.unreadable", EvidencePacks.MANIFEST));
            return;
        }
        int good = 0;
        for (var entry : ((Map<String, Object>) listed).entrySet()) {
            byte[] content = files.get(entry.getKey());
            if (content == null) {
                findings.add(problem("file.missing", entry.getKey()));
            } else if (!Sha256.hex(content).equals(entry.getValue())) {
                findings.add(problem("file.changed", entry.getKey()));
            } else {
                good++;
            }
        }
        for (String name : files.keySet()) {
            if (!listed.containsKey(name) && !name.equals(EvidencePacks.MANIFEST) && !name.equals(EvidencePacks.MANIFEST_SIGNATURE)) {
                findings.add(problem("file.unlisted", name));
            }
        }
        findings.add(new Finding(good == listed.size(), "files.checked", List.of(good, listed.size())));
    }

    /** Every event's hash recomputed from its text, and the chain from the first event to the last, with no gap. */
    @SuppressWarnings("unchecked")
    private static Optional<List<Map<String, Object>>> events(byte[] file, String journeyId, List<Finding> findings) {
        List<Map<String, Object>> events;
        try {
            events = (List<Map<String, Object>>) json(file).get("events");
            events.forEach(event -> event.get("hash").toString());
        } catch (RuntimeException e) {
            findings.add(problem("file.unreadable", EvidencePacks.EVENTS));
            return Optional.empty();
        }
        String previous = "0".repeat(64);
        boolean chainHolds = true;
        for (int i = 0; i < events.size(); i++) {
            Map<String, Object> event = events.get(i);
            long seq = i + 1;
            String text = String.valueOf(event.get("hashedText"));
            String hash = String.valueOf(event.get("hash"));
            Map<String, Object> fields;
            try {
                fields = CanonicalJson.read(text, Map.class);
            } catch (RuntimeException e) {
                findings.add(problem("event.unreadable", seq));
                chainHolds = false;
                continue;
            }
            if (!CanonicalJson.sha256(text).equals(hash)) {
                findings.add(problem("event.hash.wrong", seq));
                chainHolds = false;
            }
            if (!journeyId.equals(String.valueOf(fields.get("journeyId")))) {
                findings.add(problem("event.other-journey", seq, String.valueOf(fields.get("journeyId"))));
                chainHolds = false;
            }
            if (!(fields.get("seq") instanceof Number number) || number.longValue() != seq) {
                findings.add(problem("event.out-of-place", seq));
                chainHolds = false;
            }
            if (!previous.equals(fields.get("previousHash"))) {
                findings.add(problem("event.link.broken", seq));
                chainHolds = false;
            }
            previous = hash;
        }
        if (events.isEmpty()) {
            findings.add(problem("events.none"));
        } else if (chainHolds) {
            findings.add(holds("chain.holds", events.size()));
        }
        return Optional.of(events);
    }

    /** The checkpoint's signature, then each event's inclusion proof against the root it signs. */
    @SuppressWarnings("unchecked")
    private static void proofs(byte[] file, List<Map<String, Object>> events, String verifierKey, List<Finding> findings) {
        Map<String, Object> proofs;
        List<Map<String, Object>> entries;
        try {
            proofs = json(file);
            entries = (List<Map<String, Object>>) proofs.get("proofs");
            entries.size();
        } catch (RuntimeException e) {
            findings.add(problem("file.unreadable", EvidencePacks.PROOFS));
            return;
        }
        Optional<String> checkpoint = SignedNote.verify(String.valueOf(proofs.get("checkpoint")), verifierKey);
        String[] lines = checkpoint.map(text -> text.split("\n")).orElse(new String[0]);
        if (lines.length != 3) {
            findings.add(problem("checkpoint.signature.invalid", EvidencePacks.PROOFS));
            return;
        }
        long size = Long.parseLong(lines[1]);
        byte[] root = Base64.getDecoder().decode(lines[2]);
        findings.add(holds("checkpoint.signature.holds", size));
        Map<Long, Map<String, Object>> bySeq = new LinkedHashMap<>();
        entries.forEach(entry -> bySeq.put(((Number) entry.get("seq")).longValue(), entry));
        int proven = 0;
        for (int i = 0; i < events.size(); i++) {
            long seq = i + 1;
            Map<String, Object> proof = bySeq.get(seq);
            if (proof == null) {
                findings.add(problem("proof.missing", seq));
                continue;
            }
            try {
                byte[] leaf = Merkle.leafHash(TransparencyLog.hashBytes(String.valueOf(events.get(i).get("hash"))));
                List<byte[]> path = ((List<String>) proof.get("path")).stream().map(HEX::parseHex).toList();
                if (Merkle.verifyInclusion(((Number) proof.get("leafIndex")).longValue(), size, leaf, path, root)) {
                    proven++;
                } else {
                    findings.add(problem("proof.invalid", seq));
                }
            } catch (RuntimeException malformed) {
                findings.add(problem("proof.invalid", seq));
            }
        }
        if (proven == events.size()) {
            findings.add(holds("proofs.hold", proven, size));
        }
    }

    /**
     * The personal parts kept apart from the chain: each committed text must give the commitment its event holds, and
     * a signature image in the pack must be the one its signature event commits to (or, in older events, holds).
     */
    @SuppressWarnings("unchecked")
    private static void personalData(Map<String, byte[]> files, List<Map<String, Object>> events, List<Finding> findings) {
        Map<Long, Map<String, Object>> facts = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            try {
                Map<String, Object> fields = CanonicalJson.read(String.valueOf(events.get(i).get("hashedText")), Map.class);
                if (fields.get("fact") instanceof Map<?, ?> fact && ("Signed".equals(fields.get("factType")) || fact.get("personalCommitment") != null)) {
                    facts.put(i + 1L, (Map<String, Object>) fact);
                }
            } catch (RuntimeException unreadable) {
                // reported by the chain check
            }
        }
        Map<String, Map<String, String>> committedFields = new LinkedHashMap<>();
        byte[] file = files.get(EvidencePacks.PERSONAL);
        if (file != null) {
            try {
                for (Map<String, Object> entry : (List<Map<String, Object>>) json(file).get("commitments")) {
                    long seq = ((Number) entry.get("seq")).longValue();
                    String text = String.valueOf(entry.get("committedText"));
                    Map<String, Object> fact = facts.get(seq);
                    if (fact == null || !CanonicalJson.sha256(text).equals(fact.get("personalCommitment"))) {
                        findings.add(problem("personal.uncommitted", EvidencePacks.PERSONAL, seq));
                        continue;
                    }
                    committedFields.put(String.valueOf(fact.get("personalCommitment")),
                            (Map<String, String>) CanonicalJson.read(text, Map.class).get("fields"));
                }
            } catch (RuntimeException e) {
                findings.add(problem("file.unreadable", EvidencePacks.PERSONAL));
                return;
            }
        }
        byte[] image = files.get(EvidencePacks.SIGNATURE_FILE);
        if (image != null) {
            String base64 = Base64.getEncoder().encodeToString(image);
            boolean committed = facts.values().stream().anyMatch(fact -> base64.equals(fact.get("imagePngBase64"))
                    || base64.equals(committedFields.getOrDefault(String.valueOf(fact.get("personalCommitment")), Map.of()).get("imagePngBase64")));
            findings.add(committed ? holds("signature.committed", EvidencePacks.SIGNATURE_FILE)
                    : problem("signature.uncommitted", EvidencePacks.SIGNATURE_FILE));
        }
    }

    private static Map<String, byte[]> unzip(byte[] pack) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(pack), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (files.containsKey(entry.getName())) {
                    throw new IllegalArgumentException("The pack names " + entry.getName() + " twice");
                }
                byte[] content;
                try {
                    content = zip.readNBytes((int) MAX_FILE_BYTES + 1);
                } catch (java.util.zip.ZipException damaged) {
                    throw new DamagedEntry(entry.getName());
                }
                if (content.length > MAX_FILE_BYTES) {
                    throw new IllegalArgumentException(entry.getName() + " is larger than a pack file can be");
                }
                files.put(entry.getName(), content);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("Not a ZIP file");
        }
        return files;
    }

    /** A file inside the ZIP whose compressed bytes or checksum were changed. */
    private static final class DamagedEntry extends IOException {
        private final String name;

        DamagedEntry(String name) {
            super(name);
            this.name = name;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(byte[] bytes) {
        if (bytes == null) {
            throw new IllegalArgumentException("missing");
        }
        return CanonicalJson.read(new String(bytes, StandardCharsets.UTF_8), Map.class);
    }

    private static Finding holds(String key, Object... args) {
        return new Finding(true, key, List.of(args));
    }

    private static Finding problem(String key, Object... args) {
        return new Finding(false, key, List.of(args));
    }
}
