package care.clearconsent.explanation;

import care.clearconsent.content.ContentDiff;
import care.clearconsent.content.ContentHash;
import care.clearconsent.content.ContentLoader;
import care.clearconsent.content.ContentPackage;
import care.clearconsent.content.ContentSource;
import care.clearconsent.content.ReadabilityReport;
import care.clearconsent.content.VersionChange;
import care.clearconsent.explanation.internal.ContentSnapshot;
import care.clearconsent.explanation.internal.ContentSnapshotRepository;
import care.clearconsent.shared.InstitutionProperties;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Service;

/**
 * Publishes the content as immutable, numbered snapshots and serves any published version by hash, so the exact text
 * a patient was shown can always be recovered. At start the shipped content, with the institution's settings, is
 * published when it differs from the newest version: as a major version when the change needs consent again
 * ({@link VersionChange}), otherwise as a minor one.
 */
@Service
public class ExplanationCatalogue {

    private static final Logger log = LoggerFactory.getLogger(ExplanationCatalogue.class);
    private static final int PUBLISH_ATTEMPTS = 5;

    private final ContentSnapshotRepository snapshots;
    private final Clock clock;
    private final ContentProperties source;
    private final care.clearconsent.explanation.internal.SettingsStore settingsStore;
    /** The settings in force: configuration, overlaid by what administrators changed since. */
    private Map<String, String> settings;
    /** The content as last published, before the settings are applied: a setting change republishes this, not the folder. */
    private ContentPackage base;
    private final boolean production;
    private final Map<String, PublishedContent> byHash = new ConcurrentHashMap<>();
    private volatile PublishedContent current;

    private final org.springframework.context.ApplicationEventPublisher events;
    private volatile boolean ready;
    private @org.jspecify.annotations.Nullable ContentPublished publishedWhileStarting;

