package vn.tongket.common;

/** The request conflicts with the current state (a duplicate, a sealed record): HTTP 409. */
public class ConflictException extends DomainException {

    public ConflictException(String field, String message) {
        super(field, message);
    }
}
