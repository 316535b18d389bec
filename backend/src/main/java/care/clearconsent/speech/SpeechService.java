package care.clearconsent.speech;

import care.clearconsent.content.CanonicalJson;
import care.clearconsent.content.Language;
import care.clearconsent.speech.internal.AudioCache;
import care.clearconsent.speech.internal.Loudness;
import care.clearconsent.speech.internal.Mp3Encoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Speech for the journey and the mobile API: normalises each sentence for its language, synthesises it once and keeps
 * the MP3 in MongoDB (GridFS) under the hash of voice, rate and text, so each text is synthesised once per content version.
 */
@Service
public class SpeechService {

    private static final double PAUSE_BETWEEN_SENTENCES = 0.35;

    private final Map<Language, SpeechEngine> engines;
    private final AudioCache cache;

    SpeechService(List<SpeechEngine> engines, AudioCache cache) {
        this.engines = engines.stream().collect(Collectors.toMap(SpeechEngine::language, Function.identity()));
        this.cache = cache;
    }

    public boolean available(Language language) {
        return Optional.ofNullable(engines.get(language)).map(SpeechEngine::available).orElse(false);
    }

    /** Speech for the sentences, from the cache when it was made before. */
    public SpeechAudio speak(List<String> sentences, Language language, SpeechRate rate) {
        SpeechEngine engine = Optional.ofNullable(engines.get(language)).filter(SpeechEngine::available)
                .orElseThrow(() -> new SpeechUnavailable(language));
        List<String> spoken = sentences.stream().map(sentence -> SpeechText.normalise(sentence, language)).toList();
        String key = CanonicalJson.sha256(CanonicalJson.write(Map.of("voice", engine.voice(), "rate", rate.name(), "text", spoken)));
        return cache.find(key).orElseGet(() -> cache.store(synthesise(engine, key, spoken, rate)));
    }

    private static SpeechAudio synthesise(SpeechEngine engine, String key, List<String> spoken, SpeechRate rate) {
        Pcm audio = null;
        List<Double> starts = new ArrayList<>();
        for (String sentence : spoken) {
            Pcm part = engine.synthesize(sentence, rate);
            if (audio == null) {
                audio = Pcm.silence(0.1, part.sampleRate());
            } else {
                audio = audio.append(Pcm.silence(PAUSE_BETWEEN_SENTENCES, part.sampleRate()));
            }
            starts.add(audio.seconds());
            audio = audio.append(part);
        }
        if (audio == null) {
            throw new IllegalArgumentException("Nothing to speak");
        }
        return new SpeechAudio(key, Mp3Encoder.encode(Loudness.normalise(audio)), audio.seconds(), starts);
    }
}
