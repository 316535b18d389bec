package care.clearconsent.content;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Where each place of a YAML file (as a JSON pointer) starts, so problems can name the line an author edits. */
final class LineIndex {

    private final Map<String, Integer> lines = new HashMap<>();

    LineIndex(YAMLMapper yaml, String text) {
        try (JsonParser parser = yaml.createParser(text)) {
            while (parser.nextToken() != null) {
                // The first token seen at a place is its key (or its first item), which is the line to edit.
                lines.putIfAbsent(parser.streamReadContext().pathAsPointer().toString(), parser.currentTokenLocation().getLineNr());
            }
        } catch (RuntimeException unreadable) {
            // A file that does not parse is reported as yaml-syntax with its own line; no index is needed.
        }
    }

    /** The line of the place, or of its nearest enclosing place that exists; 1 when nothing matches. */
    int lineOf(String pointer) {
        String current = pointer;
        while (true) {
            Integer line = lines.get(current);
            if (line != null) {
                return line;
            }
            int slash = current.lastIndexOf('/');
            if (slash <= 0) {
                return 1;
            }
            current = current.substring(0, slash);
        }
    }
}
