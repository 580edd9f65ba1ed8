package vn.tongket;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TongketApplication {

    public static void main(String[] args) {
        SpringApplication.run(TongketApplication.class, args);
    }
}
