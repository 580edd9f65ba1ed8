package vn.tongket.organization.importing;

/** Outcome of an accepted file: rows read, records created and updated. */
public record ImportResult(ImportKind kind, String fileName, int rows, int created, int updated) {
}
