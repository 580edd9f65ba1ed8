package vn.tongket.common;

/**
 * An error the user can fix. {@link #field()} names the input at fault; the message is Vietnamese and is
 * returned as-is to the user (HTTP 400 by default, see {@link ApiExceptionHandler}).
 */
public class DomainException extends RuntimeException {

    private final String field;

    public DomainException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
