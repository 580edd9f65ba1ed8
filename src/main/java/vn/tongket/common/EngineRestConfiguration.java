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
                register(OptimisticLockingExceptionMapper.class);
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
                if (t instanceof org.camunda.bpm.engine.OptimisticLockingException) {
                    return OptimisticLockingExceptionMapper.conflict(OptimisticLockingExceptionMapper.MESSAGE);
                }
                if (t instanceof org.camunda.bpm.engine.exception.NullValueException && e.getMessage() != null
                        && (e.getMessage().startsWith("Cannot complete task") || e.getMessage().startsWith("Cannot submit task form"))) {
                    // the task is gone: the other member completed it first (or the id never existed)
                    return OptimisticLockingExceptionMapper.conflict(OptimisticLockingExceptionMapper.TASK_GONE);
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

    /**
     * Two users acting on the same record at once (e.g. completing the same task): the engine detects it when the
     * second transaction flushes and throws {@link org.camunda.bpm.engine.OptimisticLockingException}; Camunda answers
     * 500. We answer 409 with a Vietnamese message, like /api does (ApiExceptionHandler).
     */
    public static class OptimisticLockingExceptionMapper
            implements ExceptionMapper<org.camunda.bpm.engine.OptimisticLockingException> {
        static final String MESSAGE = "Dữ liệu vừa được người khác thay đổi, vui lòng tải lại rồi thử lại";
        static final String TASK_GONE = "Công việc này không còn chờ xử lý: đã được người khác hoàn thành hoặc không tồn tại";

        @Override
        public Response toResponse(org.camunda.bpm.engine.OptimisticLockingException e) {
            return conflict(MESSAGE);
        }

        static Response conflict(String message) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "ConflictException");
            body.put("message", message);
            return Response.status(409).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
    }
}
