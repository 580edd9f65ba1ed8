package vn.tongket.common;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import jakarta.validation.ConstraintViolationException;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.tongket.organization.UnknownReferenceException;

/**
 * Turns errors of our /api into JSON {status, field, message}: always JSON whatever the request's {@code Accept}
 * (the content type is fixed, not negotiated), messages in Vietnamese naming the field, bounded in size. Texts of
 * libraries and of the engine (Jackson, POI, XML parsers, ENGINE-xxxxx, SQL) are logged, never shown.
 */
@RestControllerAdvice(basePackages = "vn.tongket")
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    /** Longest message and field name an error body carries. */
    static final int MAX_MESSAGE = 500;
    static final int MAX_FIELD = 100;

    @ExceptionHandler(UnknownReferenceException.class)
    ResponseEntity<Map<String, Object>> notFound(UnknownReferenceException e) {
        return body(HttpStatus.NOT_FOUND, e.field(), e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(ConflictException e) {
        return body(HttpStatus.CONFLICT, e.field(), e.getMessage());
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Map<String, Object>> badRequest(DomainException e) {
        return body(HttpStatus.BAD_REQUEST, e.field(), e.getMessage());
    }

    @ExceptionHandler(AccessRefusedException.class)
    ResponseEntity<Map<String, Object>> forbidden(AccessRefusedException e) {
        return body(HttpStatus.FORBIDDEN, null, e.getMessage());
    }

    @ExceptionHandler(org.camunda.bpm.engine.AuthorizationException.class)
    ResponseEntity<Map<String, Object>> engineForbidden(org.camunda.bpm.engine.AuthorizationException e) {
        return body(HttpStatus.FORBIDDEN, null, "Không có quyền thực hiện thao tác này");
    }

    @ExceptionHandler(OptimisticLockingException.class)
    ResponseEntity<Map<String, Object>> engineConflict(OptimisticLockingException e) {
        log.info("Concurrent change: {}", e.getMessage());
        return body(HttpStatus.CONFLICT, null, "Dữ liệu vừa được người khác thay đổi, vui lòng tải lại rồi thử lại");
    }

    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<Map<String, Object>> engine(ProcessEngineException e) {
        DomainException domain = causeOf(e, DomainException.class);
        if (domain != null) {
            return domain instanceof ConflictException ? conflict((ConflictException) domain) : badRequest(domain);
        }
        log.warn("Engine refused an API call", e);
        return body(HttpStatus.BAD_REQUEST, null, "Quy trình không thực hiện được thao tác này ở trạng thái hiện tại");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Map<String, Object>> integrity(DataIntegrityViolationException e) {
        log.warn("Data integrity violation", e);
        return body(HttpStatus.CONFLICT, null, "Dữ liệu trùng hoặc mâu thuẫn với dữ liệu đã có");
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<Map<String, Object>> database(DataAccessException e) {
        log.error("Database error", e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, null, "Lỗi cơ sở dữ liệu, vui lòng thử lại hoặc báo quản trị viên");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return body(HttpStatus.PAYLOAD_TOO_LARGE, "file", "Tệp hoặc yêu cầu quá lớn (tối đa 20 MB mỗi tệp)");
    }

    @ExceptionHandler(RequestBodyLimitFilter.BodyTooLargeException.class)
    ResponseEntity<Map<String, Object>> bodyTooLarge(RequestBodyLimitFilter.BodyTooLargeException e) {
        return body(HttpStatus.PAYLOAD_TOO_LARGE, null, e.getMessage());
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> multipart(MultipartException e) {
        if (causeOf(e, RequestBodyLimitFilter.BodyTooLargeException.class) != null) {
            return body(HttpStatus.PAYLOAD_TOO_LARGE, "file", "Tệp hoặc yêu cầu quá lớn");
        }
        log.info("Unreadable multipart request: {}", e.getMessage());
        return body(HttpStatus.BAD_REQUEST, "file", "Yêu cầu tải tệp không đọc được (cần multipart/form-data)");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException e) {
        return body(HttpStatus.BAD_REQUEST, e.getRequestPartName(), "Thiếu phần " + e.getRequestPartName() + " (tệp) của yêu cầu");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> unsupportedType(HttpMediaTypeNotSupportedException e) {
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null, "Kiểu nội dung không được hỗ trợ"
                + (e.getSupportedMediaTypes().isEmpty() ? "" : " (cần " + e.getSupportedMediaTypes().get(0) + ")"));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Map<String, Object>> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return body(HttpStatus.NOT_ACCEPTABLE, null, "Không trả được kết quả theo kiểu yêu cầu trong tiêu đề Accept");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e) {
        return body(HttpStatus.METHOD_NOT_ALLOWED, null, "Phương thức " + e.getMethod() + " không dùng được cho địa chỉ này");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> noResource(NoResourceFoundException e) {
        return body(HttpStatus.NOT_FOUND, null, "Không tìm thấy: " + e.getResourcePath());
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Map<String, Object>> status(ResponseStatusException e) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        return body(status == null ? HttpStatus.BAD_REQUEST : status, null,
                e.getReason() != null ? e.getReason() : "Yêu cầu không thực hiện được");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
        var error = e.getBindingResult().getFieldErrors().stream().findFirst();
        return body(HttpStatus.BAD_REQUEST, error.map(f -> f.getField()).orElse(null),
                error.map(f -> f.getDefaultMessage()).orElse("Dữ liệu không hợp lệ"));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Map<String, Object>> invalidParameter(HandlerMethodValidationException e) {
        var result = e.getParameterValidationResults().stream().findFirst();
        String field = result.map(r -> r.getMethodParameter().getParameterName()).orElse(null);
        String message = result.flatMap(r -> r.getResolvableErrors().stream().findFirst())
                .map(err -> err.getDefaultMessage()).orElse("Dữ liệu không hợp lệ");
        return body(HttpStatus.BAD_REQUEST, field, message);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Map<String, Object>> violation(ConstraintViolationException e) {
        var v = e.getConstraintViolations().stream().findFirst();
        return body(HttpStatus.BAD_REQUEST, v.map(x -> lastNode(x.getPropertyPath().toString())).orElse(null),
                v.map(x -> x.getMessage()).orElse("Dữ liệu không hợp lệ"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
        return body(HttpStatus.BAD_REQUEST, e.getParameterName(), "Thiếu tham số " + e.getParameterName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e) {
        return body(HttpStatus.BAD_REQUEST, e.getName(), "Giá trị không hợp lệ cho " + e.getName()
                + expected(e.getRequiredType()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        if (causeOf(e, RequestBodyLimitFilter.BodyTooLargeException.class) != null) {
            return bodyTooLarge(causeOf(e, RequestBodyLimitFilter.BodyTooLargeException.class));
        }
        JsonMappingException mapping = causeOf(e, JsonMappingException.class);
        if (mapping != null && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            Class<?> target = mapping instanceof MismatchedInputException mi ? mi.getTargetType() : null;
            String why = causeOf(e, InputCoercionException.class) != null ? " (số nằm ngoài giới hạn cho phép)"
                    : mapping instanceof InvalidFormatException || mapping instanceof MismatchedInputException
                    ? expected(target) : "";
            if (causeOf(e, java.time.DateTimeException.class) != null
                    || (target != null && Temporal.class.isAssignableFrom(target))) {
                why = " (ngày không có thật hoặc sai dạng; dạng đúng yyyy-MM-dd, ví dụ 2013-12-20)";
            }
            return body(HttpStatus.BAD_REQUEST, field, "Giá trị không hợp lệ cho trường " + field + why);
        }
        return body(HttpStatus.BAD_REQUEST, null, "Nội dung yêu cầu không đọc được (JSON sai định dạng hoặc thiếu)");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e) {
        log.error("Unexpected API error", e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, null, "Lỗi hệ thống, vui lòng báo quản trị viên");
    }

    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return " (cần một số nguyên trong giới hạn cho phép)";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return " (cần một số)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return " (cần true hoặc false)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return " (ngày không có thật hoặc sai dạng; dạng đúng yyyy-MM-dd, ví dụ 2013-12-20)";
        }
        if (type.isEnum()) {
            Object[] values = type.getEnumConstants();
            StringBuilder b = new StringBuilder(" (một trong: ");
            for (int i = 0; i < values.length && i < 20; i++) {
                b.append(i == 0 ? "" : ", ").append(values[i]);
            }
            return b.append(')').toString();
        }
        if (type == String.class) {
            return " (cần một chuỗi ký tự)";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return " (cần một danh sách)";
        }
        return " (sai kiểu dữ liệu)";
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    @SuppressWarnings("unchecked")
    static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return (T) t;
            }
        }
        return null;
    }

    private static String bounded(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static ResponseEntity<Map<String, Object>> body(HttpStatus status, String field, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        if (field != null) {
            body.put("field", bounded(field, MAX_FIELD));
        }
        body.put("message", bounded(message, MAX_MESSAGE));
        // fixed, not negotiated: the error is JSON even for "Accept: image/png" (406 included)
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
