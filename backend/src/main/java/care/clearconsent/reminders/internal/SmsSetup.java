package care.clearconsent.reminders.internal;

import care.clearconsent.content.ContentSource;
import care.clearconsent.content.SmsTemplates;
import care.clearconsent.explanation.ContentProperties;
import care.clearconsent.reminders.SmsProperties;
import java.nio.file.Files;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The message texts (the institution's content folder when it has {@code sms.yaml}, else the shipped ones), the lock
 * that lets one instance sweep the outbox at a time, and a check at start that links fit the texts' declared lengths.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
class SmsSetup {

    /** {@code /journey/} and {@code /sms/stop/} with a 43-character token. */
    static final int LONGEST_LINK_PATH = "/sms/stop/".length() + 43;

    @Bean
    SmsTemplates smsTemplates(ContentProperties content, SmsProperties sms) {
        SmsTemplates templates = content.directory() != null && Files.isRegularFile(content.directory().resolve(SmsTemplates.FILE))
                ? SmsTemplates.load(ContentSource.folder(content.directory())) : SmsTemplates.loadShipped();
        if (sms.publicBaseUrl() != null && sms.publicBaseUrl().length() + LONGEST_LINK_PATH > templates.placeholderBytes("link")) {
            throw new IllegalStateException("CLEARCONSENT_SMS_PUBLICBASEURL is too long for the links in text messages: at most "
                    + (templates.placeholderBytes("link") - LONGEST_LINK_PATH) + " characters");
        }
        if (SmsTemplates.eucKrBytes(sms.institutionName()) > templates.placeholderBytes("institution")) {
            throw new IllegalStateException("clearconsent.sms.institution-name is longer than the " + templates.placeholderBytes("institution")
                    + " bytes the text messages allow");
        }
        return templates;
    }

    @Bean
    LockingTaskExecutor smsOutboxLock(MongoTemplate mongo) {
        LockProvider locks = new MongoLockProvider(mongo.getDb());
        return new DefaultLockingTaskExecutor(locks);
    }
}
