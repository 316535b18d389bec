package care.clearconsent;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ClearConsentApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClearConsentApplication.class, args);
    }
}
