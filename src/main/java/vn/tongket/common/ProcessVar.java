package vn.tongket.common;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A typed process variable of one of our processes: read with the number conversions the engine needs (a Long
 * stored as Integer, and back), required with a clear error, written.
 */
public record ProcessVar<T>(String name, Class<T> type) {

    /** The value, or null when the variable is not set. */
    public T get(VariableScope scope) {
        Object v = scope.getVariable(name);
        if (v == null) {
            return null;
        }
        if (type == Long.class && v instanceof Number n) {
            return type.cast(n.longValue());
        }
        if (type == Integer.class && v instanceof Number n) {
            return type.cast(n.intValue());
        }
        if (type == String.class) {
            return type.cast(v.toString());
        }
        return type.cast(v);
    }

    /** The value; a missing variable is a {@link DomainException} naming it. */
    public T require(VariableScope scope) {
        T v = get(scope);
        if (v == null) {
            throw new DomainException(name, "Thiếu biến quy trình " + name);
        }
        return v;
    }

    public boolean isTrue(VariableScope scope) {
        return Boolean.TRUE.equals(scope.getVariable(name));
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }
}
