package vn.tongket.common;

import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * Full history, except what the guidance keeps confidential: no variable-instance or variable-detail events for
 * {@link VariablePolicy#CONFIDENTIAL} names, and no form-field details at all (they would repeat every submitted
 * field, confidential ones included, in ACT_HI_DETAIL). Keeps the id of "full" (3) so databases created with
 * {@code history-level: full} start unchanged (the engine compares the stored id).
 */
public final class ConfidentialHistoryLevel extends HistoryLevelFull {

    public static final String NAME = "full-confidential";
    public static final ConfidentialHistoryLevel INSTANCE = new ConfidentialHistoryLevel();

    private ConfidentialHistoryLevel() {
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
            return false;
        }
        if (entity instanceof VariableInstance v && VariablePolicy.confidential(v.getName())) {
            return false;
        }
        return super.isHistoryEventProduced(eventType, entity);
    }
}
