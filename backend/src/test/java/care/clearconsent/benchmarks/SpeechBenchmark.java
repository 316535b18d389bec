package care.clearconsent.benchmarks;

import care.clearconsent.ClearConsentApplication;
import care.clearconsent.content.Language;
import care.clearconsent.speech.Pcm;
import care.clearconsent.speech.Sentences;
import care.clearconsent.speech.SpeechAudio;
import care.clearconsent.speech.SpeechRate;
import care.clearconsent.speech.SpeechService;
import care.clearconsent.speech.internal.FreeTtsEngine;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Speech: time to the first audio of an uncached 100-word section (normalise, synthesise, normalise loudness, encode
 * MP3, store in GridFS), the same for a cached one, and syntheses per second of the FreeTTS pool against the bare
 * engine's own synthesis time, measured in the same run.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class SpeechBenchmark {

    /** 100 words of plain explanation, as a section reads. */
    static final List<String> SECTION = Sentences.of(List.of(
            "This hospital uses an AI program to help read chest X-rays. The AI marks areas that may show a problem, "
                    + "such as a lung nodule, pneumonia or a collapsed lung, and gives each mark a score. A radiologist makes the "
                    + "diagnosis. The doctor uses the marks only as a hint, looks for anything the AI missed and can decide that a "
                    + "mark is wrong. The AI can make mistakes. It can mark something that is not there or miss something that is. "
                    + "That is why a doctor always makes the final decision. You can refuse the use of AI at any time, and your "
                    + "care stays the same."));

    private ConfigurableApplicationContext context;
    private SpeechService speech;
    private FreeTtsEngine bare;
    private FreeTtsEngine pooled;
    private final AtomicLong unique = new AtomicLong();

    @Setup(Level.Trial)
    public void start() {
        context = new SpringApplicationBuilder(ClearConsentApplication.class).web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--spring.mongodb.uri=", "--clearconsent.store.in-memory=true",
                        "--logging.level.root=WARN", "--vaadin.productionMode=true");
        speech = context.getBean(SpeechService.class);
        bare = new FreeTtsEngine(1);
        pooled = new FreeTtsEngine(2);
        speech.speak(SECTION, Language.EN, SpeechRate.NORMAL);
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SpeechAudio firstAudioUncached() {
        // A different closing sentence each time defeats the cache, as a new content version would.
        List<String> fresh = new java.util.ArrayList<>(SECTION);
        fresh.add("Reference " + unique.incrementAndGet() + ".");
        return speech.speak(fresh, Language.EN, SpeechRate.NORMAL);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SpeechAudio cachedAudio() {
        return speech.speak(SECTION, Language.EN, SpeechRate.NORMAL);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Pcm bareEngineOneThread() {
        return bare.synthesize(String.join(" ", SECTION), SpeechRate.NORMAL);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public Pcm poolOfTwoTwoThreads() {
        return pooled.synthesize(String.join(" ", SECTION), SpeechRate.NORMAL);
    }
}
