package vn.tongket.commendation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(CommendationProperties.class)
class CommendationConfiguration {
}