    ExplanationCatalogue(ContentSnapshotRepository snapshots, MongoTemplate mongo, InstitutionProperties institution, ContentProperties source,
                         Environment environment, Clock clock, care.clearconsent.explanation.internal.SettingsStore settingsStore,
                         org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.snapshots = snapshots;
        this.clock = clock;
        this.source = source;
        this.settingsStore = settingsStore;
        Map<String, String> inForce = new java.util.TreeMap<>(institution.settings());
        // An administrator's change outlives a restart and wins over the configuration it replaced.
        settingsStore.values().forEach((id, value) -> {
            if (!InstitutionSchedule.KEYS.contains(id)) {
                inForce.put(id, value);
            }
        });
        this.settings = Map.copyOf(inForce);
        // Two instances starting with different content must not both publish the same version number.
        mongo.indexOps(ContentSnapshot.class).createIndex(new Index("version", Sort.Direction.ASC).unique());
        this.production = environment.acceptsProfiles(Profiles.of("prod"));
        this.base = load(source);
        ContentPackage configured;
        try {
            configured = base.configure(settings);
        } catch (IllegalArgumentException badSetting) {
            throw new IllegalStateException("clearconsent.institution.settings: " + badSetting.getMessage(), badSetting);
        }
        if (production) {
            List<String> problems = unfitForPatients(configured);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("The prod profile refuses to start: " + String.join("; ", problems) + ".");
            }
        }
        if (configured.demonstration()) {
            log.warn("DEMONSTRATION CONTENT: the AI systems, makers and figures patients are shown are examples, not this institution's; "
                    + "every patient screen says so. Set CLEARCONSENT_CONTENT_DIRECTORY to the institution's own content before patients use it.");
        }
        this.current = publish(configured);
        configured.settings().stream().filter(s -> s.isDefault())
                .forEach(s -> log.warn("Institution setting '{}' is not set; patients are shown its default (clearconsent.institution.settings.{})",
                        s.id(), s.id()));
    }

    private static ContentPackage load(ContentProperties source) {
        return source.directory() == null ? ContentLoader.loadShipped() : ContentLoader.load(ContentSource.folder(source.directory()));
    }

    /**
     * Production shows patients only the institution's own content, with every setting it must decide set: a consent
     * to example facts or to a default contact would not be informed consent.
     */
    private static List<String> unfitForPatients(ContentPackage configured) {
        List<String> problems = new java.util.ArrayList<>();
        if (configured.demonstration()) {
            problems.add("the explanation is demonstration content (example AI systems, makers and figures): set "
                    + "CLEARCONSENT_CONTENT_DIRECTORY to the institution's own content, with 'demonstration: false' in its package.yaml");
        }
        configured.requiredSettingsUnset().forEach(setting -> problems.add("the institution setting '" + setting.id() + "' ("
                + setting.description() + ") is not set: set CLEARCONSENT_INSTITUTION_SETTINGS_"
                + setting.id().toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
        return problems;
    }

    /** Longest value an administrator may give a setting: a sentence or a contact, not a paragraph. */
    public static final int MAX_SETTING_LENGTH = 300;

    /**
     * An administrator changes one institution setting: the value is checked as the content declares it (a choice
     * must be one of its choices), recorded with who and when, and the explanation is published again with it, as a
     * new version patients starting from now are shown. Refused, with nothing stored, when the value does not fit.
     */
    public synchronized PublishedContent changeSetting(String id, String typed, String changedBy) {
        String value = care.clearconsent.shared.PersonNames.clean(typed);
        if (value.isEmpty()) {
            throw new SettingRejected("settings.value.required", id);
        }
        if (value.length() > MAX_SETTING_LENGTH) {
            throw new SettingRejected("settings.value.too-long", id);
        }
        Map<String, String> changed = new java.util.TreeMap<>(settings);
        changed.put(id, value);
        ContentPackage configured;
        try {
            configured = base.configure(changed);
        } catch (IllegalArgumentException notAllowed) {
            throw new SettingRejected("settings.value.invalid", notAllowed.getMessage());
        }
        String before = current.content().settings().stream().filter(s -> s.id().equals(id)).findFirst()
                .map(s -> s.isDefault() ? null : s.effectiveValue()).orElse(null);
        if (value.equals(before)) {
            throw new SettingRejected("settings.value.unchanged", id);
        }
        PublishedContent published = publish(configured, changedBy);
        settingsStore.save(id, before, value, changedBy, clock.instant(), published.version());
        settings = Map.copyOf(changed);
        log.info("Institution setting '{}' changed by '{}'; published content version {}", id, changedBy, published.version());
        return published;
    }

    /** Every setting change, newest first. */
    public List<SettingChange> settingChanges(int limit) {
        return settingsStore.trail(limit);
    }

    /** The version new journeys are started on. */
    public PublishedContent current() {
        return current;
    }

    public Optional<PublishedContent> byHash(String hash) {
        PublishedContent cached = byHash.get(hash);
        if (cached != null) {
            return Optional.of(cached);
        }
        return snapshots.findById(hash).map(ExplanationCatalogue::toPublished).map(found -> {
            byHash.put(hash, found);
            return found;
        });
    }

    /** Every published version, newest first. */
    public List<PublishedContent> versions() {
        // Snapshots never change, so each is parsed once and then served from the cache.
        return snapshots.findAll().stream().map(snapshot -> byHash.computeIfAbsent(snapshot.id(), id -> toPublished(snapshot)))
                .sorted(Comparator.comparingInt(PublishedContent::major).thenComparingInt(PublishedContent::minor).reversed()).toList();
    }

    /** True when the version with this hash is of an older major version than the current one: consent is needed again. */
    public boolean needsConsentAgain(String hash) {
        return byHash(hash).map(version -> version.major() < current.major()).orElse(false);
    }

    public ContentDiff diff(PublishedContent from, PublishedContent to) {
        return ContentDiff.between(from.content(), to.content());
    }

    /**
     * Publishes content (already configured with the institution's settings) as the current version, unless it is
     * the same as the newest published version; returns the current version.
     */
    public PublishedContent publish(ContentPackage configured) {
        return publish(configured, null);
    }

    /**
     * What publishing the content folder now would do, for an administrator to review first: every rule it breaks
     * (file, line, rule), its readability, and the version it would become with what changed and the changed lines.
     * The folder is read afresh; nothing is stored.
     */
    public synchronized ContentReview review() {
        String from = source.directory() == null ? ContentReview.SHIPPED : source.directory().toString();
        ContentPackage candidate;
        try {
            candidate = load(source);
        } catch (care.clearconsent.content.InvalidContentException invalid) {
            return ContentReview.invalid(from, current.version(), invalid.problems());
        } catch (java.io.UncheckedIOException unreadable) {
            return ContentReview.invalid(from, current.version(), List.of(new care.clearconsent.content.ContentProblem(from, 0, "/", "readable",
                    "the content folder cannot be read: " + unreadable.getCause().getMessage())));
        }
        ContentPackage configured;
        try {
            configured = candidate.configure(settings);
        } catch (IllegalArgumentException settingGone) {
            return ContentReview.invalid(from, current.version(), List.of(new care.clearconsent.content.ContentProblem("package.yaml", 0,
                    "/settings", "institution-settings", settingGone.getMessage())));
        }
        List<care.clearconsent.content.ContentProblem> unfit = production ? unfitForPatients(configured).stream()
                .map(problem -> new care.clearconsent.content.ContentProblem("package.yaml", 0, "/", "fit-for-patients", problem)).toList() : List.of();
        if (!unfit.isEmpty()) {
            return ContentReview.invalid(from, current.version(), unfit);
        }
        ContentPackage body = configured.withVersion("");
        String bodyHash = ContentHash.of(body);
        ReadabilityReport readability = ReadabilityReport.of(configured);
        if (bodyHash.equals(ContentHash.of(current.content().withVersion("")))) {
            return ContentReview.unchanged(from, current.version(), readability, bodyHash);
        }
        VersionChange change = VersionChange.between(current.content(), body);
        String next = change.major() ? (current.major() + 1) + ".0" : current.major() + "." + (current.minor() + 1);
        return ContentReview.changed(from, current.version(), readability, bodyHash, next, change.major(), change.changes(),
                ContentDiff.between(current.content(), configured));
    }

    /**
     * An administrator publishes the content folder they reviewed. Refused, with nothing published, when it breaks a
     * rule, is the same as the current version, or changed since the review (so nothing unseen is ever published).
     */
    public synchronized PublishedContent publishReviewed(String reviewedHash, String publishedBy) {
        ContentReview review = review();
        if (!review.valid()) {
            throw new ContentPublishRejected("content.publish.invalid");
        }
        if (!review.publishable()) {
            throw new ContentPublishRejected("content.publish.unchanged");
        }
        if (!review.reviewedHash().equals(reviewedHash)) {
            throw new ContentPublishRejected("content.publish.changed-since-review");
        }
        ContentPackage candidate = load(source);
        PublishedContent published = publish(candidate.configure(settings), publishedBy);
        base = candidate;
        log.info("Content version {} published by '{}' after review", published.version(), publishedBy);
        return published;
    }

    private synchronized PublishedContent publish(ContentPackage configured, @org.jspecify.annotations.Nullable String publishedBy) {
        ContentPackage body = configured.withVersion("");
        String bodyHash = ContentHash.of(body);
        for (int attempt = 1; ; attempt++) {
            Optional<PublishedContent> newest = versions().stream().findFirst();
            if (newest.isPresent() && bodyHash.equals(ContentHash.of(newest.get().content().withVersion("")))) {
                current = newest.get();
                return current;
            }
            PublishedContent published = newVersion(body, bodyHash, newest.orElse(null), publishedBy);
            try {
                snapshots.insert(new ContentSnapshot(published.hash(), published.version(), published.major(), published.minor(), bodyHash,
                        ContentHash.canonicalJson(published.content()), published.changes(), published.readability(), published.publishedAt(),
                        publishedBy));
                log.info("Published content version {} ({}): {}", published.version(), published.hash(), published.changes());
                byHash.put(published.hash(), published);
                current = published;
                announce(published, newest.orElse(null));
                return current;
            } catch (DuplicateKeyException anotherInstancePublishedFirst) {
                if (attempt == PUBLISH_ATTEMPTS) {
                    throw anotherInstancePublishedFirst;
                }
            }
        }
    }

    /** Tells other features once the application runs; a version published while starting is told when it is ready. */
    private void announce(PublishedContent published, @org.jspecify.annotations.Nullable PublishedContent before) {
        ContentPublished event = new ContentPublished(published.hash(), published.version(), before != null && published.major() > before.major());
        if (ready) {
            events.publishEvent(event);
        } else {
            publishedWhileStarting = event;
        }
    }

    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void started() {
        ready = true;
        if (publishedWhileStarting != null) {
            events.publishEvent(publishedWhileStarting);
            publishedWhileStarting = null;
        }
    }

    private PublishedContent newVersion(ContentPackage body, String bodyHash, PublishedContent newest, @org.jspecify.annotations.Nullable String publishedBy) {
        int major = 1;
        int minor = 0;
        List<String> changes = List.of("first published version");
        if (newest != null) {
            VersionChange change = VersionChange.between(newest.content(), body);
            major = change.major() ? newest.major() + 1 : newest.major();
            minor = change.major() ? 0 : newest.minor() + 1;
            changes = change.changes().isEmpty() ? List.of("republished (" + bodyHash.substring(0, 12) + ")") : change.changes();
        }
        ContentPackage content = body.withVersion(major + "." + minor);
        return new PublishedContent(ContentHash.of(content), content, major, minor, changes, ReadabilityReport.of(content),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), publishedBy);
    }

    private static PublishedContent toPublished(ContentSnapshot snapshot) {
        return new PublishedContent(snapshot.id(), ContentHash.fromCanonicalJson(snapshot.canonicalJson()), snapshot.major(), snapshot.minor(),
                snapshot.changes(), snapshot.readability(), snapshot.publishedAt(), snapshot.publishedBy());
    }
}
