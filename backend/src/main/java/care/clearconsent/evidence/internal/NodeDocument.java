package care.clearconsent.evidence.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The hash of a perfect subtree of the log: {@code level} 1 and up (leaves are level 0), {@code id} "level/index". */
@Document("tlog_nodes")
public record NodeDocument(@Id String id, String hash) {

    public static String id(int level, long index) {
        return level + "/" + index;
    }
}
