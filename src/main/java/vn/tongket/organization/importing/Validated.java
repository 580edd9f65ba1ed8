package vn.tongket.organization.importing;

import java.util.List;

/** The rows that passed and every error found; a file is written only when {@link #errors()} is empty. */
public record Validated<T>(List<T> rows, List<RowError> errors) {

    public boolean ok() {
        return errors.isEmpty();
    }
}
