package vn.tongket.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API (/engine-rest) as the starter configures it, plus one mapper: our {@link DomainException}s
 * thrown synchronously by a delegate or listener (e.g. a second start of a per-unit, per-year process) answer
 * like our /api does — 409 for a {@link ConflictException}, 400 otherwise — instead of Camunda's generic 500.
 * Body in Camunda's error shape ({@code type}, {@code message}) plus our {@code field}.
 */
@Configuration
public class EngineRestConfiguration {

    @Bean
    public CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerAdditionalResources() {
                register(DomainExceptionMapper.class);
                register(AccessRefusedExceptionMapper.class);
                register(WrappedDomainExceptionMapper.class);
            }
        };
    }

    /**
     * A {@link DomainException} thrown by a task listener reaches the engine REST API wrapped (ENGINE-03051 inside a
     * {@code RestException} "Cannot complete task …", answered 500): this mapper, preferred by its priority over
     * Camunda's own mapper of the same type, answers it like the unwrapped one (our Vietnamese message, 400/409, the
     * field) and leaves every other exception to Camunda's handler.
     */
    @jakarta.annotation.Priority(1)
    public static class WrappedDomainExceptionMapper implements ExceptionMapper<org.camunda.bpm.engine.rest.exception.RestException> {
        @Override
        public Response toResponse(org.camunda.bpm.engine.rest.exception.RestException e) {
            for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
                if (t instanceof DomainException d) {
                    return new DomainExceptionMapper().toResponse(d);
                }
                if (t instanceof AccessRefusedException a) {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("type", a.getClass().getSimpleName());
                    body.put("message", a.getMessage());
                    return Response.status(403).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
                }
            }
            return new org.camunda.bpm.engine.rest.exception.RestExceptionHandler().toResponse(e);
        }
    }

    /** JAX-RS mapper, chosen by Jersey over Camunda's catch-all one because its type is closer. */
    public static class DomainExceptionMapper implements ExceptionMapper<DomainException> {
        @Override
        public Response toResponse(DomainException e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", e.getClass().getSimpleName());
            body.put("message", e.getMessage());
            body.put("field", e.field());
            int status = e instanceof ConflictException ? 409 : 400;
            return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
    }

    /** A refusal of our rules (e.g. a task holder changing a routing variable, see VariableGuardPlugin): 403. */
    public static class AccessRefusedExceptionMapper implements ExceptionMapper<AccessRefusedException> {
        @Override
        public Response toResponse(AccessRefusedException e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", e.getClass().getSimpleName());
            body.put("message", e.getMessage());
            return Response.status(403).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
    }
}
