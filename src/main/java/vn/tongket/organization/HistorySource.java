package vn.tongket.organization;

/** Where a history row came from: an import of past years, or a process of this system. */
public enum HistorySource {
    IMPORT, PROCESS, DEMO
}
