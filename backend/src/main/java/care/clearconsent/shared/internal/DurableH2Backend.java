package care.clearconsent.shared.internal;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend commits on its own only about once a second, and a commit only hands the bytes to the operating
 * system, so a crash or a power cut loses acknowledged writes. Consent evidence must not be lost: before any write
 * command is answered, commit it and force the file to disk.
 */
class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert", "update", "delete", "findandmodify", "createindexes", "dropindexes", "drop", "create", "dropdatabase");

    private final MVStore store;
    private final boolean forceToDisk;

    DurableH2Backend(MVStore store) {
        this(store, true);
    }

    /** {@code forceToDisk} false only lets the power-loss test show that it catches the loss. */
    DurableH2Backend(MVStore store, boolean forceToDisk) {
        super(store);
        this.store = store;
        this.forceToDisk = forceToDisk;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document answer = super.handleCommand(channel, databaseName, command, query);
        if (WRITE_COMMANDS.contains(command.toLowerCase(java.util.Locale.ROOT))) {
            commit();
            if (forceToDisk) {
                store.sync();
            }
        }
        return answer;
    }
}
