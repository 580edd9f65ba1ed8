package vn.tongket.common;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.tongket.organization.UnknownReferenceException;

/** Turns errors of our /api into JSON {status, field, message}; never a stack trace. */
@RestControllerAdvice(basePackages = "vn.tongket")
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

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

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException e) {
        return body(HttpStatus.PAYLOAD_TOO_LARGE, "file", "Tệp quá lớn (tối đa 20 MB)");
    }

    @ExceptionHandler(org.springframework.web.servlet.resource.NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> noResource(org.springframework.web.servlet.resource.NoResourceFoundException e) {
        return body(HttpStatus.NOT_FOUND, null, "Không tìm thấy: " + e.getResourcePath());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
        var error = e.getBindingResult().getFieldErrors().stream().findFirst();
        return body(HttpStatus.BAD_REQUEST, error.map(f -> f.getField()).orElse(null),
                error.map(f -> f.getDefaultMessage()).orElse("Dữ liệu không hợp lệ"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
        return body(HttpStatus.BAD_REQUEST, e.getParameterName(), "Thiếu tham số " + e.getParameterName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e) {
        return body(HttpStatus.BAD_REQUEST, e.getName(), "Giá trị không hợp lệ cho " + e.getName());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return body(HttpStatus.BAD_REQUEST, null, "Nội dung yêu cầu không đọc được (JSON sai định dạng)");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e) {
        log.error("Unexpected API error", e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, null, "Lỗi hệ thống, vui lòng báo quản trị viên");
    }

    private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String field, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        if (field != null) {
            body.put("field", field);
        }
        body.put("message", message);
        return ResponseEntity.status(status).body(body);
    }
}
