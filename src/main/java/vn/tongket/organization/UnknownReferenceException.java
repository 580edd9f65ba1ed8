package vn.tongket.organization;

import vn.tongket.common.DomainException;

/** A code that names no unit or member: HTTP 404 from the API, a clear message in processes. */
public class UnknownReferenceException extends DomainException {

    public UnknownReferenceException(String field, String message) {
        super(field, message);
    }
}
