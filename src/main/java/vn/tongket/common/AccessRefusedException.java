package vn.tongket.common;

/** The current user may not see or change this (confidential data): HTTP 403. */
public class AccessRefusedException extends RuntimeException {

    public AccessRefusedException(String message) {
        super(message);
    }
}
