package vn.tongket.organization;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link OrgUnitRepository#findByCode} with a per-transaction memory of code → id: the first lookup of a code in a
 * transaction runs the query, later ones resolve the id through {@link EntityManager#find}, which the transaction's
 * persistence context answers without SQL. The result is the same managed entity the query would return (a unit's
 * code never changes; a unit removed in the transaction, or one whose code does not match, falls back to the
 * query). Outside a transaction every call runs the query. Measured cause: ~29 {@code org_unit} selects per
 * completed task from the task listeners (docs/benchmarks.md).
 */
class OrgUnitLookupImpl implements OrgUnitLookup {

    private static final Object KEY = OrgUnitLookupImpl.class.getName() + ".ids";

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<OrgUnit> findByCode(String code) {
        Map<String, Long> ids = transactionIds();
        if (ids != null && code != null) {
            Long id = ids.get(code);
            if (id != null) {
                OrgUnit unit = em.find(OrgUnit.class, id);
                if (unit != null && code.equals(unit.getCode())) {
                    return Optional.of(unit);
                }
                ids.remove(code);
            }
        }
        Optional<OrgUnit> found = em.createQuery("select u from OrgUnit u where u.code = :code", OrgUnit.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
        if (ids != null && code != null) {
            found.ifPresent(u -> ids.put(code, u.getId()));
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> transactionIds() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<String, Long> ids = (Map<String, Long>) TransactionSynchronizationManager.getResource(KEY);
        if (ids == null) {
            Map<String, Long> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(KEY, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(KEY, fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            ids = fresh;
        }
        return ids;
    }
}
