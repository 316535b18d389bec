package care.clearconsent.speech.internal;

import care.clearconsent.content.Language;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SpeechConfiguration.SpeechProperties.class)
class SpeechConfiguration {

    /** @param englishVoices FreeTTS voices kept ready (about 4.5 MB each); concurrent English syntheses beyond this wait */
    @Validated
    @ConfigurationProperties("clearconsent.speech")
    record SpeechProperties(@DefaultValue("2") @Min(1) @Max(32) int englishVoices) {
    }

    @Bean
    FreeTtsEngine englishSpeech(SpeechProperties properties) {
        return new FreeTtsEngine(properties.englishVoices());
    }

    @Bean
    EspeakEngine koreanSpeech() {
        return new EspeakEngine(Language.KO, "ko");
    }
}
