package vn.tongket.organization.importing;

import java.util.List;

/** The file was refused as a whole: nothing was written. Carries every rejected row. */
public class ImportRejectedException extends RuntimeException {

    private final List<RowError> errors;

    public ImportRejectedException(List<RowError> errors) {
        super("Tệp bị từ chối: " + errors.size() + " lỗi; không có dữ liệu nào được ghi");
        this.errors = List.copyOf(errors);
    }

    public ImportRejectedException(RowError error) {
        this(List.of(error));
    }

    public List<RowError> errors() {
        return errors;
    }
}
