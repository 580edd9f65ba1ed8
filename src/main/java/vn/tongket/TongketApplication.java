package vn.tongket;

import vn.tongket.common.CampaignTime;

import java.time.ZoneId;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

// Spring Security keeps no users of its own (they are Camunda's): no generated "security password" either
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class TongketApplication {

    /** The zone of application.yaml's {@code tongket.calendar.zone}. */
    static final String DEFAULT_ZONE = CampaignTime.DEFAULT_ZONE;

    public static void main(String[] args) {
        ZoneId zone = campaignZone(args);
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        CampaignTime.configure(zone);
        SpringApplication.run(TongketApplication.class, args);
    }

    /**
     * The JVM's time zone is the campaign's, set before Spring, Camunda or Hibernate read the default zone:
     * {@code --tongket.calendar.zone=…}, else {@code -Dtongket.calendar.zone=…}, else {@code TONGKET_CALENDAR_ZONE},
     * else {@link CampaignTime#DEFAULT_ZONE} (the value in application.yaml).
     */
    static ZoneId campaignZone(String[] args) {
        String zone = null;
        for (String a : args) {
            if (a.startsWith("--tongket.calendar.zone=")) {
                zone = a.substring("--tongket.calendar.zone=".length());
            }
        }
        if (zone == null) {
            zone = System.getProperty("tongket.calendar.zone", System.getenv("TONGKET_CALENDAR_ZONE"));
        }
        return ZoneId.of(zone == null || zone.isBlank() ? DEFAULT_ZONE : zone.trim());
    }
}
