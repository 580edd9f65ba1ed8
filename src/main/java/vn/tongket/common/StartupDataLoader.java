package vn.tongket.common;

/**
 * Loads data on start, after the processes are deployed and before identity is synced from the model
 * (the demo bloc, the import folder). Implementations are ordered with {@link org.springframework.core.annotation.Order}.
 */
public interface StartupDataLoader {

    void load() throws Exception;
}
