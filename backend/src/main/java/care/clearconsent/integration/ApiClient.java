package care.clearconsent.integration;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A hospital system holding an API key: its key's id, the name an administrator gave it, and what it may do. */
public record ApiClient(String keyId, String name, Set<ApiScope> scopes, Instant createdAt, String createdBy, @Nullable Instant revokedAt) {

    public ApiClient {
        scopes = Set.copyOf(scopes);
    }

    /** How the access audit names this system. */
    public String auditName() {
        return "api-key:" + name;
    }

    public boolean active() {
        return revokedAt == null;
    }
}
