package care.clearconsent.speech.internal;

import care.clearconsent.speech.SpeechAudio;
import com.mongodb.client.gridfs.model.GridFSFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/** Synthesised MP3s in GridFS, named by their key; the sentence timings travel as file metadata. */
@Component
public class AudioCache {

    private final GridFsTemplate files;

    AudioCache(GridFsTemplate files) {
        this.files = files;
    }

    public Optional<SpeechAudio> find(String key) {
        GridFSFile file = files.findOne(Query.query(Criteria.where("filename").is(key + ".mp3")));
        if (file == null || file.getMetadata() == null) {
            return Optional.empty();
        }
        try (InputStream in = files.getResource(file).getInputStream()) {
            Document metadata = file.getMetadata();
            return Optional.of(new SpeechAudio(key, in.readAllBytes(), metadata.getDouble("seconds"), metadata.getList("sentenceStarts", Double.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SpeechAudio store(SpeechAudio audio) {
        Document metadata = new Document("seconds", audio.seconds()).append("sentenceStarts", List.copyOf(audio.sentenceStarts()));
        files.store(new ByteArrayInputStream(audio.mp3()), audio.key() + ".mp3", "audio/mpeg", metadata);
        return audio;
    }
}
