package vn.tongket.simulation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * A bean of the year simulator: it exists only when {@code tongket.simulation.enabled} is true (default profile;
 * in {@code mysql} only with {@code TONGKET_SIMULATION=true}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = "tongket.simulation.enabled", havingValue = "true")
public @interface OnSimulationEnabled {
}
